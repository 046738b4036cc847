/// Tracks, line by line, whether the scan is inside a quoted or block scalar, so that a `#`
/// inside a string is not taken for a comment.
struct YAMLCommentState {
    private var openQuote: Unicode.Scalar?
    /// The indentation of the line that opened a block scalar (`|` or `>`); deeper lines are its text.
    private var blockParentIndent: Int?

    /// The index of the `#` that starts a comment on `line`, updating the state for the next line.
    mutating func commentStart(in line: [Unicode.Scalar]) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
        if let parent = blockParentIndent {
            if isBlank || indent > parent { return nil }
            blockParentIndent = nil
        }
        var i = 0
        var lastSignificant: Unicode.Scalar?
        while i < line.count {
            let c = line[i]
            if let quote = openQuote {
                if quote == "\"", c == "\\" { i += 2; continue }
                if c == quote {
                    if quote == "'", i + 1 < line.count, line[i + 1] == "'" { i += 2; continue }
                    openQuote = nil
                }
                i += 1
                continue
            }
            if c == "#", i == 0 || line[i - 1] == " " || line[i - 1] == "\t" {
                opensBlockScalar(before: i, in: line, lastSignificant: lastSignificant, indent: indent)
                return i
            }
            // A quote opens a scalar only where a scalar can start; in `don't` it is just a letter.
            if c == "\"" || c == "'", lastSignificant == nil || ":-[{,?".unicodeScalars.contains(lastSignificant!) {
                openQuote = c
            }
            if c != " " && c != "\t" { lastSignificant = c }
            i += 1
        }
        opensBlockScalar(before: line.count, in: line, lastSignificant: lastSignificant, indent: indent)
        return nil
    }

    /// Notes a block scalar when the content before `end` finishes with `|` or `>` and indicators.
    private mutating func opensBlockScalar(before end: Int, in line: [Unicode.Scalar], lastSignificant: Unicode.Scalar?, indent: Int) {
        guard openQuote == nil else { return }
        var j = end - 1
        while j >= 0, line[j] == " " || line[j] == "\t" { j -= 1 }
        while j >= 0, line[j] == "-" || line[j] == "+" || ("1"..."9").contains(line[j]) { j -= 1 }
        guard j >= 0, line[j] == "|" || line[j] == ">" else { return }
        if j == 0 || line[j - 1] == " " { blockParentIndent = indent }
    }
}
