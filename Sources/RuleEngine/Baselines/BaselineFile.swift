import DataModel
import Foundation

/// Reading and writing baseline files: versioned JSON with one entry per line, so diffs stay small.
public enum BaselineFile {
    /// Why a baseline file could not be used.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        /// The baseline's path.
        public var path: String
        /// What is wrong.
        public var reason: String

        public var description: String { "\(path): error: \(reason)" }
    }

    /// The JSON text of `baseline`.
    public static func encode(_ baseline: Baseline) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = baseline.entries.map { String(decoding: try! encoder.encode($0), as: UTF8.self) }
        let body = lines.isEmpty ? "[]" : "[\n    " + lines.joined(separator: ",\n    ") + "\n  ]"
        return "{\n  \"version\": \(Baseline.formatVersion),\n  \"entries\": \(body)\n}\n"
    }

    /// The baseline in `text`, read from `path`.
    public static func decode(_ text: String, path: String) throws(ReadError) -> Baseline {
        struct Document: Decodable {
            var version: Int
            var entries: [Baseline.Entry]
        }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        } catch {
            throw ReadError(path: path, reason: ProjectFileMessages.notABaseline(Self.describe(error)))
        }
        guard document.version == Baseline.formatVersion else {
            throw ReadError(path: path, reason: ProjectFileMessages.baselineVersion(document.version))
        }
        return Baseline(entries: document.entries)
    }

    /// Where each entry is written in `text`, in file order (entries are written one a line):
    /// from its `{` to just past its `}`.
    static func entryLocations(_ text: String, file: FileID) -> [SourceLocation] {
        var locations: [SourceLocation] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let scalars = Array(line.unicodeScalars)
            guard let open = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }), scalars[open] == "{",
                  open + 1 < scalars.count, scalars[open + 1] == "\"", let close = scalars.lastIndex(of: "}") else { continue }
            locations.append(SourceLocation(file: file, line: index + 1, column: open + 1, endColumn: close + 2))
        }
        return locations
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing \"\(key.stringValue)\" at \(Self.path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\(context.debugDescription) at \(Self.path(context.codingPath))"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "invalid JSON" : "\(context.debugDescription) at \(Self.path(context.codingPath))"
        default: "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        "$" + codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
