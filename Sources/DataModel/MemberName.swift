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
        let hint = position.load(ordering: .relaxed)
        return try map.entries.withUnsafeBufferPointer { entries in
            var found = hint
            if hint >= entries.count || entries[hint].key != name {
                guard let position = map.position(of: name) else { return try body(nil) }
                self.position.store(position, ordering: .relaxed)
                found = position
            }
            let entry = UnsafeRawPointer(entries.baseAddress! + found)
            return try body((entry + MemoryLayout<ValueMap.Entry>.offset(of: \ValueMap.Entry.value)!).assumingMemoryBound(to: Value.self))
        }
    }
}
