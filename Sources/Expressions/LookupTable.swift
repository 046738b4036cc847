import DataModel

/// A named index from key to record, built once per run by the caller: `procedure[code]`,
/// `code in procedure`, and macros over its keys.
///
/// Keys compare as values (the string "1.001780" is not the number 1.00178; int 1 and double
/// 1.0 are the same key); the first record inserted under a key wins.
public struct LookupTable: Sendable {
    /// What happened to an inserted record.
    public enum Insertion: Sendable, Equatable {
        /// The record is now indexed under its key.
        case inserted
        /// The key was already present; the earlier record stays.
        case duplicate
        /// The key cannot be a key (null, a list, a map, NaN); nothing was indexed.
        case invalidKey
    }

    /// The keys with their records, in insertion order.
    public private(set) var entries: [(key: ExprValue, record: Value)] = []
    private var index: [MapKey: Int] = [:]
    /// The records again, by entry, so a lookup copies the record alone, not its key too.
    private var records: [Value] = []

    /// An empty table.
    public init() {}

    /// The number of keys.
    public var count: Int { entries.count }

    /// Indexes `record` under `key` unless the key is already present or cannot be a key.
    @discardableResult
    public mutating func insert(key: ExprValue, record: Value) -> Insertion {
        guard let mapKey = MapKey(key) else { return .invalidKey }
        guard index[mapKey] == nil else { return .duplicate }
        index[mapKey] = entries.count
        entries.append((key, record))
        records.append(record)
        return .inserted
    }

    /// The record under `key`.
    public subscript(key: ExprValue) -> Value? {
        guard let mapKey = MapKey(key), let i = index[mapKey] else { return nil }
        return records[i]
    }
}
