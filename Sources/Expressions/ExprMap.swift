/// A map computed by an expression: a map literal or `capture()`'s groups, in insertion order.
public struct ExprMap: Sendable {
    /// The entries in insertion order.
    public private(set) var entries: [(key: ExprValue, value: ExprValue)] = []
    private var index: [MapKey: Int] = [:]

    /// An empty map.
    public init() {}

    /// The number of entries.
    public var count: Int { entries.count }

    /// Adds `value` under `key`; returns `false` (and changes nothing) when the key is already
    /// present or cannot be a key.
    @discardableResult
    public mutating func insert(_ key: ExprValue, _ value: ExprValue) -> Bool {
        guard let mapKey = MapKey(key), index[mapKey] == nil else { return false }
        index[mapKey] = entries.count
        entries.append((key, value))
        return true
    }

    /// The value under `key`.
    public subscript(key: ExprValue) -> ExprValue? {
        guard let mapKey = MapKey(key), let i = index[mapKey] else { return nil }
        return entries[i].value
    }
}
