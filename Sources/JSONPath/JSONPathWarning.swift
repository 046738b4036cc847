/// Something in a valid query that is almost certainly a mistake, such as a `match()` pattern
/// that is not valid I-Regexp and so never matches.
///
/// Its description reads `'[z-a]' is not valid I-Regexp (RFC 9485), so match() is always false at column 15 in '…'`.
public typealias JSONPathWarning = JSONPathDiagnostic<JSONPathWarningKind>

/// The kind of a `JSONPathWarning`: the query is accepted, but the author should look again.
public enum JSONPathWarningKind: JSONPathDiagnosticKind {}
