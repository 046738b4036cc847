/// The parsed form of an expression, before names are resolved and functions checked.
final class Syntax {
    enum Kind {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case identifier(String)
        case select(Syntax, String)
        case index(Syntax, Syntax)
        case call(receiver: Syntax?, name: String, arguments: [Syntax])
        case list([Syntax])
        case map([(key: Syntax, value: Syntax)])
        case unary(String, Syntax)
        case binary(String, Syntax, Syntax)
        case conditional(Syntax, Syntax, Syntax)
    }

    let kind: Kind
    /// 1-based column where the construct starts (for operators and calls, the operator or name).
    let column: Int

    init(_ kind: Kind, column: Int) {
        self.kind = kind
        self.column = column
    }
}
