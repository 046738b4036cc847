import DataModel

/// An expression parsed, checked and resolved against a scope, ready to evaluate many times.
public struct CompiledExpression: Sendable {
    /// The text the expression was compiled from.
    public let source: String
    let root: any Node
    /// The member a bare field name reads (`due_at`), so a caller that only needs the field's
    /// node can read it from the item without building an expression value; `nil` for any
    /// other expression. Kept rather than found per read: a dynamic cast costs more than the read.
    public let field: MemberName?
    /// The one field the expression reads from the item, when it reads nothing else of it and is
    /// more than that field: its content is then remembered by the field's text (see
    /// `ExpressionMemo`).
    let memoField: MemberName?
    /// `memoField` unretained (the expression keeps it alive), read on every evaluation.
    private let memoFieldReference: Unmanaged<MemberName>?
    /// How many macro variables it binds (slots in the activation's local frame).
    let localCount: Int
    let variableCount: Int
    let letCount: Int

    init(source: String, root: any Node, reads: ItemReads, localCount: Int, variableCount: Int, letCount: Int) {
        self.source = source
        self.root = root
        self.localCount = localCount
        self.variableCount = variableCount
        self.letCount = letCount
        field = (root as? FieldNode)?.member
        memoField = field == nil && !(root is ConstantNode) ? reads.onlyField.map(MemberName.init) : nil
        memoFieldReference = memoField.map(Unmanaged.passUnretained)
    }

    /// The expression's value for the activation's item and variables, or why there is none.
    public func evaluate(_ activation: Activation) throws(EvalError) -> ExprValue {
        try withFrame(activation) { () throws(EvalError) in try root.eval(activation) }
    }

    /// `evaluate(_:).resolved`, for a caller that needs the content alone (a condition, a
    /// number): loaded scalars are read where they lie instead of being copied out as nodes.
    public func evaluateContent(_ activation: Activation) throws(EvalError) -> ExprValue {
        if let memoFieldReference, let map = activation.itemMap {
            let (memo, column) = activation.memo(for: ObjectIdentifier(root), field: memoFieldReference._withUnsafeGuaranteedRef { $0.name })
            // The memo goes into the reading closure unretained: capturing it would count a reference.
            let probe = memo._withUnsafeGuaranteedRef { $0.isEnabled }
                ? memoFieldReference._withUnsafeGuaranteedRef { field in
                    field.withValue(inMapAt: map) { node in memo._withUnsafeGuaranteedRef { $0.probe(node, column: column) } }
                }
                : ExpressionMemo.Probe.unkeyed
            switch probe {
            case .hit(let content): return content
            case .miss(let key):
                let content = try withFrame(activation) { () throws(EvalError) in try root.evalContent(activation) }
                memo._withUnsafeGuaranteedRef { $0.remember(content, for: key, column: column) }
                return content
            case .unkeyed: break
            }
        }
        return try withFrame(activation) { () throws(EvalError) in try root.evalContent(activation) }
    }

    /// Runs `body` with the expression's macro variables given slots in the activation.
    @inline(__always)
    private func withFrame(_ activation: Activation, _ body: () throws(EvalError) -> ExprValue) throws(EvalError) -> ExprValue {
        precondition(activation.variables.count >= variableCount && activation.letStates.count >= letCount,
                     "activation made for a different scope")
        if localCount == 0 { return try body() }
        let savedBase = activation.frameBase
        activation.frameBase = activation.locals.count
        activation.locals.append(contentsOf: repeatElement(ExprValue.null, count: localCount))
        defer {
            activation.locals.removeLast(localCount)
            activation.frameBase = savedBase
        }
        return try body()
    }


    /// `evaluate(_:)` as a `Result`.
    public func result(_ activation: Activation) -> ExprResult {
        do { return .success(try evaluate(activation)) } catch { return .failure(error) }
    }

    /// `evaluateContent(_:)` as a `Result`.
    public func contentResult(_ activation: Activation) -> ExprResult {
        do { return .success(try evaluateContent(activation)) } catch { return .failure(error) }
    }
}
