import Foundation

/// What a finished process printed and how it exited.
public struct CommandOutput: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String
}

/// Runs the built `govlint` (or another product) as a user would, for end-to-end tests.
public enum CommandRunner {
    /// Runs product `name` with `arguments` in `directory`, with `environment` added, and waits.
    public static func run(
        _ name: String = "govlint", _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:], stdin: Data? = nil
    ) throws -> CommandOutput {
        let process = Process()
        process.executableURL = PackagePaths.productsDirectory.appendingPathComponent(name)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs so a large output cannot block it.
        let errData = ErrorCollector()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errData.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return CommandOutput(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.data, as: UTF8.self)
        )
    }
}

/// Holds standard error's bytes while a background reader fills them; read only after `wait()`.
private final class ErrorCollector: @unchecked Sendable {
    var data = Data()
}
