/// How a node keeps the text its scalar was written with.
///
/// Most literals are stored as written. A date-time whose text is exactly what its format prints
/// (`28/09/2020 14:52` in `dd/MM/yyyy`) keeps the format's pattern instead and prints the text
/// when it is read: such texts are too long to be stored inside a `String` (more than 15 bytes),
/// and a register holds one per row, each of which would otherwise cost an allocation to load
/// and memory for as long as the data lives.
enum LiteralForm: UInt8, Sendable {
    /// `storedLiteral` is the literal.
    case asWritten
    /// The node is a date-time and `storedLiteral` the pattern of the `DateFormat` that prints
    /// its literal.
    case printedByFormat
}

extension Value {
    /// The scalar's text as written in the file, when it differs from a string's own content
    /// (numbers, booleans, dates, null); `nil` for strings and containers.
    public var literal: String? {
        get { literalForm == .asWritten ? storedLiteral : printedLiteral() }
        set { (storedLiteral, literalForm) = (newValue, .asWritten) }
    }

    /// Whether the node has a `literal`, found without reading it (which may print a date-time's
    /// text) or copying it.
    @inlinable
    public var hasLiteral: Bool {
        if case .none = storedLiteral { return false }
        return true
    }

    /// A date-time node written at `location` exactly as `format` prints it (see
    /// `DateFormat.printsExactly(_:as:)`), which prints its literal when it is read.
    init(_ dateTime: CivilDateTime, at location: SourceLocation, printedBy format: borrowing DateFormat) {
        self.init(kind: .dateTime(dateTime), literalForm: .printedByFormat, location: location, storedLiteral: format.pattern)
    }

    @inline(never)
    private func printedLiteral() -> String {
        // Only `init(_:at:printedBy:)` makes this form, from a valid pattern, and a new `kind`
        // stores the text first.
        guard case .dateTime(let dateTime) = kind, let format = storedLiteral.flatMap(DateFormat.init) else {
            preconditionFailure("a literal printed by a format belongs to a date-time")
        }
        return format.format(dateTime)
    }
}
