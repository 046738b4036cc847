import DataModel

/// Turns a `Syntax` tree into evaluation nodes: resolves names to slots, expands macros,
/// checks function names, arity and operand types known at compile time, and folds constants.
struct Compiler {
    struct Compiled {
        let node: any Node
        let type: ExprType?
        let constant: ExprValue?

        init(_ node: any Node, type: ExprType?) {
            self.node = node
            self.type = type
            constant = (node as? ConstantNode)?.value
        }

        init(constant: ExprValue) {
            self.init(ConstantNode(constant), type: constant.type)
        }
    }

    let scope: ExpressionScope
    /// Macro variables in scope, innermost last, with their local slots.
    private var locals: [(name: String, slot: Int)] = []
    /// Local slots the expression needs.
    private(set) var localCount = 0
    /// What of the item the expression reads.
    private(set) var reads = ItemReads()

    init(scope: ExpressionScope) { self.scope = scope }

    mutating func compile(_ syntax: Syntax) throws(ExpressionError) -> Compiled {
        switch syntax.kind {
        case .null: return Compiled(constant: .null)
        case .bool(let b): return Compiled(constant: .bool(b))
        case .int(let i): return Compiled(constant: .int(i))
        case .double(let d): return Compiled(constant: .double(d))
        case .string(let s): return Compiled(constant: .string(s))
        case .identifier(let name):
            let resolved = resolve(name)
            switch resolved.node {
            case is FieldNode: reads.field(name)
            case is LetNode, is ItemNode, is TypeNameNode: reads.wholeItem()
            default: break
            }
            return resolved
        case .select(let operand, let name):
            let base = try compile(operand)
            try require(base.type, in: [.map], "'.\(name)'", column: syntax.column)
            return Compiled(SelectNode(base.node, name), type: nil)
        case .index(let operand, let index):
            let base = try compile(operand), key = try compile(index)
            try require(base.type, in: [.list, .map], "'[]'", column: syntax.column)
            return Compiled(IndexNode(base.node, key.node), type: nil)
        case .list(let elements):
            let compiled = try elements.map { e throws(ExpressionError) in try compile(e) }
            if compiled.allSatisfy({ $0.constant != nil }) { return Compiled(constant: .list(compiled.map { $0.constant! })) }
            return Compiled(ListNode(compiled.map(\.node)), type: .list)
        case .map(let entries):
            return try compileMap(entries)
        case .unary(let op, let operand):
            let x = try compile(operand)
            if op == "!" {
                try require(x.type, in: [.bool], "'!'", column: syntax.column)
                return Compiled(NotNode(x.node), type: .bool)
            }
            try require(x.type, in: [.int, .double], "'-'", column: syntax.column)
            return Compiled(NegateNode(x.node), type: x.type)
        case .binary(let op, let left, let right):
            return try compileBinary(op, try compile(left), try compile(right), column: syntax.column)
        case .conditional(let condition, let then, let otherwise):
            let c = try compile(condition)
            try require(c.type, in: [.bool], "'?:' condition", column: syntax.column)
            let t = try compile(then), o = try compile(otherwise)
            return Compiled(ConditionalNode(c.node, t.node, o.node), type: t.type == o.type ? t.type : nil)
        case .call(let receiver, let name, let arguments):
            return try compileCall(receiver, name, arguments, column: syntax.column)
        }
    }

    private func resolve(_ name: String) -> Compiled {
        if let local = locals.last(where: { $0.name == name }) { return Compiled(LocalNode(index: local.slot), type: nil) }
        if let slot = scope.letSlots[name] { return Compiled(LetNode(slot: slot), type: nil) }
        if let slot = scope.variableSlots[name] { return Compiled(VariableNode(slot: slot), type: nil) }
        if name == "item" { return Compiled(ItemNode(), type: nil) }
        if let type = ExprType(rawValue: name) { return Compiled(TypeNameNode(name: name, type: type), type: nil) }
        return Compiled(FieldNode(name: name), type: nil)
    }

    /// Rejects an operand whose type is known and not among `allowed`.
    private func require(_ type: ExprType?, in allowed: Set<ExprType>, _ what: String, column: Int) throws(ExpressionError) {
        guard let type, !allowed.contains(type) else { return }
        throw ExpressionError(Msg.operandType(what, type), column: column)
    }

    private mutating func compileMap(_ entries: [(key: Syntax, value: Syntax)]) throws(ExpressionError) -> Compiled {
        var compiled: [(key: Compiled, value: Compiled)] = []
        for entry in entries {
            let key = try compile(entry.key)
            try require(key.type, in: [.string, .int, .bool], "a map key", column: entry.key.column)
            compiled.append((key, try compile(entry.value)))
        }
        if compiled.allSatisfy({ $0.key.constant != nil && $0.value.constant != nil }) {
            var map = ExprMap()
            for (i, entry) in compiled.enumerated() where !map.insert(entry.key.constant!, entry.value.constant!) {
                throw ExpressionError(Msg.duplicateMapKey(entry.key.constant!.celLiteral()), column: entries[i].key.column)
            }
            return Compiled(constant: .map(map))
        }
        return Compiled(MapNode(compiled.map { ($0.key.node, $0.value.node) }), type: .map)
    }

    private func compileBinary(_ op: String, _ l: Compiled, _ r: Compiled, column: Int) throws(ExpressionError) -> Compiled {
        switch op {
        case "&&", "||":
            try require(l.type, in: [.bool], "'\(op)'", column: column)
            try require(r.type, in: [.bool], "'\(op)'", column: column)
            return Compiled(LogicNode(op, l.node, r.node), type: .bool)
        case "==", "!=":
            if let field = l.node as? FieldNode, let constant = r.constant {
                return Compiled(FieldEqualityNode(field, constant, negated: op == "!="), type: .bool)
            }
            if let field = r.node as? FieldNode, let constant = l.constant {
                return Compiled(FieldEqualityNode(field, constant, negated: op == "!="), type: .bool)
            }
            return Compiled(EqualityNode(l.node, r.node, negated: op == "!="), type: .bool)
        case "in":
            try require(r.type, in: [.list, .map], "'in'", column: column)
            return Compiled(InNode(l.node, r.node), type: .bool)
        case "<", "<=", ">", ">=":
            if let a = l.type.flatMap(Compiler.sample), let b = r.type.flatMap(Compiler.sample) {
                do { _ = try ExprValue.order(a, b) } catch { throw ExpressionError(Msg.noOverload(op, [a.type, b.type]), column: column) }
            }
            return Compiled(RelationNode(RelationNode.Op(rawValue: op)!, l.node, r.node), type: .bool)
        default:
            let arithmetic = Arithmetic.Op(rawValue: op)!
            var type: ExprType?
            if let a = l.type.flatMap(Compiler.sample), let b = r.type.flatMap(Compiler.sample) {
                do { type = try Arithmetic.apply(arithmetic, a, b).type } catch {
                    if error.kind == .noOverload { throw ExpressionError(error.reason, column: column) }
                }
            }
            return Compiled(ArithmeticNode(arithmetic, l.node, r.node), type: type)
        }
    }

    /// A representative value of `type`, to ask the runtime whether an operator accepts it.
    private static func sample(_ type: ExprType) -> ExprValue? {
        switch type {
        case .int: return .int(1)
        case .double: return .double(1)
        case .string: return .string("")
        case .bool: return .bool(true)
        case .null: return .null
        case .date: return .date(CivilDate(dayNumber: 0))
        case .dateTime: return .dateTime(CivilDateTime(date: CivilDate(dayNumber: 0), hour: 0, minute: 0)!)
        case .list: return .list([])
        case .map: return .map(ExprMap())
        case .type: return .type(.int)
        }
    }

    private mutating func compileCall(_ receiver: Syntax?, _ name: String, _ arguments: [Syntax], column: Int) throws(ExpressionError) -> Compiled {
        if FunctionLibrary.macros.contains(name) {
            return try compileMacro(receiver, name, arguments, column: column)
        }
        guard let spec = FunctionLibrary.functions[name] else {
            throw ExpressionError(Msg.unknownFunction(name), column: column, hint: Suggestion.hint(for: name, in: FunctionLibrary.allNames))
        }
        var syntaxArgs = arguments
        if let receiver { syntaxArgs.insert(receiver, at: 0) }
        guard spec.arity.contains(syntaxArgs.count) else {
            throw ExpressionError(Msg.wrongArity(name, spec.arity, got: syntaxArgs.count, receiver: receiver != nil), column: column)
        }
        var args: [Argument] = []
        for (i, syntax) in syntaxArgs.enumerated() {
            let c = try compile(syntax)
            if let type = c.type, let allowed = spec.params[min(i, spec.params.count - 1)], !allowed.contains(type) {
                throw ExpressionError(Msg.argumentType(name, position: i + 1, type, allowed: allowed), column: syntax.column)
            }
            args.append(Argument(node: c.node, type: c.type, constant: c.constant, column: syntax.column))
        }
        let context = FunctionContext(name: name, column: column, calendar: scope.calendar, dateFormats: scope.dateFormats)
        let node = try spec.build(context, args)
        return Compiled(node, type: spec.result)
    }

    private mutating func compileMacro(_ receiver: Syntax?, _ name: String, _ arguments: [Syntax], column: Int) throws(ExpressionError) -> Compiled {
        switch name {
        case "has":
            guard receiver == nil, arguments.count == 1 else { throw ExpressionError(Msg.hasForm, column: column) }
            switch arguments[0].kind {
            case .select(let operand, let field):
                let base = try compile(operand)
                try require(base.type, in: [.map], "has()", column: arguments[0].column)
                return Compiled(HasNode(base.node, field), type: .bool)
            case .identifier(let field) where resolve(field).node is FieldNode || resolve(field).node is TypeNameNode:
                reads.field(field)
                return Compiled(HasNode(nil, field), type: .bool)
            default:
                throw ExpressionError(Msg.hasForm, column: arguments[0].column)
            }
        case "given":
            guard arguments.count + (receiver == nil ? 0 : 1) == 1 else {
                throw ExpressionError(Msg.wrongArity(name, 1...1, got: arguments.count + (receiver == nil ? 0 : 1), receiver: receiver != nil), column: column)
            }
            return Compiled(GivenNode(try compile(receiver ?? arguments[0]).node), type: .bool)
        default:
            let kind = MacroNode.Kind(rawValue: name)!
            let arities = kind == .map ? [2, 3] : [2]
            guard let receiver, arities.contains(arguments.count), case .identifier(let variable) = arguments[0].kind else {
                throw ExpressionError(Msg.macroForm(name), column: column)
            }
            let range = try compile(receiver)
            try require(range.type, in: [.list, .map], "\(name)()", column: column)
            let slot = locals.count
            locals.append((variable, slot))
            localCount = max(localCount, locals.count)
            defer { locals.removeLast() }
            let body = try arguments.dropFirst().map { a throws(ExpressionError) in try compile(a) }
            switch kind {
            case .map where body.count == 2:
                try require(body[0].type, in: [.bool], "the filter of map()", column: arguments[1].column)
                return Compiled(MacroNode(.map, range: range.node, variable: slot, predicate: body[0].node, transform: body[1].node), type: .list)
            case .map:
                return Compiled(MacroNode(.map, range: range.node, variable: slot, predicate: nil, transform: body[0].node), type: .list)
            default:
                try require(body[0].type, in: [.bool], "the predicate of \(name)()", column: arguments[1].column)
                return Compiled(MacroNode(kind, range: range.node, variable: slot, predicate: body[0].node, transform: nil),
                                type: kind == .filter ? .list : .bool)
            }
        }
    }
}

/// What of the item an expression reads: fields by their bare names, or the item as a whole
/// (`item`, a let, a type name that a field of that name hides).
struct ItemReads {
    private var fields: Set<String> = []
    private var readsWholeItem = false

    mutating func field(_ name: String) { fields.insert(name) }
    mutating func wholeItem() { readsWholeItem = true }

    /// The one field read, when nothing else of the item is.
    var onlyField: String? { !readsWholeItem && fields.count == 1 ? fields.first : nil }
}
