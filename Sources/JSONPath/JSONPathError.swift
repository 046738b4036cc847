/// Why a query text is not a valid RFC 9535 JSONPath query, and where.
public typealias JSONPathError = JSONPathDiagnostic<JSONPathErrorKind>

/// The kind of a `JSONPathError`: the query is rejected.
public enum JSONPathErrorKind: JSONPathDiagnosticKind {}

extension JSONPathDiagnostic: Error where Kind == JSONPathErrorKind {}
