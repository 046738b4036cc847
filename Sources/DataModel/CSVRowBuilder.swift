/// Builds the header and the row maps from scanned fields, typing each cell.
struct CSVRowBuilder {
    let file: FileID
    private let bytes: UnsafeBufferPointer<UInt8>
    private let typer: CSVCellTyper
    private let strings = ASCIIStringMaker()
    /// Strings of the long cell texts of each column, shared by the rows that repeat them.
    private var cache = CSVStringCache(columnCount: 0)
    /// What the short texts of each column were typed as, for the columns whose texts repeat.
    private let kinds = CSVKindCache()
    private let columnTypes: [String: ColumnType]
    /// Reused scratch space for quoted fields whose doubled quotes must be undone.
    private var unescaped: [UInt8] = []
    /// Cells that do not fit their declared type.
    private(set) var problems: [LoadProblem] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: FileID, options: LoadOptions) {
        self.bytes = bytes
        self.file = file
        typer = CSVCellTyper(dateFormats: options.dateFormats)
        columnTypes = options.columnTypes
    }

    /// The header made of `fields`, reporting empty and repeated names into `problems`.
    mutating func header(of fields: [CSVField], problems: inout [LoadProblem]) -> CSVHeader {
        var keys: [String] = []
        var keyOfColumn: [String?] = []
        var firstColumnOfKey: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = text(of: field)
            var key: String? = name
            if name.isEmpty {
                problems.append(LoadProblem(.parseError, DataModelMessages.csvEmptyHeader(column: index + 1), at: location(of: field)))
                key = nil
            } else if let first = firstColumnOfKey[name] {
                problems.append(LoadProblem(
                    .parseError, DataModelMessages.csvDuplicateHeader(name, firstColumn: first), at: location(of: field)))
                key = nil
            } else {
                firstColumnOfKey[name] = index + 1
                keys.append(name)
            }
            keyOfColumn.append(key)
        }
        let first = fields[0], last = fields[fields.count - 1]
        cache = CSVStringCache(columnCount: fields.count)
        return CSVHeader(
            location: SourceLocation(file: file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn),
            columnCount: fields.count, keys: keys, keyOfColumn: keyOfColumn, isKept: keyOfColumn.map { $0 != nil },
            typeOfColumn: keyOfColumn.map { $0.flatMap { columnTypes[$0] } })
    }

    /// Makes ready for at most `rows` rows under `header`.
    func expect(rows: Int, under header: CSVHeader) {
        kinds.start(columnCount: header.columnCount, rows: rows)
    }

    /// Appends the cell `field` of column `column` (0-based) to the row `table` is filling,
    /// unless the column is left out.
    @inline(__always)
    mutating func addCell(_ field: CSVField, column: Int, header: CSVHeader, to row: RecordTable) {
        guard header.isKept[column] else { return }
        if field.hasDoubledQuotes { return addUnescapedCell(field, column: column, header: header, to: row) }
        let text = UnsafeBufferPointer(rebasing: bytes[field.contentStart..<field.contentEnd])
        appendCell(to: row, text: text, column: column, header: header, isASCII: field.isASCII, at: location(of: field))
    }

    /// Appends the cells of a plain row (see `CSVScanner.scanPlainRow`) to the row `table` is
    /// filling, unless their columns are left out: one per header column, the text of each
    /// running from the byte after the previous one's end (from `start` for the first) to its
    /// entry in `fieldEnds`. `location` is the row's span; a cell's columns are its bytes'
    /// offsets from `columnBase` (every byte is ASCII).
    mutating func addPlainRow(
        from start: Int, fieldEnds: UnsafePointer<Int>, columnBase: Int, header: CSVHeader, to table: RecordTable,
        at location: SourceLocation
    ) {
        // Every cell is on the row's line, and its columns fit where the row's last one does.
        var location = location
        let columnsFit = location.endColumn < Int32.max
        var fieldStart = start
        for column in 0..<header.columnCount {
            let end = fieldEnds[column]
            if header.isKept[column] {
                let first = fieldStart - columnBase + 1, last = end - columnBase + 1
                location.column = columnsFit ? Int32(truncatingIfNeeded: first) : Int32(clamping: first)
                location.endColumn = columnsFit ? Int32(truncatingIfNeeded: last) : Int32(clamping: last)
                appendCell(to: table, text: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), column: column, header: header,
                           isASCII: true, at: location)
            }
            fieldStart = end + 1
        }
    }

    /// `addCell` for a quoted field whose doubled quotes must first be made single.
    @inline(never)
    private mutating func addUnescapedCell(_ field: CSVField, column: Int, header: CSVHeader, to row: RecordTable) {
        unescapeQuotes(of: field)
        // A second reference to the scratch buffer (not a copy of its bytes) frees `self` for the call.
        let text = unescaped
        text.withUnsafeBufferPointer {
            appendCell(to: row, text: $0, column: column, header: header, isASCII: field.isASCII, at: location(of: field))
        }
    }

    /// Appends the cell `text` of `column`: typed with its text as literal, or a string (reported
    /// when it does not fit the column's declared type). The value is built in place, never
    /// copied: a copy of a `Value` costs more than typing the cell.
    @inline(__always)
    private mutating func appendCell(
        to row: RecordTable, text: UnsafeBufferPointer<UInt8>, column: Int, header: CSVHeader, isASCII: Bool,
        at location: SourceLocation
    ) {
        let declared = header.typeOfColumn[column]
        // Worked out once: the words of a short ASCII text key its column's typed-text cache and
        // are its inline string.
        let words = isASCII && text.count <= ASCIIStringMaker.smallCapacity ? ASCIIStringMaker.smallWords(text) : nil
        if let kind = kind(of: text, words: words, column: column, declared: declared) {
            // A text that a `String` holds inline costs nothing to keep; a longer date-time that
            // its format prints back is printed again when read rather than allocated here.
            if text.count > ASCIIStringMaker.smallCapacity, case .dateTime(let dateTime) = kind, let format = typer.printingFormat {
                typer.dateFormats.withUnsafeBufferPointer { row.appendCell(Value(dateTime, at: location, printedBy: $0[format])) }
                return
            }
            let literal = isASCII ? asciiString(text, words: words, column: column) : String(decoding: text, as: UTF8.self)
            row.appendCell(Value(kind, at: location, literal: literal))
            return
        }
        let string = isASCII ? asciiString(text, words: words, column: column) : cache.string(for: text, column: column) {
            NormalizedString.normalizeIfNeeded(String(decoding: text, as: UTF8.self))
        }
        if let declared, declared != .string { reportCellType(string, column: header.keyOfColumn[column] ?? "", type: declared, at: location) }
        row.appendCell(Value(.string(string), at: location))
    }

    /// What the cell `text` of `column` holds when it is not a string (see `CSVCellTyper`),
    /// remembered for a short ASCII text, whose `words` are given.
    @inline(__always)
    private func kind(
        of text: UnsafeBufferPointer<UInt8>, words: (UInt64, UInt64)?, column: Int, declared: ColumnType?
    ) -> Value.Kind? {
        guard let words, !text.isEmpty, kinds.isCaching(column: column) else { return typer.kind(of: text, declared: declared) }
        if let typed = kinds.typed(words, column: column) { return typed.kind }
        let kind = typer.kind(of: text, declared: declared)
        kinds.remember(kind, for: words, column: column)
        return kind
    }

    @inline(never)
    private mutating func reportCellType(_ text: String, column: String, type: ColumnType, at location: SourceLocation) {
        problems.append(LoadProblem(
            .cellType, DataModelMessages.csvCellType(text, column: column, type: type, dateFormats: typer.dateFormats), at: location))
    }

    @inline(__always)
    private func location(of field: CSVField) -> SourceLocation {
        SourceLocation(file: file, line: field.line, column: field.column, endLine: field.endLine, endColumn: field.endColumn)
    }

    /// Fills `unescaped` with the field's text, each doubled quote made one.
    private mutating func unescapeQuotes(of field: CSVField) {
        unescaped.removeAll(keepingCapacity: true)
        var skipNext = false
        for byte in UnsafeBufferPointer(rebasing: bytes[field.contentStart..<field.contentEnd]) {
            if skipNext {
                skipNext = false
                continue
            }
            unescaped.append(byte)
            skipNext = byte == UInt8(ascii: "\"")
        }
    }

    /// The field's text as a string (header names), its doubled quotes undone.
    private mutating func text(of field: CSVField) -> String {
        guard field.hasDoubledQuotes else {
            return normalizedString(UnsafeBufferPointer(rebasing: bytes[field.contentStart..<field.contentEnd]), isASCII: field.isASCII)
        }
        unescapeQuotes(of: field)
        return unescaped.withUnsafeBufferPointer { normalizedString($0, isASCII: field.isASCII) }
    }

    /// The NFC string of `text` (a header name); the scanner already knows when it is ASCII, which
    /// needs no check.
    private func normalizedString(_ text: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        isASCII ? strings.string(text) : NormalizedString.normalizeIfNeeded(String(decoding: text, as: UTF8.self))
    }

    /// The string of the ASCII cell `text` in `column` (ASCII is always NFC): built inline from
    /// its `words` when it fits, else shared through the column's cache.
    @inline(__always)
    private mutating func asciiString(_ text: UnsafeBufferPointer<UInt8>, words: (UInt64, UInt64)?, column: Int) -> String {
        if let words { return strings.string(text, smallWords: words) }
        return cache.string(for: text, column: column) { String(decoding: text, as: UTF8.self) }
    }
}
