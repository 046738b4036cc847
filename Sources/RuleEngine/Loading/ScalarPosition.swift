import DataModel

/// Maps a position inside a string scalar (a JSONPath or expression written in a rule file) to
/// its line and column in the file, so an error inside it points at the exact character.
struct ScalarPosition {
    private let lines: [[Unicode.Scalar]]

    /// A mapper over the rule file's text.
    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array((line.last == "\r" ? line.dropLast() : line).unicodeScalars)
        }
    }

    private func scalar(_ line: Int, _ column: Int) -> Unicode.Scalar? {
        guard line >= 1, line <= lines.count, column >= 1, column <= lines[line - 1].count else { return nil }
        return lines[line - 1][column - 1]
    }

    /// The file location of the 1-based `column` of the string held by `value`.
    func location(of value: Value, column: Int) -> SourceLocation {
        let start = value.location
        var line = Int(start.line), col = Int(start.column)
        switch scalar(line, col) {
        case "\"", "'":
            col += 1
        case "|", ">":
            line += 1
            col = 1
            while let s = scalar(line, col), s == " " || s == "\t" { col += 1 }
        case nil:
            return start
        default:
            break
        }
        let text = Array((value.string ?? "").unicodeScalars)
        // Walk the written text alongside the string's content: indentation and line breaks the
        // scalar folded away are skipped, escapes advance by one.
        for c in text.prefix(max(0, column - 1)) {
            while true {
                guard let s = scalar(line, col) else {
                    guard line < lines.count else { break }
                    line += 1
                    col = 1
                    while let s = scalar(line, col), s == " " || s == "\t" { col += 1 }
                    if c == "\n" || c == " " { break } else { continue }
                }
                col += 1
                if s == c || !(s == " " || s == "\t") || c == " " { break }
            }
        }
        return SourceLocation(file: start.file, line: line, column: col)
    }
}
