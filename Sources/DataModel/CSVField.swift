/// One field of a CSV file as the scanner found it: where its content lies and where it was written.
struct CSVField {
    /// Byte range of the content: inside the quotes for a well-formed quoted field, else the raw text.
    var contentStart: Int
    var contentEnd: Int
    /// The field is a well-formed quoted field.
    var isQuoted = false
    /// The content holds doubled quotes that stand for one quote each.
    var hasDoubledQuotes = false
    /// The content is all ASCII.
    var isASCII: Bool
    /// Where the field starts (its opening quote, for a quoted field) and where it ends (exclusive).
    var line: Int
    var column: Int
    var endLine = 0
    var endColumn = 0
    /// A line break or the end of the input follows the field.
    var endsRow = false
    /// The field opened a quote that is never closed; everything after the quote was consumed.
    var isUnterminated = false

    var isEmpty: Bool { contentStart == contentEnd }
}
