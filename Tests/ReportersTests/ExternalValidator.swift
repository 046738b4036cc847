import Foundation
import TestSupport

/// Runs an installed schema validator (`xmllint`, `python3` with `jsonschema`) over a report.
enum ExternalValidator {
    /// The full path of `program` on `PATH`, if installed.
    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether `xmllint` is installed.
    static let hasXmllint = find("xmllint") != nil

    /// Whether `python3` can import `jsonschema`.
    static let hasJSONSchema: Bool = {
        guard let python = find("python3") else { return false }
        return (try? run(python, ["-c", "import jsonschema"]).status) == 0
    }()

    /// Runs `executable` with `arguments`; returns its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes `text` to a temporary file named `name` and returns its path.
    static func temporaryFile(_ text: String, name: String) throws -> String {
        let url = try PackagePaths.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A Draft-4 validation of `document` against `schema` with Python's `jsonschema`.
    static let jsonSchemaScript = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            print("/".join(str(p) for p in error.path) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """
}
