import Synchronization

/// A member name that is looked up in many maps, remembering where it was last found.
///
/// The records of one collection (the rows of a CSV file, the entries of a YAML list) usually
/// write their keys in the same order, so the remembered position finds the member with one
/// comparison instead of a scan. Safe to share between threads: the position is only a hint.
public final class MemberName: Sendable {
    /// The member's name.
    public let name: String
    @usableFromInline let position = Atomic<Int>(0)

    /// A lookup of the member named `name`.
    public init(_ name: String) { self.name = name }

    /// The member's value in `map`, or `nil` when the map has no such member.
    @inlinable
    public func value(in map: ValueMap) -> Value? {
        withValue(in: map) { $0?.pointee }
    }

    /// Calls `body` with the member's value in `map`, in place (neither copied nor retained), or
    /// with `nil` when the map has no such member; the pointer is valid only during the call.
    @inlinable
    public func withValue<Result>(in map: ValueMap, _ body: (UnsafePointer<Value>?) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(map) { try body(valuePointer(in: map)) }
    }

    /// Calls `body` with the member's value in the map at `map` (see `Value.mapPointer(at:)`),
    /// in place, or with `nil` when the map has no such member; the pointers are valid only while
    /// the map lives unchanged.
    @inlinable
    public func withValue<Result>(inMapAt map: UnsafePointer<ValueMap>, _ body: (UnsafePointer<Value>?) throws -> Result) rethrows -> Result {
        try body(valuePointer(in: map))
    }

    /// Where the member's value lies in the map at `map`, valid while the map lives unchanged:
    /// in its table's cells (inlined, the common case of a CSV row), or in its members' array.
    @inlinable @inline(__always)
    func valuePointer(in map: UnsafePointer<ValueMap>) -> UnsafePointer<Value>? {
        guard map.pointee.members == nil else { return memberValuePointer(inMapAt: map) }
        // Not retained: the map holds the row while the caller keeps the map, and counting a
        // reference to each row read would cost a memory write to a cold object.
        unowned(unsafe) let row = map.pointee.lookup.unsafelyUnwrapped
        let hint = position.load(ordering: .relaxed)
        if hint < row.width && row.key(column: hint).pointee == name { return row.cell(column: hint) }
        return lookUp(in: map.pointee).map { row.cell(column: $0) }
    }

    /// Where the member's value lies in `map`, valid while the map lives unchanged.
    @inlinable @inline(__always)
    func valuePointer(in map: ValueMap) -> UnsafePointer<Value>? {
        withUnsafePointer(to: map) { valuePointer(in: $0) }
    }

    /// `valuePointer(in:)` for a map holding its members.
    @usableFromInline
    func memberValuePointer(inMapAt map: UnsafePointer<ValueMap>) -> UnsafePointer<Value>? {
        guard map.pointee.members != nil else { return nil }
        // The array's storage lives as long as the map that holds it, which the caller keeps.
        let found: UnsafePointer<ValueMap.Entry>? = map.pointee.members.unsafelyUnwrapped.withUnsafeBufferPointer { members in
            let hint = position.load(ordering: .relaxed)
            if hint < members.count && members[hint].key == name { return members.baseAddress! + hint }
            return lookUp(in: map.pointee).map { members.baseAddress! + $0 }
        }
        guard let found else { return nil }
        return (UnsafeRawPointer(found) + MemoryLayout<ValueMap.Entry>.offset(of: \ValueMap.Entry.value)!).assumingMemoryBound(to: Value.self)
    }

    /// The member's position in `map` found by search, remembered for the next map.
    @usableFromInline
    func lookUp(in map: ValueMap) -> Int? {
        guard let found = map.position(of: name) else { return nil }
        position.store(found, ordering: .relaxed)
        return found
    }
}
