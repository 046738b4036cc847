/// The members of a map node, in the order they were written, each with its key's location.
///
/// Lookup is a linear scan for small maps and a hash index for large ones, built when the map
/// grows past `indexThreshold`.
public struct ValueMap: Sendable {
    /// One member: its key, where the key was written, and its value.
    public struct Entry: Sendable {
        /// The member's name.
        public var key: String
        /// Where the key was written.
        public var keyLocation: SourceLocation
        /// The member's value.
        public var value: Value

        /// A member named `key`, written at `keyLocation`, holding `value`.
        public init(key: String, keyLocation: SourceLocation = .unknown, value: Value) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The members in written order.
    public private(set) var entries: [Entry] = []
    private var index: [String: Int]?

    private static let indexThreshold = 16

    /// An empty map.
    public init() {}

    /// A map of `entries`; when a key repeats, the first occurrence is kept.
    public init(_ entries: [Entry]) {
        self.entries.reserveCapacity(entries.count)
        for entry in entries { insert(entry) }
    }

    /// A map of `entries` whose keys are known to be distinct, sharing `index` with every other map
    /// built from the same keys (CSV rows), so a wide table builds its key index once, not per row.
    init(distinctEntries entries: [Entry], sharedIndex index: [String: Int]?) {
        self.entries = entries
        self.index = index
    }

    /// The key index that maps of exactly `keys` (in this order) share; `nil` when they are
    /// small enough to be scanned.
    static func sharedIndex(forKeys keys: [String]) -> [String: Int]? {
        guard keys.count > indexThreshold else { return nil }
        var built = [String: Int](minimumCapacity: keys.count * 2)
        for (i, key) in keys.enumerated() { built[key] = i }
        return built
    }

    /// Reserves room for `count` members, so a map whose size is foreseen grows once.
    mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    /// The number of members.
    public var count: Int { entries.count }

    /// Whether the map has no member.
    public var isEmpty: Bool { entries.isEmpty }

    /// The keys in written order.
    public var keys: [String] { entries.map(\.key) }

    /// The position of the member named `key`.
    public func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// The value of the member named `key`.
    public subscript(key: String) -> Value? {
        position(of: key).map { entries[$0].value }
    }

    /// The member named `key`, with its key location.
    public func entry(_ key: String) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    /// Adds `entry` unless its key is already present; returns the existing member's position
    /// when it is (the caller reports the duplicate), `nil` when the entry was added.
    @discardableResult
    public mutating func insert(_ entry: Entry) -> Int? {
        if let existing = position(of: entry.key) { return existing }
        entries.append(entry)
        if index != nil {
            index![entry.key] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            var built = [String: Int](minimumCapacity: entries.count * 2)
            for (i, e) in entries.enumerated() { built[e.key] = i }
            index = built
        }
        return nil
    }

    /// Sets the value of `key`, replacing an existing member's value in place or appending.
    public mutating func set(_ key: String, _ value: Value, keyLocation: SourceLocation = .unknown) {
        if let existing = position(of: key) {
            entries[existing].value = value
        } else {
            insert(Entry(key: key, keyLocation: keyLocation, value: value))
        }
    }
}

extension Value {
    /// A map node built from `pairs` in order, with no locations (for tests, examples, and code).
    public static func map(_ pairs: KeyValuePairs<String, Value>, at location: SourceLocation = .unknown) -> Value {
        Value(.map(ValueMap(pairs.map { ValueMap.Entry(key: $0.key, value: $0.value) })), at: location)
    }

    /// A list node of `elements` (for tests, examples, and code).
    public static func list(_ elements: [Value], at location: SourceLocation = .unknown) -> Value {
        Value(.list(elements), at: location)
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self.init(.string(value)) }
    public init(integerLiteral value: Int) { self.init(.int(value)) }
    public init(floatLiteral value: Double) { self.init(.double(value)) }
    public init(booleanLiteral value: Bool) { self.init(.bool(value)) }
    public init(nilLiteral: ()) { self.init(.null) }
    public init(arrayLiteral elements: Value...) { self.init(.list(elements)) }
}
