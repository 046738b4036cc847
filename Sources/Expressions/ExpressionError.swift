/// A mistake in an expression's text found before it runs: a syntax error, an unknown function
/// or name form, a wrong number of arguments, or an operand whose type can never fit.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in plain words (`unknown function 'sizee'`).
    public var message: String
    /// The 1-based column in the expression's text (counted in Unicode scalars).
    public var column: Int
    /// A suggestion shown after the message (`did you mean 'size'?`), if any.
    public var hint: String?

    /// An error described by `message` at `column`, with an optional `hint`.
    public init(_ message: String, column: Int, hint: String? = nil) {
        self.message = message
        self.column = column
        self.hint = hint
    }

    /// The message with its column and hint: `unknown function 'sizee' at column 5; did you mean 'size'?`.
    public var description: String {
        "\(message) at column \(column)" + (hint.map { "; \($0)" } ?? "")
    }
}

/// The reason one evaluation gave no value: a missing key, a wrong operand type, an overflow.
///
/// Errors are values in CEL: `&&` and `||` absorb them when the other side decides the result.
public struct EvalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure it is; `given()` treats a missing key as absence.
    public enum Kind: Sendable, Equatable {
        /// A map, item or lookup lacks the key asked for.
        case noSuchKey
        /// No operator or function accepts operands of these types.
        case noOverload
        /// Any other failure.
        case other
    }

    /// Why the evaluation failed, in plain words (`no such key: resolved_at`).
    public var reason: String
    /// What kind of failure it is.
    public var kind: Kind

    /// A failure of `kind` explained by `reason`.
    public init(_ reason: String, kind: Kind = .other) {
        self.reason = reason
        self.kind = kind
    }

    public var description: String { reason }
}

/// The outcome of one evaluation: a value or the reason there is none.
public typealias ExprResult = Result<ExprValue, EvalError>
