import DataModel

/// The state of one evaluation: the current item, the variables' values, the lets computed for
/// this item, and the frame of macro variables. Re-bind it to the next item instead of making
/// a new one, so millions of evaluations allocate nothing for the environment.
///
/// Not thread-safe: use one activation per thread.
public final class Activation {
    /// The scope the activation was made for.
    public let scope: ExpressionScope
    // Exclusivity is checked statically here: the evaluator never holds two accesses at once,
    // and the dynamic check costs more than the field lookup it guards.

    /// The current item.
    public var item: ExprValue { itemNode.map { .data($0.pointee) } ?? storedItem }
    /// The current item when it was bound by value; ignored while `itemNode` is set.
    @exclusivity(unchecked) private var storedItem: ExprValue
    /// The current item's node when it was bound in place (`rebind(itemAt:)`).
    @exclusivity(unchecked) private var itemNode: UnsafePointer<Value>?
    /// The current item's members, when it is a data map (the common case, read by bare names):
    /// in place for an item bound in place, else in `boundMap`. Reading members through it
    /// copies no map, which would count a reference on every read.
    @exclusivity(unchecked) private(set) var itemMap: UnsafePointer<ValueMap>?
    /// `itemMap` for other modules. A getter of this module, so the read keeps the unchecked
    /// exclusivity above: another module reading the stored property directly is checked at run
    /// time, which costs more than the read.
    public var itemMembers: UnsafePointer<ValueMap>? { itemMap }
    /// The members of an item bound by value, where `itemMap` points while it is.
    private let boundMap = UnsafeMutablePointer<ValueMap>.allocate(capacity: 1)
    /// The variables' values, in the scope's declaration order.
    @exclusivity(unchecked) public private(set) var variables: [ExprValue]

    enum LetState {
        case pending
        case value(ExprValue)
        case failed(EvalError)
    }

    @exclusivity(unchecked) var letStates: [LetState]
    @exclusivity(unchecked) var locals: [ExprValue] = []
    @exclusivity(unchecked) var frameBase = 0
    /// The memos of the expressions that read one field, while the variables stay the same.
    @exclusivity(unchecked) private var memos: [ExpressionMemo] = []
    /// By expression (its root), its memo, unretained, and its column there. The activation
    /// keeps the memos alive until the variables change, which no evaluation does.
    @exclusivity(unchecked) private var memoColumns: [(owner: ObjectIdentifier, memo: Unmanaged<ExpressionMemo>, column: Int)] = []

    /// An activation of `scope` for `item`, with `variables` in the scope's order.
    public init(scope: ExpressionScope, item: Value, variables: [ExprValue]) {
        precondition(variables.count == scope.variables.count,
                     "expected \(scope.variables.count) variables (\(scope.variables)), got \(variables.count)")
        self.scope = scope
        storedItem = .data(item)
        self.variables = variables
        letStates = Array(repeating: .pending, count: scope.lets.count)
        boundMap.initialize(to: ValueMap())
        itemMap = bindMembers(of: item)
    }

    deinit {
        boundMap.deinitialize(count: 1)
        boundMap.deallocate()
    }

    /// Makes `item` the current item; lets are computed afresh for it.
    public func rebind(item: Value) {
        itemNode = nil
        storedItem = .data(item)
        itemMap = bindMembers(of: item)
        resetLets()
    }

    /// Keeps the members of an item bound by value in `boundMap`, and points there.
    private func bindMembers(of item: Value) -> UnsafePointer<ValueMap>? {
        guard case .map(let map) = item.kind else { return nil }
        boundMap.pointee = map
        return UnsafePointer(boundMap)
    }

    /// Makes the node at `node` the current item, read where it lies: binding millions of items
    /// then copies none of them. The node must stay in place, unchanged, until the activation is
    /// bound to another item.
    public func rebind(itemAt node: UnsafePointer<Value>) {
        // An item bound in place before left `storedItem` null: moving from node to node, as
        // checks do for every item, then writes two pointers.
        if itemNode == nil { storedItem = .null }
        itemNode = node
        itemMap = Value.mapPointer(at: node)
        if !letStates.isEmpty { resetLets() }
    }

    /// Makes a computed value the current item (an example, a synthesized record).
    public func rebind(computedItem: ExprValue) {
        itemNode = nil
        storedItem = computedItem
        itemMap = nil
        resetLets()
    }

    /// Sets the variable in `slot` (see `ExpressionScope.slot(of:)`); lets are computed afresh.
    public func setVariable(_ slot: Int, _ value: ExprValue) {
        variables[slot] = value
        resetLets()
        if !memos.isEmpty {
            memoColumns.removeAll()
            memos.removeAll()
        }
    }

    /// The memo of the expression whose root is `owner` and reads the field named `field`, and
    /// its column there, made on first use: expressions reading the same field share a memo.
    /// A rule has a few expressions, so a scan finds them sooner than hashing would.
    @inline(__always)
    func memo(for owner: ObjectIdentifier, field: @autoclosure () -> String) -> (memo: Unmanaged<ExpressionMemo>, column: Int) {
        for entry in memoColumns where entry.owner == owner { return (entry.memo, entry.column) }
        return addMemoColumn(for: owner, field: field())
    }

    private func addMemoColumn(for owner: ObjectIdentifier, field: String) -> (memo: Unmanaged<ExpressionMemo>, column: Int) {
        let memo: ExpressionMemo
        if let shared = memos.first(where: { $0.field == field && $0.hasFreeColumn }) {
            memo = shared
        } else {
            memo = ExpressionMemo(field: field)
            memos.append(memo)
        }
        let entry = (owner: owner, memo: Unmanaged.passUnretained(memo), column: memo.addColumn())
        memoColumns.append(entry)
        return (entry.memo, entry.column)
    }

    /// Sets the variable `name`; returns `false` when the scope has no such variable.
    @discardableResult
    public func setVariable(_ name: String, _ value: ExprValue) -> Bool {
        guard let slot = scope.slot(of: name) else { return false }
        setVariable(slot, value)
        return true
    }

    private func resetLets() {
        if letStates.isEmpty { return }
        for i in letStates.indices {
            if case .pending = letStates[i] { continue }
            letStates[i] = .pending
        }
    }

    /// The value of let `slot`, computed on first use.
    func letValue(_ slot: Int) throws(EvalError) -> ExprValue {
        switch letStates[slot] {
        case .value(let v): return v
        case .failed(let e): throw e
        case .pending:
            do {
                let v = try scope.lets[slot].expression.evaluate(self)
                letStates[slot] = .value(v)
                return v
            } catch {
                letStates[slot] = .failed(error)
                throw error
            }
        }
    }
}
