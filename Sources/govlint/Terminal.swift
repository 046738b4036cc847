import Foundation

/// Facts about the terminal the process runs in.
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    /// Whether the user asked for no colour (`NO_COLOR` set and not empty, per no-color.org).
    static var noColorRequested: Bool { !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty }

    /// Whether text on standard output is coloured under `choice`.
    static func useColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto: stdoutIsTerminal && !noColorRequested
        }
    }

    /// Writes `text` to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data(utf8Of: text.hasSuffix("\n") ? text : text + "\n"))
    }

    /// Writes `text` to standard output as it is.
    static func printOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(utf8Of: text))
    }
}
