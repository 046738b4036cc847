import DataModel

/// `!x`.
final class NotNode: Node {
    let operand: any Node
    init(_ operand: any Node) { self.operand = operand }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        let v = try operand.evalContent(a)
        guard case .bool(let b) = v else { throw EvalError(Msg.noOverload("!", [v.type]), kind: .noOverload) }
        return .bool(!b)
    }
}

/// `a && b` and `a || b`: short-circuit, and commutative over errors as in CEL: a side that
/// decides the result (`false` for `&&`, `true` for `||`) wins over an error on the other side.
final class LogicNode: Node {
    let left: any Node
    let right: any Node
    /// The value that decides the result: `false` for `&&`, `true` for `||`.
    let decisive: Bool
    let op: String

    init(_ op: String, _ left: any Node, _ right: any Node) {
        self.left = left
        self.right = right
        self.op = op
        decisive = op == "||"
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        var leftError: EvalError?
        do throws(EvalError) {
            let l = try left.evalContent(a)
            guard case .bool(let b) = l else { throw EvalError(Msg.notBool(op, l.type), kind: .noOverload) }
            if b == decisive { return .bool(b) }
        } catch {
            leftError = error
        }
        let r: ExprValue
        do throws(EvalError) { r = try right.evalContent(a) } catch { throw leftError ?? error }
        guard case .bool(let b) = r else {
            throw leftError ?? EvalError(Msg.notBool(op, r.type), kind: .noOverload)
        }
        if b == decisive { return .bool(b) }
        if let leftError { throw leftError }
        return .bool(b)
    }
}

/// `c ? x : y`.
final class ConditionalNode: Node {
    let condition: any Node
    let then: any Node
    let otherwise: any Node
    init(_ condition: any Node, _ then: any Node, _ otherwise: any Node) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue { try branch(a).eval(a) }

    func evalContent(_ a: Activation) throws(EvalError) -> ExprValue { try branch(a).evalContent(a) }

    private func branch(_ a: Activation) throws(EvalError) -> any Node {
        let c = try condition.evalContent(a)
        guard case .bool(let b) = c else { throw EvalError(Msg.notBool("?:", c.type), kind: .noOverload) }
        return b ? then : otherwise
    }
}

/// `a == b` and `a != b`.
final class EqualityNode: Node {
    let left: any Node
    let right: any Node
    let negated: Bool
    init(_ left: any Node, _ right: any Node, negated: Bool) {
        self.left = left
        self.right = right
        self.negated = negated
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        .bool(ExprValue.equal(try left.evalContent(a), try right.evalContent(a)) != negated)
    }
}

/// `field == constant` and `field != constant`, the usual shape of a `where`, compared without
/// building intermediate values.
final class FieldEqualityNode: Node {
    let field: FieldNode
    let constant: ExprValue
    let negated: Bool
    /// The field's member and the constant's text, when a string, held here to be read directly.
    private let member: MemberName
    private let expected: String?
    init(_ field: FieldNode, _ constant: ExprValue, negated: Bool) {
        self.field = field
        self.constant = constant
        self.negated = negated
        member = field.member
        if case .string(let text) = constant { expected = text } else { expected = nil }
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        guard let map = a.itemMap else { return .bool(ExprValue.equal(try field.evalContent(a), constant) != negated) }
        // The member is compared where it lies: copying a node costs more than comparing it.
        let equal: Bool? = member.withValue(inMapAt: map) { node in
            guard let node else { return nil }
            if let expected, case .string(let actual) = node.pointee.kind { return actual == expected }
            return ExprValue.equal(ExprValue.content(of: node), constant)
        }
        guard let equal else { throw EvalError(Msg.noSuchKey(field.name), kind: .noSuchKey) }
        return .bool(equal != negated)
    }
}

/// `<`, `<=`, `>`, `>=`.
final class RelationNode: Node {
    enum Op: String { case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=" }
    let left: any Node
    let right: any Node
    let op: Op
    init(_ op: Op, _ left: any Node, _ right: any Node) {
        self.left = left
        self.right = right
        self.op = op
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        let l = try left.evalContent(a), r = try right.evalContent(a)
        let order: Int?
        do { order = try ExprValue.order(l, r) } catch { throw EvalError(Msg.noOverload(op.rawValue, [l.type, r.type]), kind: .noOverload) }
        guard let order else { return .bool(false) }
        switch op {
        case .less: return .bool(order < 0)
        case .lessOrEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        case .greaterOrEqual: return .bool(order >= 0)
        }
    }
}

/// `x in list`, `key in map`, `key in lookup`.
final class InNode: Node {
    let element: any Node
    let container: any Node
    init(_ element: any Node, _ container: any Node) {
        self.element = element
        self.container = container
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        let x = try element.evalContent(a), c = try container.evalContent(a)
        if case .lookup(let table) = c { return .bool(table.contains(x)) }
        if let list = c.listView {
            for i in 0..<list.count where ExprValue.equal(x, list[i]) { return .bool(true) }
            return .bool(false)
        }
        if let map = c.mapView { return .bool(map.value(for: x) != nil) }
        throw EvalError(Msg.noOverload("in", [x.type, c.type]), kind: .noOverload)
    }
}
