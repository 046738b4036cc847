#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a CSV file (RFC 4180, UTF-8 with or without a byte-order mark, any mix of CRLF and LF)
/// into one document whose root is the list of rows, each a map from header name to typed cell.
///
/// The first row is the header. Every cell carries its line and the column (in Unicode scalars)
/// of its first character (a quoted cell's opening quote); a row's map is located at its first
/// cell, and the root list at the header row. Defects are reported as `LoadProblem`s at their
/// place while the rest of the file still loads:
/// - a row with more or fewer cells than the header (the row is left out of the document);
/// - an empty or repeated header name (that column is left out of every row);
/// - an unterminated quote (its row is left out; reading resumes on the next line);
/// - a quote inside an unquoted field or text after a closing quote (the cell keeps its raw text);
/// - a cell that does not fit its column's declared type (`cell-type`; the cell stays a string).
///
/// Empty lines are skipped. The bytes are read in one pass and never copied as a whole.
public enum CSVLoader {
    /// Loads the CSV text in `bytes`, read from `file`, typed as `options` says.
    public static func load(bytes: UnsafeBufferPointer<UInt8>, file: FileID, options: LoadOptions) -> LoadedFile {
        load(bytes: bytes, file: file, options: options, splitsPlainRows: true)
    }

    /// Loads the CSV text in `bytes`; with `splitsPlainRows` false, every row takes the
    /// field-by-field scan, which tests compare the plain-row split with.
    static func load(bytes: UnsafeBufferPointer<UInt8>, file: FileID, options: LoadOptions, splitsPlainRows: Bool) -> LoadedFile {
        var scanner = CSVScanner(bytes, file: file)
        var problems: [LoadProblem] = []
        var builder = CSVRowBuilder(bytes: bytes, file: file, options: options)
        guard let header = readHeader(&scanner, builder: &builder, problems: &problems) else {
            problems.append(contentsOf: scanner.problems)
            return LoadedFile(file: file, format: .csv, documents: [], problems: sorted(problems))
        }
        var rows: [Value] = []
        let bodyStart = scanner.offset
        let maximumRows = rowBound(
            bodyBytes: bytes.count - bodyStart, lineBreaks: lineBreaks(in: bytes, from: bodyStart), columns: header.columnCount)
        let table = RecordTable(keys: header.keys, maximumRows: maximumRows)
        builder.expect(rows: maximumRows, under: header)
        // Room for the field ends of a plain row one field wider than the header, to tell a row too
        // wide from a row that fits.
        let fieldEnds = UnsafeMutablePointer<Int>.allocate(capacity: header.columnCount + 1)
        defer { fieldEnds.deallocate() }
        while !scanner.isAtEnd {
            if let row = readRow(
                &scanner, builder: &builder, header: header, into: table, fieldEnds: splitsPlainRows ? fieldEnds : nil, problems: &problems
            ) {
                // Made in the append: a `Value` held in a variable first would be copied.
                rows.append(Value(.map(ValueMap(row: row.number, of: table)), at: row.span))
                // Growing by doubling would copy the rows and touch twice their memory: once a
                // sample of rows is read, room for the whole file is reserved at their density.
                if rows.count == sampleRows {
                    let sampleBytes = Double(scanner.offset - bodyStart), bodyBytes = Double(bytes.count - bodyStart)
                    rows.reserveCapacity(Int(Double(sampleRows) * 1.05 * bodyBytes / sampleBytes) + sampleRows)
                    let capacity = rows.capacity
                    rows.withUnsafeBufferPointer { LargeBuffer.adviseHugePages($0.baseAddress!, capacity: capacity) }
                }
            }
        }
        problems.append(contentsOf: scanner.problems)
        problems.append(contentsOf: builder.problems)
        let root = Value(.list(rows), at: header.location)
        let document = Document(file: file, format: .csv, root: root, columns: header.keys)
        return LoadedFile(file: file, format: .csv, documents: [document], problems: sorted(problems))
    }

    /// The number of rows read before the whole file's row count is estimated.
    private static let sampleRows = 512

    /// Loads the CSV text in `bytes`; see `load(bytes:file:options:)`.
    public static func load(_ bytes: [UInt8], file: FileID, options: LoadOptions = LoadOptions()) -> LoadedFile {
        bytes.withUnsafeBufferPointer { load(bytes: $0, file: file, options: options) }
    }

    private static func readHeader(
        _ scanner: inout CSVScanner, builder: inout CSVRowBuilder, problems: inout [LoadProblem]
    ) -> CSVHeader? {
        while !scanner.isAtEnd {
            var fields: [CSVField] = []
            repeat {
                let field = scanner.nextField()
                if field.isUnterminated { return nil }
                fields.append(field)
                if field.endsRow { break }
            } while true
            if fields.count == 1, fields[0].isEmpty, !fields[0].isQuoted { continue }
            return builder.header(of: fields, problems: &problems)
        }
        problems.append(LoadProblem(.parseError, DataModelMessages.csvNoHeader, at: SourceLocation(file: builder.file, line: 1, column: 1)))
        return nil
    }

    /// Reads one line's row into `table`: its row number and where it was written; `nil` for an
    /// empty line or a row that is reported and left out. A plain row is split at once into
    /// `fieldEnds`, unless that is `nil`.
    private static func readRow(
        _ scanner: inout CSVScanner, builder: inout CSVRowBuilder, header: CSVHeader, into table: RecordTable,
        fieldEnds: UnsafeMutablePointer<Int>?, problems: inout [LoadProblem]
    ) -> (number: Int, span: SourceLocation)? {
        if let fieldEnds,
           let row = readPlainRow(&scanner, builder: &builder, header: header, into: table, fieldEnds: fieldEnds, problems: &problems) {
            return row.number.map { ($0, row.span) }
        }
        var field = scanner.nextField()
        if field.isUnterminated {
            scanner.recover(after: field)
            return nil
        }
        if field.endsRow, field.isEmpty, !field.isQuoted { return nil }
        let line = field.line, column = field.column
        var cellCount = 0
        while true {
            if cellCount < header.columnCount { builder.addCell(field, column: cellCount, header: header, to: table) }
            cellCount += 1
            if field.endsRow { break }
            field = scanner.nextField()
            if field.isUnterminated {
                scanner.recover(after: field)
                table.discardRow()
                return nil
            }
        }
        let span = SourceLocation(file: builder.file, line: line, column: column, endLine: field.endLine, endColumn: field.endColumn)
        guard cellCount == header.columnCount else {
            problems.append(LoadProblem(.parseError, DataModelMessages.csvRowWidth(cells: cellCount, headers: header.columnCount), at: span))
            table.discardRow()
            return nil
        }
        return (table.commitRow(), span)
    }

    /// Reads one line's row into `table` when the line is plain (see `CSVScanner.scanPlainRow`):
    /// `nil` when it is not, having consumed nothing; else the row's number and where it was
    /// written, with a `nil` number for an empty line or a row that is reported and left out.
    @inline(__always)
    private static func readPlainRow(
        _ scanner: inout CSVScanner, builder: inout CSVRowBuilder, header: CSVHeader, into table: RecordTable,
        fieldEnds ends: UnsafeMutablePointer<Int>, problems: inout [LoadProblem]
    ) -> (number: Int?, span: SourceLocation)? {
        let start = scanner.offset, line = scanner.line, columnBase = scanner.columnBase
        guard let count = scanner.scanPlainRow(fieldEnds: ends, capacity: header.columnCount + 1) else { return nil }
        if count == 1, ends[0] == start { return (nil, .unknown) }
        let span = SourceLocation(
            file: builder.file, line: line, column: start - columnBase + 1, endLine: line, endColumn: ends[count - 1] - columnBase + 1)
        guard count == header.columnCount else {
            problems.append(LoadProblem(.parseError, DataModelMessages.csvRowWidth(cells: count, headers: header.columnCount), at: span))
            return (nil, span)
        }
        builder.addPlainRow(from: start, fieldEnds: ends, columnBase: columnBase, header: header, to: table, at: span)
        return (table.commitRow(), span)
    }

    /// The most rows a body can hold: every row but the last ends at a line break, and a row of
    /// `columns` cells takes at least `columns` bytes (its commas and its break). The second
    /// bound keeps a wide header over many short lines from reserving room for cells that can
    /// never be there.
    static func rowBound(bodyBytes: Int, lineBreaks: Int, columns: Int) -> Int {
        min(lineBreaks, bodyBytes / max(1, columns)) + 1
    }

    /// The number of line feeds and carriage returns from `start` on. Every row but the last ends
    /// at one of them, so no more rows than one past this count can follow.
    private static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        for byte in [UInt8(ascii: "\n"), UInt8(ascii: "\r")] {
            var cursor = base + start
            let end = base + bytes.count
            while cursor < end, let found = memchr(cursor, Int32(byte), end - cursor) {
                count += 1
                cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
        return count
    }

    private static func sorted(_ problems: [LoadProblem]) -> [LoadProblem] {
        problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}
