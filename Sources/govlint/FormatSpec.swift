import ArgumentParser
import Reporters

/// One `--format FMT[:FILE]`: a report format and where it goes (standard output when no file).
struct FormatSpec: ExpressibleByArgument, Equatable {
    /// The format.
    var format: OutputFormat
    /// The file to write it to, or `nil` for standard output.
    var file: String?

    init?(argument: String) {
        guard case .success(let spec) = Self.parse(argument) else { return nil }
        self = spec
    }

    init(format: OutputFormat, file: String?) {
        self.format = format
        self.file = file
    }

    /// The spec in `text`, or why it is not one.
    static func parse(_ text: String) -> Result<FormatSpec, FormatSpecError> {
        let name: Substring, file: Substring?
        if let colon = text.firstIndex(of: ":") {
            name = text[..<colon]
            file = text[text.index(after: colon)...]
        } else {
            name = Substring(text)
            file = nil
        }
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            return .failure(FormatSpecError(message: CLIError.unknownFormat(String(name))))
        }
        if let file, file.isEmpty { return .failure(FormatSpecError(message: CLIError.emptyFile)) }
        return .success(FormatSpec(format: format, file: file.map(String.init).flatMap { $0 == "-" ? nil : $0 }))
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}

/// Why a `--format` value is invalid.
struct FormatSpecError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
