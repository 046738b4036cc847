import DataModel

/// One compiled operation of an expression; evaluating the root evaluates the tree.
protocol Node: AnyObject, Sendable {
    func eval(_ a: Activation) throws(EvalError) -> ExprValue
    /// `eval(a).resolved`: the value for readers of content alone (operators, conditions,
    /// numbers), which need neither a scalar's node nor its location. Nodes that read loaded
    /// data answer it in place, since copying a node costs more than reading its scalar.
    func evalContent(_ a: Activation) throws(EvalError) -> ExprValue
    /// The day number of the date or date-time the node gives, read without building a value
    /// (date fields and constants); `nil` for any other node or value, which the caller then
    /// evaluates as usual.
    func dayNumber(_ a: Activation) -> Int?
}

extension Node {
    func evalContent(_ a: Activation) throws(EvalError) -> ExprValue { try eval(a).resolved }
    func dayNumber(_ a: Activation) -> Int? { nil }
}

/// A value known when the expression compiled.
final class ConstantNode: Node {
    let value: ExprValue
    private let constantDayNumber: Int?
    init(_ value: ExprValue) {
        self.value = value
        constantDayNumber = value.dateValue?.dayNumber
    }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { value }
    func dayNumber(_ a: Activation) -> Int? { constantDayNumber }
}

/// `item`, the current item.
final class ItemNode: Node {
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { a.item }
}

/// A variable the caller provides.
final class VariableNode: Node {
    let slot: Int
    init(slot: Int) { self.slot = slot }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { a.variables[slot] }
}

/// A let, computed on first use for the current item.
final class LetNode: Node {
    let slot: Int
    init(slot: Int) { self.slot = slot }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { try a.letValue(slot) }
}

/// A macro's iteration variable.
final class LocalNode: Node {
    let index: Int
    init(index: Int) { self.index = index }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { a.locals[a.frameBase + index] }
}

/// A bare name: a field of the item.
final class FieldNode: Node {
    /// The member, with the position where it was found in the last item.
    let member: MemberName
    var name: String { member.name }

    init(name: String) { member = MemberName(name) }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        if let map = a.itemMap { return .data(try value(in: map)) }
        return try SelectNode.select(name, from: a.item)
    }

    func evalContent(_ a: Activation) throws(EvalError) -> ExprValue {
        guard let map = a.itemMap else { return try eval(a).resolved }
        guard let content = content(in: map) else { throw EvalError(Msg.noSuchKey(name), kind: .noSuchKey) }
        return content
    }

    func dayNumber(_ a: Activation) -> Int? {
        guard let map = a.itemMap else { return nil }
        return member.withValue(inMapAt: map) { $0?.pointee.dateValue?.dayNumber }
    }

    /// The field's content in the map at `members`, read in place; `nil` when it is absent.
    @inline(__always)
    func content(in members: UnsafePointer<ValueMap>) -> ExprValue? {
        member.withValue(inMapAt: members) { $0.map(ExprValue.content(of:)) }
    }

    /// The field's node in the map at `map`.
    @inline(__always)
    func value(in map: UnsafePointer<ValueMap>) throws(EvalError) -> Value {
        guard let value = member.withValue(inMapAt: map, { $0?.pointee }) else { throw EvalError(Msg.noSuchKey(name), kind: .noSuchKey) }
        return value
    }
}

/// A type name (`string`, `date`…): the item's field of that name when it has one (a record's
/// `date` or `type` field), else the type value, so `type(x) == string` works.
final class TypeNameNode: Node {
    let name: String
    let type: ExprType
    init(name: String, type: ExprType) {
        self.name = name
        self.type = type
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        if let field = a.item.mapView?.value(field: name) { return field }
        return .type(type)
    }
}

/// `operand.name`: a map member.
final class SelectNode: Node {
    let operand: any Node
    let name: String
    /// The member's lookup with a cached position: the operand is usually a row of one
    /// collection (`procedure[code].days`), whose rows share their key order.
    private let member: FieldNode
    /// The operand when it indexes a lookup (`procedure[code]`), whose record is read in place.
    private let lookupIndex: IndexNode?
    init(_ operand: any Node, _ name: String) {
        self.operand = operand
        self.name = name
        member = FieldNode(name: name)
        lookupIndex = operand as? IndexNode
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        let container = try operand.eval(a)
        if case .data(let value) = container, case .map(let map) = value.kind {
            return .data(try withUnsafePointer(to: map) { (map) throws(EvalError) in try member.value(in: map) })
        }
        return try SelectNode.select(name, from: container)
    }

    func evalContent(_ a: Activation) throws(EvalError) -> ExprValue {
        // Anything not answered in place (no lookup, no such record or member) is evaluated
        // in full, which gives the value or the error.
        if let lookupIndex,
           let content = try lookupIndex.withLookupRecord(a, { Value.mapPointer(at: $0).flatMap(member.content(in:)) }) ?? nil {
            return content
        }
        return try eval(a).resolved
    }

    static func select(_ name: String, from value: ExprValue) throws(EvalError) -> ExprValue {
        guard let map = value.mapView else { throw EvalError(Msg.noField(name, on: value.type), kind: .noOverload) }
        guard let v = map.value(field: name) else { throw EvalError(Msg.noSuchKey(name), kind: .noSuchKey) }
        return v
    }
}

/// `has(operand.name)`, or `has(name)` for a field of the item: whether the member is present.
final class HasNode: Node {
    let operand: (any Node)?
    let name: String
    /// The member, looked up in place when the container is the item (`has(x)`, `has(item.x)`).
    private let itemMember: MemberName?
    init(_ operand: (any Node)?, _ name: String) {
        self.operand = operand
        self.name = name
        itemMember = operand == nil || operand is ItemNode ? MemberName(name) : nil
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        if let itemMember, let map = a.itemMap { return .bool(itemMember.withValue(inMapAt: map) { $0 != nil }) }
        let container = try operand?.eval(a) ?? a.item
        guard let map = container.mapView else { throw EvalError(Msg.noField(name, on: container.type), kind: .noOverload) }
        return .bool(map.value(field: name) != nil)
    }
}

/// `operand[index]`: a list element or a map (or lookup) value.
final class IndexNode: Node {
    let operand: any Node
    let index: any Node
    init(_ operand: any Node, _ index: any Node) {
        self.operand = operand
        self.index = index
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        let container = try operand.eval(a)
        // A lookup by a record's field (`procedure[code]`) is the common case in rules.
        if case .lookup(let table) = container {
            guard let record = table[try index.evalContent(a)] else { throw try missingKey(a) }
            return .data(record)
        }
        let key = try index.eval(a)
        if let list = container.listView {
            let i: Int
            switch key.resolved {
            case .int(let n): i = n
            case .double(let d) where d == d.rounded() && abs(d) < 9e18: i = Int(d)
            default: throw EvalError(Msg.noOverload("[]", [container.type, key.type]), kind: .noOverload)
            }
            guard i >= 0, i < list.count else { throw EvalError(Msg.indexOutOfRange(i, count: list.count)) }
            return list[i]
        }
        if let map = container.mapView {
            guard let v = map.value(for: key) else { throw EvalError(Msg.noSuchKey(key.messageText(dateFormat: .iso)), kind: .noSuchKey) }
            return v
        }
        throw EvalError(Msg.noOverload("[]", [container.type, key.type]), kind: .noOverload)
    }

    /// Calls `body` with the record a lookup holds under the key, in place; `nil` when the
    /// container is not a lookup or has no such record (`eval` then gives the value or error).
    func withLookupRecord<Result>(_ a: Activation, _ body: (UnsafePointer<Value>) -> Result) throws(EvalError) -> Result? {
        guard case .lookup(let table) = try operand.eval(a) else { return nil }
        return table.withRecord(try index.evalContent(a)) { $0.map(body) }
    }

    /// A lookup's error for a key it lacks, naming the key as written.
    private func missingKey(_ a: Activation) throws(EvalError) -> EvalError {
        EvalError(Msg.noSuchKey(try index.eval(a).messageText(dateFormat: .iso)), kind: .noSuchKey)
    }
}

/// `[a, b, …]`.
final class ListNode: Node {
    let elements: [any Node]
    init(_ elements: [any Node]) { self.elements = elements }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        var out: [ExprValue] = []
        out.reserveCapacity(elements.count)
        for e in elements { out.append(try e.eval(a)) }
        return .list(out)
    }
}

/// `{k: v, …}`.
final class MapNode: Node {
    let entries: [(key: any Node, value: any Node)]
    init(_ entries: [(key: any Node, value: any Node)]) { self.entries = entries }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        var map = ExprMap()
        for entry in entries {
            let key = try entry.key.eval(a)
            switch key.resolved {
            case .string, .int, .bool, .double: break
            default: throw EvalError(Msg.badMapKey(key.type))
            }
            guard map.insert(key, try entry.value.eval(a)) else { throw EvalError(Msg.duplicateMapKey(key.celLiteral())) }
        }
        return .map(map)
    }
}
