import DataModel

/// A named index from key to record, built once per run by the caller: `procedure[code]`,
/// `code in procedure`, and macros over its keys.
///
/// Keys compare as values (the string "1.001780" is not the number 1.00178; int 1 and double
/// 1.0 are the same key); the first record inserted under a key wins. The table is one
/// reference (copied on write), so handing it to millions of evaluations costs one reference
/// count each; ASCII string keys, the usual codes, are found through a cheaper index.
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

    private final class Storage: @unchecked Sendable {
        // Mutated only while uniquely referenced (see `insert`), so sharing it is safe; the
        // dynamic exclusivity check would cost more than the lookups it guards.
        @exclusivity(unchecked) var entries: [(key: ExprValue, record: Value)] = []
        @exclusivity(unchecked) var index: [MapKey: Int] = [:]
        /// The ASCII string keys again, by entry position.
        @exclusivity(unchecked) var asciiIndex = ASCIIKeyIndex()
        /// Whether a non-ASCII string key exists, which an ASCII key might equal canonically.
        @exclusivity(unchecked) var hasNonASCIIStringKeys = false
        /// The records again, by entry, so a lookup copies the record alone, not its key too.
        @exclusivity(unchecked) var records: [Value] = []

        func copy() -> Storage {
            let copy = Storage()
            copy.entries = entries
            copy.index = index
            copy.asciiIndex = asciiIndex
            copy.hasNonASCIIStringKeys = hasNonASCIIStringKeys
            copy.records = records
            return copy
        }

        func position(of key: ExprValue) -> Int? {
            if let text = key.stringValue, let hash = ASCIIKeyIndex.asciiHash(text) {
                if let position = asciiIndex.position(of: text, hash: hash) { return position }
                if !hasNonASCIIStringKeys { return nil }
            }
            return MapKey(key).flatMap { index[$0] }
        }
    }

    private var storage = Storage()

    /// An empty table.
    public init() {}

    /// The keys with their records, in insertion order.
    public var entries: [(key: ExprValue, record: Value)] { storage.entries }

    /// The number of keys.
    public var count: Int { storage.entries.count }

    /// Indexes `record` under `key` unless the key is already present or cannot be a key.
    @discardableResult
    public mutating func insert(key: ExprValue, record: Value) -> Insertion {
        guard let mapKey = MapKey(key) else { return .invalidKey }
        guard storage.index[mapKey] == nil else { return .duplicate }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        if case .string(let text) = mapKey {
            if ASCIIKeyIndex.asciiHash(text) != nil {
                storage.asciiIndex.insert(text, position: storage.entries.count)
            } else {
                storage.hasNonASCIIStringKeys = true
            }
        }
        storage.index[mapKey] = storage.entries.count
        storage.entries.append((key, record))
        storage.records.append(record)
        return .inserted
    }

    /// The record under `key`.
    public subscript(key: ExprValue) -> Value? {
        storage.position(of: key).map { storage.records[$0] }
    }

    /// Calls `body` with the record under `key`, in place (neither copied nor retained), or with
    /// `nil`; the pointer is valid only during the call.
    public func withRecord<Result>(_ key: ExprValue, _ body: (UnsafePointer<Value>?) -> Result) -> Result {
        guard let position = storage.position(of: key) else { return body(nil) }
        return storage.records.withUnsafeBufferPointer { body($0.baseAddress! + position) }
    }

    /// Reads ahead where the index would find a short ASCII string key held by the node at
    /// `node` (see `ReadAhead`).
    public func readAhead(keyAt node: UnsafePointer<Value>) {
        storage.asciiIndex.readAhead(keyAt: node)
    }

    /// Whether a record is indexed under `key`.
    public func contains(_ key: ExprValue) -> Bool {
        storage.position(of: key) != nil
    }
}
