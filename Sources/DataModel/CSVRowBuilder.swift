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
    private let columnTypes: [String: ColumnType]
    private var entries: [ValueMap.Entry] = []
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
            let name = withContent(of: field) { TextNormalization.nfcString($0, isASCII: field.isASCII) }
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

    /// Begins a row.
    mutating func startRow(width: Int) {
        entries = []
        entries.reserveCapacity(width)
    }

    /// Adds the cell `field` of column `column` (0-based) to the current row.
    mutating func addCell(_ field: CSVField, column: Int, header: CSVHeader) {
        guard let key = header.keyOfColumn[column] else { return }
        let location = location(of: field)
        let declared = header.typeOfColumn[column]
        let typer = typer
        let (value, misfit) = withContent(of: field) { text -> (Value, String?) in
            if let value = typer.value(of: text, isASCII: field.isASCII, declared: declared, at: location) { return (value, nil) }
            let string = TextNormalization.nfcString(text, isASCII: field.isASCII)
            return (Value(.string(string), at: location), string)
        }
        if let misfit, let declared {
            problems.append(LoadProblem(
                .cellType, DataModelMessages.csvCellType(misfit, column: key, type: declared, dateFormats: typer.dateFormats),
                at: location))
        }
        entries.append(ValueMap.Entry(key: key, keyLocation: location, value: value))
    }

    /// The current row as a map located at `span`.
    mutating func finishRow(at span: SourceLocation, header: CSVHeader) -> Value {
        Value(.map(ValueMap(distinctEntries: entries, sharedIndex: header.sharedIndex)), at: span)
    }

    private func location(of field: CSVField) -> SourceLocation {
        SourceLocation(file: file, line: field.line, column: field.column, endLine: field.endLine, endColumn: field.endColumn)
    }

    /// Calls `body` with the field's text, its doubled quotes undone.
    private mutating func withContent<T>(of field: CSVField, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let content = UnsafeBufferPointer(rebasing: bytes[field.contentStart..<field.contentEnd])
        guard field.hasDoubledQuotes else { return body(content) }
        unescaped.removeAll(keepingCapacity: true)
        var skipNext = false
        for byte in content {
            if skipNext {
                skipNext = false
                continue
            }
            unescaped.append(byte)
            skipNext = byte == UInt8(ascii: "\"")
        }
        return unescaped.withUnsafeBufferPointer(body)
    }
}
