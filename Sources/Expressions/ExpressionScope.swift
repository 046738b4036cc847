import DataModel

/// The compile-time environment of expressions: the names the caller provides per evaluation,
/// the `let` definitions, the working-day calendar and the date formats `date(s)` reads.
///
/// Names resolve to slots when an expression compiles, so evaluation needs no dictionary. A
/// bare name that is neither a macro variable, a let, a variable, `item` nor a type name is a
/// field of the item.
public struct ExpressionScope: Sendable {
    /// The names the caller provides per evaluation, in slot order (`root`, `doc`, `as_of`…).
    public let variables: [String]
    /// The calendar of the working-day functions.
    public let calendar: WorkdayCalendar
    /// The formats `date(s)` tries, in order, before ISO 8601.
    public let dateFormats: [DateFormat]

    let variableSlots: [String: Int]
    private(set) var lets: [LetDefinition] = []
    private(set) var letSlots: [String: Int] = [:]

    /// A scope providing `variables`; working-day functions use `calendar`, or weekends only
    /// (Saturday and Sunday) when it is `nil`.
    public init(variables: [String], calendar: WorkdayCalendar? = nil, dateFormats: [DateFormat] = [.iso]) {
        self.variables = variables
        self.calendar = calendar ?? .weekendsOnly
        self.dateFormats = dateFormats
        var slots: [String: Int] = [:]
        for (i, name) in variables.enumerated() where slots[name] == nil { slots[name] = i }
        variableSlots = slots
    }

    /// The slot of variable `name` in `Activation`'s variables.
    public func slot(of name: String) -> Int? { variableSlots[name] }

    /// The names of the lets defined so far, in order.
    public var letNames: [String] { lets.map(\.name) }

    /// Defines `name` as the expression `source`, evaluated lazily at most once per item; it may
    /// use earlier lets and shadows an item field of the same name (or an earlier let).
    public mutating func defineLet(_ name: String, _ source: String) throws(ExpressionError) {
        guard ExpressionScope.isIdentifier(name) else { throw ExpressionError(Msg.letNameInvalid(name), column: 1) }
        if variableSlots[name] != nil || name == "item" {
            throw ExpressionError(Msg.letHidesVariable(name), column: 1)
        }
        let compiled = try compile(source)
        letSlots[name] = lets.count
        lets.append(LetDefinition(name: name, expression: compiled))
    }

    /// Parses and checks `source` against this scope, ready to evaluate many times.
    public func compile(_ source: String) throws(ExpressionError) -> CompiledExpression {
        let syntax = try Parser.parse(source)
        var compiler = Compiler(scope: self)
        let root = try compiler.compile(syntax)
        return CompiledExpression(
            source: source, root: root.node, reads: compiler.reads, localCount: compiler.localCount,
            variableCount: variables.count, letCount: lets.count)
    }

    static func isIdentifier(_ name: String) -> Bool {
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" }
        guard let first = name.unicodeScalars.first, isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
    }
}

/// One `let`: its name and compiled expression.
struct LetDefinition: Sendable {
    let name: String
    let expression: CompiledExpression
}
