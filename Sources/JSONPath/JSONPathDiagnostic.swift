/// Something said about a query text at one column; `Kind` tells an error from a warning, so the
/// two stay distinct types that share one shape.
public struct JSONPathDiagnostic<Kind: JSONPathDiagnosticKind>: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based column (in Unicode scalars) of the query text the diagnostic is about.
    public let column: Int
    /// What is wrong or expected, in plain words, such as `expected ']'`.
    public let message: String
    /// The whole query text.
    public let query: String

    /// A diagnostic at `column` of `query` saying `message`.
    public init(column: Int, message: String, query: String) {
        self.column = column
        self.message = message
        self.query = query
    }

    /// `expected ']' at column 14 in '$.dossiers[?@.x == 1'`.
    public var description: String { "\(message) at column \(column) in '\(query)'" }
}

/// Marks the kind of a `JSONPathDiagnostic`: `JSONPathErrorKind` or `JSONPathWarningKind`.
public protocol JSONPathDiagnosticKind: Sendable {}
