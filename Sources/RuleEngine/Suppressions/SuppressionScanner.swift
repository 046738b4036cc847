import Foundation
import DataModel

/// Finds `# govlint-disable-…` comments in YAML text with a cheap line scan that knows where
/// comments can start: outside quoted scalars and block scalars, after whitespace.
public enum SuppressionScanner {
    /// The marker every directive starts with; files without it are skipped at once.
    static let marker = "govlint-disable"

    /// The suppressions written in `text`, the content of `file`.
    public static func scan(_ text: String, file: FileID) -> [Suppression] {
        guard mentionsMarker(text) else { return [] }
        var found: [Suppression] = []
        var state = YAMLCommentState()
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            guard let commentStart = state.commentStart(in: scalars) else { continue }
            let comment = String(String.UnicodeScalarView(scalars[(commentStart + 1)...]))
            if let suppression = parse(comment, file: file, line: lineNumber, column: commentStart + 2) {
                found.append(suppression)
            }
        }
        return found
    }

    /// Whether `text` contains the marker anywhere; a byte search, since most files have none and
    /// Foundation's `contains` costs a hundred times more on a large register.
    static func mentionsMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mentionsMarker(UnsafeRawBufferPointer($0)) }
    }

    /// Whether the UTF-8 `bytes` of a file contain the marker, so a file without directives is
    /// never decoded for scanning.
    public static func mentionsMarker(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let needle = Array(marker.utf8)
        return needle.withUnsafeBytes { needleBytes in
            var offset = 0
            while offset + needle.count <= bytes.count {
                // memchr finds candidates for the first byte at memory speed.
                guard let hit = memchr(base + offset, Int32(needle[0]), bytes.count - needle.count - offset + 1) else { return false }
                if memcmp(hit, needleBytes.baseAddress!, needle.count) == 0 { return true }
                offset = UnsafeRawPointer(hit) - base + 1
            }
            return false
        }
    }

    /// The directive in a comment's text (after `#`), whose first character is at `column`.
    static func parse(_ comment: String, file: FileID, line: Int, column: Int) -> Suppression? {
        let scalars = Array(comment.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let wordStart = i
        while i < scalars.count, scalars[i] != " ", scalars[i] != "\t" { i += 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<i]))
        guard let scope = Suppression.Scope(rawValue: word) else { return nil }
        var body = String(String.UnicodeScalarView(scalars[i...]))
        var reason: String?
        if let separator = body.range(of: "--") {
            let text = body[separator.upperBound...].trimmingWhitespace()
            reason = text.isEmpty ? nil : text
            body = String(body[..<separator.lowerBound])
        }
        var rules: [Suppression.RuleReference] = []
        var offset = i
        for part in body.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " || $0 == "\t" }.count
            let id = String(String.UnicodeScalarView(part)).trimmingWhitespace()
            if !id.isEmpty {
                let start = column + offset + leading
                rules.append(.init(ruleID: id, location: SourceLocation(
                    file: file, line: line, column: start, endColumn: start + id.unicodeScalars.count)))
            }
            offset += part.count + 1
        }
        let location = SourceLocation(file: file, line: line, column: column + wordStart, endColumn: column + i)
        return Suppression(scope: scope, rules: rules, reason: reason, location: location)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
