/// The header row of a CSV file: which column becomes which key, and how its cells are typed.
struct CSVHeader {
    /// Where the header row was written.
    let location: SourceLocation
    /// The number of cells in the header row, which every row must have.
    let columnCount: Int
    /// The names that became keys, in order (empty and repeated names are left out).
    let keys: [String]
    /// The key of each column, `nil` for a column that is left out.
    let keyOfColumn: [String?]
    /// The declared type of each column, `nil` where cells are inferred.
    let typeOfColumn: [ColumnType?]
    /// The key index every row map shares.
    let sharedIndex: [String: Int]?
}

/// Builds the header and the row maps from scanned fields, typing each cell.
struct CSVRowBuilder {
    let file: FileID
    private let bytes: UnsafeBufferPointer<UInt8>
    private let typer: CSVCellTyper
    private let strings = ASCIIStringMaker()
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
        return CSVHeader(
            location: SourceLocation(file: file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn),
            columnCount: fields.count, keys: keys, keyOfColumn: keyOfColumn,
            typeOfColumn: keyOfColumn.map { $0.flatMap { columnTypes[$0] } },
            sharedIndex: ValueMap.sharedIndex(forKeys: keys))
    }

    /// Appends the cell `field` of column `column` (0-based) to `row`, unless the column is left out.
    @inline(__always)
    mutating func addCell(_ field: CSVField, column: Int, header: CSVHeader, to row: inout [ValueMap.Entry]) {
        guard let key = header.keyOfColumn[column] else { return }
        let location = location(of: field)
        let declared = header.typeOfColumn[column]
        if field.hasDoubledQuotes {
            unescapeQuotes(of: field)
            // A second reference to the scratch buffer (not a copy of its bytes) frees `self` for the call.
            let text = unescaped
            text.withUnsafeBufferPointer {
                appendCell(to: &row, text: $0, key: key, isASCII: field.isASCII, declared: declared, at: location)
            }
        } else {
            let text = UnsafeBufferPointer(rebasing: bytes[field.contentStart..<field.contentEnd])
            appendCell(to: &row, text: text, key: key, isASCII: field.isASCII, declared: declared, at: location)
        }
    }

    /// Appends the member `key` holding the cell `text`: typed with its text as literal, or a
    /// string (reported when it does not fit `declared`). The value is built in place, never
    /// copied: a copy of a `Value` costs more than typing the cell.
    @inline(__always)
    private mutating func appendCell(
        to row: inout [ValueMap.Entry], text: UnsafeBufferPointer<UInt8>, key: consuming String, isASCII: Bool,
        declared: ColumnType?, at location: SourceLocation
    ) {
        if let kind = typer.kind(of: text, declared: declared) {
            let literal = isASCII ? strings.string(text) : String(decoding: text, as: UTF8.self)
            row.append(ValueMap.Entry(key: key, keyLocation: location, value: Value(kind, at: location, literal: literal)))
            return
        }
        let string = normalizedString(text, isASCII: isASCII)
        if let declared, declared != .string {
            problems.append(LoadProblem(
                .cellType, DataModelMessages.csvCellType(string, column: key, type: declared, dateFormats: typer.dateFormats),
                at: location))
        }
        row.append(ValueMap.Entry(key: key, keyLocation: location, value: Value(.string(string), at: location)))
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

    /// The NFC string of `text`; the scanner already knows when it is ASCII, which needs no check.
    private func normalizedString(_ text: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        isASCII ? strings.string(text) : NormalizedString.normalizeIfNeeded(String(decoding: text, as: UTF8.self))
    }
}
