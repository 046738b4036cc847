/// Why a query text is not a valid RFC 9535 JSONPath query, and where.
public struct JSONPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based column (in Unicode scalars) of the query text where the problem was found.
    public let column: Int
    /// What was wrong or expected, such as `expected ']'`.
    public let message: String
    /// The whole query text.
    public let query: String

    /// An error at `column` of `query` saying `message`.
    public init(column: Int, message: String, query: String) {
        self.column = column
        self.message = message
        self.query = query
    }

    /// `expected ']' at column 14 in '$.dossiers[?@.x == 1'`.
    public var description: String { "\(message) at column \(column) in '\(query)'" }
}
