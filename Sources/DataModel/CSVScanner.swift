/// One field of a CSV file as the scanner found it: where its content lies and where it was written.
struct CSVField {
    /// Byte range of the content: inside the quotes for a well-formed quoted field, else the raw text.
    var contentStart: Int
    var contentEnd: Int
    /// The field is a well-formed quoted field.
    var isQuoted = false
    /// The content holds doubled quotes that stand for one quote each.
    var hasDoubledQuotes: Bool
    /// The content is all ASCII.
    var isASCII: Bool
    /// Where the field starts (its opening quote, for a quoted field) and where it ends (exclusive).
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// A line break or the end of the input follows the field.
    var endsRow: Bool
    /// The field opened a quote that is never closed; everything after the quote was consumed.
    var isUnterminated: Bool

    var isEmpty: Bool { contentStart == contentEnd }
}

/// Splits RFC 4180 CSV bytes into fields in one pass, tracking 1-based lines and columns counted
/// in Unicode scalars, and recording malformed quoting as problems while carrying on.
struct CSVScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var line = 1
    private var lineStart: Int
    /// UTF-8 continuation bytes in `lineStart..<countedUpTo`: columns count scalars, not bytes.
    /// Counting is lazy and skipped over ASCII fields, so plain text is read once.
    private var lineContinuationBytes = 0
    private var countedUpTo: Int
    private let file: FileID
    /// Quoting defects met so far, in order.
    private(set) var problems: [LoadProblem] = []

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// A scanner over `bytes`, skipping a leading UTF-8 byte-order mark (which takes no column).
    init(_ bytes: UnsafeBufferPointer<UInt8>, file: FileID) {
        self.bytes = bytes
        self.file = file
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
        lineStart = position
        countedUpTo = position
    }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { position >= bytes.count }

    /// Scans the field at the current position and the separator after it.
    mutating func nextField() -> CSVField {
        let startLine = line, startColumn = column(at: position)
        var field = position < bytes.count && bytes[position] == Self.quote
            ? scanQuoted(startLine: startLine, startColumn: startColumn)
            : scanUnquoted(from: position, startLine: startLine, startColumn: startColumn, quotedHigh: 0)
        field.endLine = line
        field.endColumn = column(at: position)
        if !field.isUnterminated { field.endsRow = consumeSeparator() }
        return field
    }

    /// After an unterminated quote, resumes at the line after the one holding the opening quote.
    /// The scan stays linear: a quote that runs to the end of the input leaves every later quote
    /// paired, so no later quote can be unterminated too.
    mutating func recover(after field: CSVField) {
        var resume = field.contentStart
        while resume < bytes.count, bytes[resume] != Self.lineFeed, bytes[resume] != Self.carriageReturn { resume += 1 }
        position = resume
        line = field.line
        lineStart = resume
        countedUpTo = resume
        lineContinuationBytes = 0
        _ = consumeSeparator()
    }

    /// Scans an unquoted field's text from `position`; `start` is where its content began (the
    /// opening quote, when a quoted field turned out to have text after its closing quote).
    private mutating func scanUnquoted(from start: Int, startLine: Int, startColumn: Int, quotedHigh: UInt8) -> CSVField {
        let scanStart = position
        var high: UInt8 = 0
        var reportedStray = false
        // Locals, so the hot loop runs in registers rather than through `self`.
        let bytes = bytes, end = bytes.count
        var cursor = position
        if let base = bytes.baseAddress {
            // Eight bytes at a time while all are ASCII above 0x2C (adding 0x53 sets the high bit
            // of exactly those); the byte loop below finds the exact stop.
            while cursor + 8 <= end {
                let word = UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self)
                let stops = (word | ~(word &+ 0x5353_5353_5353_5353)) & 0x8080_8080_8080_8080
                if stops != 0 { break }
                cursor += 8
            }
        }
        while cursor < end {
            let byte = bytes[cursor]
            // Every byte the loop must stop at (, " LF CR) is at most 0x2C.
            if byte > Self.comma {
                high |= byte
                cursor += 1
                continue
            }
            if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            if byte == Self.quote, !reportedStray {
                reportedStray = true
                report(DataModelMessages.csvStrayQuote, at: cursor)
            }
            cursor += 1
        }
        position = cursor
        if high < 0x80, countedUpTo == scanStart { countedUpTo = position }
        return CSVField(
            contentStart: start, contentEnd: position, hasDoubledQuotes: false, isASCII: (high | quotedHigh) < 0x80,
            line: startLine, column: startColumn, endLine: 0, endColumn: 0, endsRow: false, isUnterminated: false)
    }

    private mutating func scanQuoted(startLine: Int, startColumn: Int) -> CSVField {
        let openingQuote = position
        position += 1
        var high: UInt8 = 0
        var hasDoubledQuotes = false
        let bytes = bytes, end = bytes.count
        while position < end {
            var cursor = position
            while cursor < end, bytes[cursor] > Self.quote {
                high |= bytes[cursor]
                cursor += 1
            }
            position = cursor
            guard cursor < end else { break }
            let byte = bytes[cursor]
            if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                position += 1
                if position < bytes.count, !isSeparator(bytes[position]) {
                    // `"abc"def`: keep the raw text, report the first character after the quote.
                    report(DataModelMessages.csvTextAfterClosingQuote, at: position)
                    return scanUnquoted(from: openingQuote, startLine: startLine, startColumn: startColumn, quotedHigh: high)
                }
                if high < 0x80 { countedUpTo = position }
                return CSVField(
                    contentStart: openingQuote + 1, contentEnd: position - 1, isQuoted: true, hasDoubledQuotes: hasDoubledQuotes,
                    isASCII: high < 0x80, line: startLine, column: startColumn, endLine: 0, endColumn: 0,
                    endsRow: false, isUnterminated: false)
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                consumeLineBreak()
            } else {
                position += 1
            }
        }
        problems.append(LoadProblem(
            .parseError, DataModelMessages.csvUnterminatedQuote,
            at: SourceLocation(file: file, line: startLine, column: startColumn, endColumn: startColumn + 1)))
        return CSVField(
            contentStart: openingQuote + 1, contentEnd: bytes.count, hasDoubledQuotes: hasDoubledQuotes, isASCII: high < 0x80,
            line: startLine, column: startColumn, endLine: 0, endColumn: 0, endsRow: true, isUnterminated: true)
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn
    }

    /// Consumes the comma or line break after a field; `true` when the row ended.
    private mutating func consumeSeparator() -> Bool {
        guard position < bytes.count else { return true }
        if bytes[position] == Self.comma {
            if countedUpTo == position { countedUpTo += 1 }
            position += 1
            return false
        }
        consumeLineBreak()
        return true
    }

    /// Consumes `\n`, `\r\n` or a lone `\r` at the current position and starts a new line.
    private mutating func consumeLineBreak() {
        if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
            position += 1
        }
        position += 1
        line += 1
        lineStart = position
        countedUpTo = position
        lineContinuationBytes = 0
    }

    /// The 1-based scalar column of byte `offset` of the current line; offsets asked for never
    /// decrease, so each byte is counted at most once.
    private mutating func column(at offset: Int) -> Int {
        if offset > countedUpTo {
            for i in countedUpTo..<offset where bytes[i] & 0xC0 == 0x80 { lineContinuationBytes += 1 }
            countedUpTo = offset
        }
        return offset - lineStart - lineContinuationBytes + 1
    }

    /// Records a problem at the single character at byte `offset` of the current line.
    private mutating func report(_ message: String, at offset: Int) {
        let column = column(at: offset)
        problems.append(LoadProblem(
            .parseError, message, at: SourceLocation(file: file, line: line, column: column, endColumn: column + 1)))
    }
}
