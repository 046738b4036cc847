/// The comprehension macros `all`, `exists`, `exists_one`, `filter` and `map` over a list's
/// elements or a map's keys, binding the iteration variable to local slot `variable`.
final class MacroNode: Node {
    enum Kind: String, Sendable { case all, exists, existsOne = "exists_one", filter, map }

    let kind: Kind
    let range: any Node
    let variable: Int
    /// The predicate (`all`, `exists`, `exists_one`, `filter`, three-argument `map`) or nil.
    let predicate: (any Node)?
    /// The transform of `map`.
    let transform: (any Node)?

    init(_ kind: Kind, range: any Node, variable: Int, predicate: (any Node)?, transform: (any Node)?) {
        self.kind = kind
        self.range = range
        self.variable = variable
        self.predicate = predicate
        self.transform = transform
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        let target = try range.eval(a)
        let count: Int
        let element: (Int) -> ExprValue
        if let list = target.listView {
            count = list.count
            element = { list[$0] }
        } else if let map = target.mapView {
            count = map.count
            element = { map.key(at: $0) }
        } else {
            throw EvalError(Msg.noOverload(kind.rawValue, [target.type]), kind: .noOverload)
        }
        let slot = a.frameBase + variable
        switch kind {
        case .all, .exists:
            // CEL: a deciding element wins over an error on another element.
            let decisive = kind == .exists
            var firstError: EvalError?
            for i in 0..<count {
                a.locals[slot] = element(i)
                do {
                    if try test(a) == decisive { return .bool(decisive) }
                } catch {
                    if firstError == nil { firstError = error }
                }
            }
            if let firstError { throw firstError }
            return .bool(!decisive)
        case .existsOne:
            var matches = 0
            for i in 0..<count {
                a.locals[slot] = element(i)
                if try test(a) { matches += 1 }
            }
            return .bool(matches == 1)
        case .filter, .map:
            var out: [ExprValue] = []
            for i in 0..<count {
                let x = element(i)
                a.locals[slot] = x
                if predicate != nil, try !test(a) { continue }
                if let transform {
                    out.append(try transform.eval(a))
                } else {
                    out.append(x)
                }
            }
            return .list(out)
        }
    }

    private func test(_ a: Activation) throws(EvalError) -> Bool {
        guard let predicate else { return true }
        let v = try predicate.eval(a)
        guard case .bool(let b) = v.resolved else { throw EvalError(Msg.predicateNotBool(kind.rawValue, v.type), kind: .noOverload) }
        return b
    }
}
