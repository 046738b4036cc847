import DataModel

/// A compiled argument of a call: its node, its type and value when known at compile time.
struct Argument {
    let node: any Node
    let type: ExprType?
    let constant: ExprValue?
    let column: Int
}

/// What a function's builder may use: the scope's calendar and date formats, and where the call is.
struct FunctionContext {
    let name: String
    let column: Int
    let calendar: WorkdayCalendar
    let dateFormats: [DateFormat]
}

/// A library function: how many arguments it takes (a receiver counts as the first), which
/// types each position accepts, the type it returns, and how it builds its node.
struct FunctionSpec: Sendable {
    typealias Unary = @Sendable (ExprValue) throws(EvalError) -> ExprValue
    typealias Binary = @Sendable (ExprValue, ExprValue) throws(EvalError) -> ExprValue
    typealias Variadic = @Sendable ([ExprValue]) throws(EvalError) -> ExprValue
    typealias Builder = @Sendable (FunctionContext, [Argument]) throws(ExpressionError) -> any Node

    let arity: ClosedRange<Int>
    /// Accepted types per position (`nil`: any); the last entry covers further arguments.
    let params: [Set<ExprType>?]
    let result: ExprType?
    let build: Builder

    init(arity: ClosedRange<Int>, params: [Set<ExprType>?], result: ExprType?, build: @escaping Builder) {
        self.arity = arity
        self.params = params
        self.result = result
        self.build = build
    }

    /// A one-argument function.
    static func unary(_ param: Set<ExprType>?, _ result: ExprType?, _ f: @escaping Unary) -> FunctionSpec {
        FunctionSpec(arity: 1...1, params: [param], result: result) { _, args in UnaryCallNode(f, args[0].node) }
    }

    /// A two-argument function.
    static func binary(_ p0: Set<ExprType>?, _ p1: Set<ExprType>?, _ result: ExprType?, _ f: @escaping Binary) -> FunctionSpec {
        FunctionSpec(arity: 2...2, params: [p0, p1], result: result) { _, args in BinaryCallNode(f, args[0].node, args[1].node) }
    }

    /// A function taking `arity` arguments as one list.
    static func variadic(_ arity: ClosedRange<Int>, _ params: [Set<ExprType>?], _ result: ExprType?, _ f: @escaping Variadic) -> FunctionSpec {
        FunctionSpec(arity: arity, params: params, result: result) { _, args in VariadicCallNode(f, args.map(\.node)) }
    }
}

/// A call of a one-argument function.
final class UnaryCallNode: Node {
    let f: FunctionSpec.Unary
    let argument: any Node
    init(_ f: @escaping FunctionSpec.Unary, _ argument: any Node) {
        self.f = f
        self.argument = argument
    }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { try f(try argument.eval(a)) }
}

/// A call of a two-argument function.
///
/// The two-argument functions read their arguments' content alone (through `Args`, whose
/// messages name types), so the arguments are evaluated for content: a field is read where it
/// lies instead of being copied out as a node.
final class BinaryCallNode: Node {
    let f: FunctionSpec.Binary
    let first: any Node
    let second: any Node
    init(_ f: @escaping FunctionSpec.Binary, _ first: any Node, _ second: any Node) {
        self.f = f
        self.first = first
        self.second = second
    }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue { try f(try first.evalContent(a), try second.evalContent(a)) }
}

/// A call of a function taking its arguments as a list.
final class VariadicCallNode: Node {
    let f: FunctionSpec.Variadic
    let arguments: [any Node]
    init(_ f: @escaping FunctionSpec.Variadic, _ arguments: [any Node]) {
        self.f = f
        self.arguments = arguments
    }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        var values: [ExprValue] = []
        values.reserveCapacity(arguments.count)
        for node in arguments { values.append(try node.eval(a)) }
        return try f(values)
    }
}

/// `given(x)`: present, not null, not an empty string or list; a missing key is absence.
final class GivenNode: Node {
    let argument: any Node
    /// The member when the argument is a bare field, read in place rather than copied, and
    /// unretained (the argument keeps it alive), since it is read for every item.
    private let field: Unmanaged<MemberName>?
    init(_ argument: any Node) {
        self.argument = argument
        field = ((argument as? FieldNode)?.member).map(Unmanaged.passUnretained)
    }
    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        if let field, let map = a.itemMap {
            return .bool(field._withUnsafeGuaranteedRef { field in
                field.withValue(inMapAt: map) { node in node.map { !$0.pointee.isBlank } ?? false }
            })
        }
        let v: ExprValue
        do { v = try argument.eval(a) } catch {
            if error.kind == .noSuchKey { return .bool(false) }
            throw error
        }
        switch v.resolved {
        case .null: return .bool(false)
        case .string(let s): return .bool(!s.isEmpty)
        case let other: return .bool(other.listView.map { $0.count > 0 } ?? true)
        }
    }
}

/// Typed access to arguments, with CEL's "no such overload" error when the type does not fit.
/// The argument list for the message is an autoclosure so a successful call allocates nothing.
enum Args {
    static func string(_ v: ExprValue, _ fn: String, _ all: @autoclosure () -> [ExprValue]) throws(EvalError) -> String {
        if case .string(let s) = v { return s }
        if case .data(let node) = v, case .string(let s) = node.kind { return s }
        throw overload(fn, all())
    }

    static func int(_ v: ExprValue, _ fn: String, _ all: @autoclosure () -> [ExprValue]) throws(EvalError) -> Int {
        switch v.resolved {
        case .int(let i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 9e18: return Int(d)
        default: throw overload(fn, all())
        }
    }

    static func date(_ v: ExprValue, _ fn: String, _ all: @autoclosure () -> [ExprValue]) throws(EvalError) -> CivilDate {
        switch v.resolved {
        case .date(let d): return d
        case .dateTime(let d): return d.date
        case .string(let s): throw EvalError(Msg.stringNotDate(s, fn), kind: .noOverload)
        default: throw overload(fn, all())
        }
    }

    static func overload(_ fn: String, _ all: [ExprValue]) -> EvalError {
        EvalError(Msg.noOverload(fn, all.map(\.type)), kind: .noOverload)
    }
}
