/// Turns the text of a CSV cell into a typed `Value`, by inference or by its column's declared type.
///
/// Inference never loses information: a cell becomes a number only when the number prints back
/// to the same text (`10`, `1.5`, but not `007`, `1.001780`, `+5`, `1e3`), and every non-string
/// scalar keeps its text in `Value.literal`. Quoting does not change a cell's type.
final class CSVCellTyper {
    let dateFormats: [DateFormat]
    /// What every date in each format has, to pass over formats a text cannot match without
    /// parsing it.
    private let dateProbes: [DateProbe]
    /// The bytes a date in any of the formats can start with.
    private let dateStarts: ASCIISet
    /// The bytes an inferred date or number can start with, so that most strings (names, codes,
    /// statuses) are known after one look at their first byte.
    private let typedStarts: ASCIISet

    init(dateFormats: [DateFormat]) {
        self.dateFormats = dateFormats
        dateProbes = dateFormats.map(DateProbe.init)
        dateStarts = dateFormats.reduce(into: ASCIISet()) { $0.insert($1.leadingBytes) }
        var typedStarts = dateStarts
        typedStarts.insert(UInt8(ascii: "0")...UInt8(ascii: "9"))
        typedStarts.insert(UInt8(ascii: "-")...UInt8(ascii: "-"))
        self.typedStarts = typedStarts
    }

    // Set aside rather than returned with the kind: a larger result costs every typed cell.
    // Exclusivity is checked statically: only the one loader that owns the typer changes it.
    /// For the last date-time typed, the position in `dateFormats` of its format when the text is
    /// exactly what the format prints (see `DateFormat.printsExactly(_:as:)`), else `nil`.
    @exclusivity(unchecked) private(set) var printingFormat: Int?

    /// What `text` holds when it is not a string: `nil` for a string, and for a text that does not
    /// fit `declared` (the caller keeps such a cell as a string and reports it). Empty text is null.
    /// A date-time sets `printingFormat`.
    @inline(__always)
    func kind(of text: UnsafeBufferPointer<UInt8>, declared: ColumnType?) -> Value.Kind? {
        if text.isEmpty { return .null }
        guard let declared else { return typedStarts.contains(text[0]) ? inferred(text) : nil }
        return declaredKind(of: text, declared: declared)
    }

    @inline(never)
    private func declaredKind(of text: UnsafeBufferPointer<UInt8>, declared: ColumnType) -> Value.Kind? {
        switch declared {
        case .string: return nil
        case .integer: return CSVNumber.integer(text, allowingSignAndZeros: true)
        case .number: return CSVNumber.integer(text, allowingSignAndZeros: true) ?? CSVNumber.decimal(text)
        case .boolean: return Self.boolean(text)
        case .date: return date(text).flatMap { if case .date = $0 { return $0 } else { return nil } }
        case .datetime: return date(text)
        }
    }

    @inline(never)
    private func inferred(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        if dateStarts.contains(text[0]), let date = date(text) { return date }
        return CSVNumber.inferred(text)
    }

    @inline(__always)
    private func date(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        // Through the buffers, probes and formats are borrowed: a copy of a `DateFormat` retains
        // its arrays.
        dateProbes.withUnsafeBufferPointer { probes in
            dateFormats.withUnsafeBufferPointer { formats in
                for index in probes.indices where probes[index].admits(text) {
                    switch formats[index].parse(bytes: text) {
                    case .date(let date): return .date(date)
                    case .dateTime(let dateTime):
                        printingFormat = formats[index].printsExactly(text, as: dateTime) ? index : nil
                        return .dateTime(dateTime)
                    case nil: continue
                    }
                }
                return nil
            }
        }
    }

    private static func boolean(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        switch String(decoding: text, as: UTF8.self).lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return nil
        }
    }
}

/// What every date of one format has that a look at a few bytes checks: its length (a date-time
/// is at least 6 bytes longer) and its first separator.
private struct DateProbe {
    let length: Int
    let separator: (offset: Int, byte: UInt8)?

    init(_ format: DateFormat) {
        length = format.pattern.utf8.count
        separator = format.firstSeparator
    }

    /// Whether `text` may be a date or date-time in the format.
    @inline(__always)
    func admits(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count == length || text.count >= length + 6 else { return false }
        guard let separator else { return true }
        return text[separator.offset] == separator.byte
    }
}
