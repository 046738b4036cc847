/// The members of a map node, in the order they were written, each with its key's location.
///
/// A map either holds its members, found by a linear scan while few and through a key index
/// once it grows past `indexThreshold`, or is a row of a `RecordTable` (a CSV row), whose
/// keys the table holds once for all its rows. Changing a row's members first gives it members
/// of its own.
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

    // Two optional references and no enum: copying a map, which every copy of a `Value` holding
    // one does, costs one reference count (the other reference is nil) and no case analysis.
    /// The members the map holds; `nil` for a table row.
    @usableFromInline var members: [Entry]? = []
    /// The key index of a wide map, or the table row the map is.
    @usableFromInline var lookup: MemberLookup?

    private static let indexThreshold = RecordTable.indexThreshold

    /// An empty map.
    public init() {}

    /// A map of `entries`; when a key repeats, the first occurrence is kept.
    public init(_ entries: [Entry]) {
        members!.reserveCapacity(entries.count)
        for entry in entries { insert(entry) }
    }

    /// The map of row `row` of `table`.
    init(row: Int, of table: RecordTable) {
        members = nil
        lookup = MemberLookup(row: row, of: table)
    }

    /// Reserves room for `count` members, so a map whose size is foreseen grows once.
    mutating func reserveCapacity(_ count: Int) { members?.reserveCapacity(count) }

    /// The members in written order.
    @inlinable
    public var entries: Entries { Entries(map: self) }

    /// The number of members.
    @inlinable
    public var count: Int {
        guard let members else { return lookup.unsafelyUnwrapped.width }
        return members.count
    }

    /// Whether the map has no member.
    public var isEmpty: Bool { count == 0 }

    /// The keys in written order.
    public var keys: [String] { members?.map(\.key) ?? lookup?.table?.keys ?? [] }

    /// The position of the member named `key`.
    public func position(of key: String) -> Int? {
        if let lookup {
            if let table = lookup.table { return table.position(of: key) }
            return lookup.positions[key]
        }
        return members?.firstIndex { $0.key == key }
    }

    /// The value of the member at `position` (below `count`).
    @inlinable
    public func value(at position: Int) -> Value {
        guard let members else { return lookup.unsafelyUnwrapped.cell(column: position).pointee }
        return members[position].value
    }

    /// The name of the member at `position` (below `count`).
    @inlinable
    public func key(at position: Int) -> String {
        guard let members else { return lookup.unsafelyUnwrapped.key(column: position).pointee }
        return members[position].key
    }

    /// The value of the member named `key`.
    public subscript(key: String) -> Value? {
        position(of: key).map { value(at: $0) }
    }

    /// The member named `key`, with its key location.
    public func entry(_ key: String) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    /// Adds `entry` unless its key is already present; returns the existing member's position
    /// when it is (the caller reports the duplicate), `nil` when the entry was added.
    @discardableResult
    public mutating func insert(_ entry: consuming Entry) -> Int? {
        if let existing = position(of: entry.key) { return existing }
        ownMembers()
        // Moved into the members, not copied: a copy counts a reference to the key and the value.
        let key = entry.key
        members!.append(entry)
        let count = members!.count
        if let lookup {
            if !isKnownUniquelyReferenced(&self.lookup) { self.lookup = MemberLookup(positions: lookup.positions) }
            self.lookup!.positions[key] = count - 1
        } else if count > Self.indexThreshold {
            lookup = MemberLookup(positions: RecordTable.positions(of: members!.lazy.map(\.key)))
        }
        return nil
    }

    /// Sets the value of `key`, replacing an existing member's value in place or appending.
    public mutating func set(_ key: String, _ value: Value, keyLocation: SourceLocation = .unknown) {
        guard let existing = position(of: key) else {
            insert(Entry(key: key, keyLocation: keyLocation, value: value))
            return
        }
        ownMembers()
        members![existing].value = value
    }

    /// Turns a table row into a map holding its members (and their index, when wide), before
    /// they change.
    private mutating func ownMembers() {
        guard members == nil, let table = lookup?.table else { return }
        members = Array(entries)
        lookup = table.index.map(MemberLookup.init(positions:))
    }
}

/// How a map finds members beyond scanning its own: the key index of a wide map, or the table
/// and cells of a table row.
@usableFromInline
final class MemberLookup: @unchecked Sendable {
    // `positions` only changes while its map holds the sole reference (copy on write).
    /// The position of each key of a wide map.
    var positions: [String: Int]
    /// The table of a table row, which keeps its cells and keys alive.
    let table: RecordTable?
    // The fields below are the table's, read through plain pointers: a row is read far more
    // often than it is made, and reading through `table` costs reference counting each time.
    /// The row's first cell.
    @usableFromInline let rowCells: UnsafePointer<Value>?
    /// The table's keys.
    @usableFromInline let keyNames: UnsafePointer<String>?
    /// The number of cells in the row.
    @usableFromInline let width: Int

    init(positions: [String: Int]) {
        self.positions = positions
        table = nil
        rowCells = nil
        keyNames = nil
        width = 0
    }

    init(row: Int, of table: RecordTable) {
        positions = [:]
        self.table = table
        rowCells = table.cells(ofRow: row)
        keyNames = UnsafePointer(table.keyNames)
        width = table.width
    }

    /// The cell in `column` of a table row.
    @inlinable
    func cell(column: Int) -> UnsafePointer<Value> { rowCells.unsafelyUnwrapped + column }

    /// The key of `column` of a table row.
    @inlinable
    func key(column: Int) -> UnsafePointer<String> { keyNames.unsafelyUnwrapped + column }
}

extension ValueMap {
    /// The members of a map in written order, as a collection.
    public struct Entries: RandomAccessCollection, Sendable {
        @usableFromInline let map: ValueMap

        @inlinable init(map: ValueMap) { self.map = map }

        @inlinable public var startIndex: Int { 0 }
        @inlinable public var endIndex: Int { map.count }

        @inlinable
        public subscript(position: Int) -> Entry {
            if let members = map.members { return members[position] }
            let lookup = map.lookup.unsafelyUnwrapped
            let cell = lookup.cell(column: position)
            // A cell's key was written in the header; the cell itself is where this row gives the
            // key its value.
            return Entry(key: lookup.key(column: position).pointee, keyLocation: cell.pointee.location, value: cell.pointee)
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
