import Synchronization

/// A member name that is looked up in many maps, remembering where it was last found.
///
/// The records of one collection (the rows of a CSV file, the entries of a YAML list) usually
/// write their keys in the same order, so the remembered position finds the member with one
/// comparison instead of a scan. Safe to share between threads: the position is only a hint.
public final class MemberName: Sendable {
    /// The member's name.
    public let name: String
    private let position = Atomic<Int>(0)

    /// A lookup of the member named `name`.
    public init(_ name: String) { self.name = name }

    /// The member's value in `map`, or `nil` when the map has no such member.
    @inline(__always)
    public func value(in map: ValueMap) -> Value? {
        let hint = position.load(ordering: .relaxed)
        // Through the buffer, comparing the key copies neither the entry nor its value. (`Value`
        // is nil-literal expressible, hence the explicit `Optional.none`.)
        let hit: Value? = map.entries.withUnsafeBufferPointer { entries in
            hint < entries.count && entries[hint].key == name ? entries[hint].value : Optional<Value>.none
        }
        if let hit { return hit }
        guard let found = map.position(of: name) else { return nil }
        position.store(found, ordering: .relaxed)
        return map.entries[found].value
    }
}
