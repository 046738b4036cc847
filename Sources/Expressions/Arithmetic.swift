/// CEL arithmetic: int and double are separate types (no mixed operands), integer overflow and
/// integer division or modulo by zero are errors, `+` also joins strings and lists.
enum Arithmetic {
    enum Op: String, Sendable { case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%" }

    static func apply(_ op: Op, _ l: ExprValue, _ r: ExprValue) throws(EvalError) -> ExprValue {
        switch (l.resolved, r.resolved) {
        case let (.int(x), .int(y)): return .int(try integer(op, x, y))
        case let (.double(x), .double(y)):
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide: return .double(x / y)
            case .modulo: break
            }
        case let (.string(x), .string(y)) where op == .add: return .string(x + y)
        case let (x, y) where op == .add:
            if let a = x.listView, let b = y.listView {
                var out: [ExprValue] = []
                out.reserveCapacity(a.count + b.count)
                for i in 0..<a.count { out.append(a[i]) }
                for i in 0..<b.count { out.append(b[i]) }
                return .list(out)
            }
        default: break
        }
        throw EvalError(Msg.noOverload(op.rawValue, [l.type, r.type]), kind: .noOverload)
    }

    private static func integer(_ op: Op, _ x: Int, _ y: Int) throws(EvalError) -> Int {
        let (value, overflow): (Int, Bool)
        switch op {
        case .add: (value, overflow) = x.addingReportingOverflow(y)
        case .subtract: (value, overflow) = x.subtractingReportingOverflow(y)
        case .multiply: (value, overflow) = x.multipliedReportingOverflow(by: y)
        case .divide:
            guard y != 0 else { throw EvalError(Msg.divisionByZero) }
            (value, overflow) = x.dividedReportingOverflow(by: y)
        case .modulo:
            guard y != 0 else { throw EvalError(Msg.moduloByZero) }
            (value, overflow) = x.remainderReportingOverflow(dividingBy: y)
        }
        if overflow { throw EvalError(Msg.intOverflow) }
        return value
    }

    static func negate(_ v: ExprValue) throws(EvalError) -> ExprValue {
        switch v.resolved {
        case .int(let i):
            guard i != .min else { throw EvalError(Msg.intOverflow) }
            return .int(-i)
        case .double(let d): return .double(-d)
        default: throw EvalError(Msg.noOverload("-", [v.type]), kind: .noOverload)
        }
    }
}

/// `a + b`, `a - b`, `a * b`, `a / b`, `a % b`.
final class ArithmeticNode: Node {
    let op: Arithmetic.Op
    let left: any Node
    let right: any Node
    init(_ op: Arithmetic.Op, _ left: any Node, _ right: any Node) {
        self.op = op
        self.left = left
        self.right = right
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        try Arithmetic.apply(op, try left.eval(a), try right.eval(a))
    }
}

/// `-x`.
final class NegateNode: Node {
    let operand: any Node
    init(_ operand: any Node) { self.operand = operand }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { try Arithmetic.negate(try operand.eval(a)) }
}
