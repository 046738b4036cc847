/// Something in a valid query that is almost certainly a mistake, such as a `match()` pattern
/// that is not valid I-Regexp and so never matches.
public struct JSONPathWarning: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based column (in Unicode scalars) of the query text the warning is about.
    public let column: Int
    /// What is wrong, in plain words.
    public let message: String
    /// The whole query text.
    public let query: String

    /// A warning at `column` of `query` saying `message`.
    public init(column: Int, message: String, query: String) {
        self.column = column
        self.message = message
        self.query = query
    }

    /// `'[z-a]' is not valid I-Regexp (RFC 9485), so match() is always false at column 15 in '…'`.
    public var description: String { "\(message) at column \(column) in '\(query)'" }
}
