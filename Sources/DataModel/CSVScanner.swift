/// Splits RFC 4180 CSV bytes into fields in one pass, tracking 1-based lines and columns counted
/// in Unicode scalars, and recording malformed quoting as problems while carrying on.
struct CSVScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    /// The 1-based line of `position`.
    private(set) var line = 1
    /// The start of the current line plus the UTF-8 continuation bytes passed on it, so that the
    /// column of `position` is `position - columnBase + 1`: columns count scalars, not bytes.
    private(set) var columnBase: Int
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
        columnBase = position
    }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { position >= bytes.count }

    /// How many bytes have been consumed.
    var offset: Int { position }

    /// Scans the field at the current position and the separator after it.
    @inline(__always)
    mutating func nextField() -> CSVField {
        let startLine = line, startColumn = position - columnBase + 1
        var field = position < bytes.count && bytes[position] == Self.quote
            ? scanQuoted(startLine: startLine, startColumn: startColumn)
            : scanUnquoted(from: position, startLine: startLine, startColumn: startColumn, isASCII: true)
        field.endLine = line
        field.endColumn = position - columnBase + 1
        if !field.isUnterminated { field.endsRow = consumeSeparator() }
        return field
    }

    /// Scans the row at the current position when it is plain: ASCII text without a quote, its
    /// fields separated by commas, ended by a line break or the end of the input. Writes the end
    /// offset of each field to `fieldEnds` and returns the number of fields, the line break
    /// consumed. Returns `nil`, having consumed nothing, for a row that `nextField()` must read
    /// (one with a quote or a byte from 0x80 up) or that has more than `capacity` fields.
    ///
    /// Most rows of most files are plain, and finding their commas eight bytes at a time costs a
    /// fraction of scanning field by field.
    @inline(__always)
    mutating func scanPlainRow(fieldEnds: UnsafeMutablePointer<Int>, capacity: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var cursor = position
        var count = 0
        while cursor + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self))
            let stops = CSVStopSearch.plainRowStops(word)
            var commas = CSVStopSearch.exactMatches(word, Self.comma)
            // Only the commas before the first stop belong to the row.
            if stops != 0 { commas &= (stops & (0 &- stops)) &- 1 }
            while commas != 0 {
                guard count < capacity else { return nil }
                fieldEnds[count] = cursor + commas.trailingZeroBitCount >> 3
                count += 1
                commas &= commas &- 1
            }
            if stops != 0 {
                cursor += stops.trailingZeroBitCount >> 3
                break
            }
            cursor += 8
        }
        // The last few bytes, or none when a stop was found: `CSVStopSearch` stops at the same
        // bytes and at commas.
        while true {
            cursor = CSVStopSearch.next(in: bytes, from: cursor, stopsAtComma: true)
            guard cursor < end, bytes[cursor] == Self.comma else { break }
            guard count < capacity else { return nil }
            fieldEnds[count] = cursor
            count += 1
            cursor += 1
        }
        guard cursor == end || bytes[cursor] == Self.lineFeed || bytes[cursor] == Self.carriageReturn, count < capacity else {
            return nil
        }
        fieldEnds[count] = cursor
        position = cursor
        if cursor < end { consumeLineBreak() }
        return count + 1
    }

    /// After an unterminated quote, resumes at the line after the one holding the opening quote.
    /// The scan stays linear: a quote that runs to the end of the input leaves every later quote
    /// paired, so no later quote can be unterminated too.
    mutating func recover(after field: CSVField) {
        var resume = field.contentStart
        while resume < bytes.count, bytes[resume] != Self.lineFeed, bytes[resume] != Self.carriageReturn { resume += 1 }
        position = resume
        line = field.line
        columnBase = resume
        _ = consumeSeparator()
    }

    /// Scans an unquoted field's text from `position`; `start` is where its content began (the
    /// opening quote, when a quoted field turned out to have text after its closing quote, whose
    /// text so far was ASCII when `isASCII`).
    @inline(__always)
    private mutating func scanUnquoted(from start: Int, startLine: Int, startColumn: Int, isASCII: Bool) -> CSVField {
        var isASCII = isASCII
        var reportedStray = false
        var cursor = position
        while true {
            cursor = CSVStopSearch.next(in: bytes, from: cursor, stopsAtComma: true)
            guard cursor < bytes.count else { break }
            let byte = bytes[cursor]
            if byte >= 0x80 {
                passNonASCII(byte, isASCII: &isASCII)
            } else if byte == Self.quote {
                if !reportedStray {
                    reportedStray = true
                    report(DataModelMessages.csvStrayQuote, at: cursor)
                }
            } else {
                break
            }
            cursor += 1
        }
        position = cursor
        return CSVField(contentStart: start, contentEnd: position, isASCII: isASCII, line: startLine, column: startColumn)
    }

    @inline(never)
    private mutating func scanQuoted(startLine: Int, startColumn: Int) -> CSVField {
        let openingQuote = position
        position += 1
        var isASCII = true
        var hasDoubledQuotes = false
        while true {
            position = CSVStopSearch.next(in: bytes, from: position, stopsAtComma: false)
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte >= 0x80 {
                passNonASCII(byte, isASCII: &isASCII)
                position += 1
            } else if byte == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                position += 1
                if position < bytes.count, !isSeparator(bytes[position]) {
                    // `"abc"def`: keep the raw text, report the first character after the quote.
                    report(DataModelMessages.csvTextAfterClosingQuote, at: position)
                    return scanUnquoted(from: openingQuote, startLine: startLine, startColumn: startColumn, isASCII: isASCII)
                }
                return CSVField(
                    contentStart: openingQuote + 1, contentEnd: position - 1, isQuoted: true, hasDoubledQuotes: hasDoubledQuotes,
                    isASCII: isASCII, line: startLine, column: startColumn)
            } else {
                consumeLineBreak()
            }
        }
        problems.append(LoadProblem(
            .parseError, DataModelMessages.csvUnterminatedQuote,
            at: SourceLocation(file: file, line: startLine, column: startColumn, endColumn: startColumn + 1)))
        return CSVField(
            contentStart: openingQuote + 1, contentEnd: bytes.count, hasDoubledQuotes: hasDoubledQuotes, isASCII: isASCII,
            line: startLine, column: startColumn, endsRow: true, isUnterminated: true)
    }

    /// Notes the non-ASCII `byte` at `position`: a continuation byte takes no column of its own.
    @inline(__always)
    private mutating func passNonASCII(_ byte: UInt8, isASCII: inout Bool) {
        isASCII = false
        if byte & 0xC0 == 0x80 { columnBase += 1 }
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn
    }

    /// Consumes the comma or line break after a field; `true` when the row ended.
    @inline(__always)
    private mutating func consumeSeparator() -> Bool {
        guard position < bytes.count else { return true }
        if bytes[position] == Self.comma {
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
        columnBase = position
    }

    /// Records a problem at the single character at byte `offset` of the current line, every byte
    /// before which has been passed.
    private mutating func report(_ message: String, at offset: Int) {
        let column = offset - columnBase + 1
        problems.append(LoadProblem(
            .parseError, message, at: SourceLocation(file: file, line: line, column: column, endColumn: column + 1)))
    }
}
