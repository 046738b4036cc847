/// An open-addressing table from hashes to positions that keeps no keys: whoever looks a hash up
/// says whether the key at a stored position is the one sought, reading it where it lies. A table
/// of a hundred thousand ids then takes 8 bytes a slot and no copy of the ids.
///
/// A slot holds the low half of a key's hash above its position plus one (0 marks an empty slot),
/// and a probe compares hashes in the slot itself: most probes meet other keys, and reading a
/// key, far from the slot in a large table, would cost a miss of the cache. The count of slots is
/// a power of two below 2³², so the low half of a hash places it as well as the whole would: the
/// table grows from its slots alone.
public struct HashedPositions: Sendable {
    private var slots: [UInt64]
    private var count = 0

    /// An empty table with room for `count` positions before it grows.
    public init(minimumCapacity count: Int = 8) {
        var slots = 16
        while slots < 2 * count { slots *= 2 }
        self.slots = Array(repeating: 0, count: slots)
    }

    /// The first position stored under `hash` that `isKey` accepts; `nil` when none does.
    @inline(__always)
    public func first(hash: Int, where isKey: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        let tag = UInt64(UInt32(truncatingIfNeeded: hash)) << 32
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let position = Int(entry & 0xFFFF_FFFF) - 1
                if isKey(position) { return position }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `position` (below 2³² - 1) under `hash`.
    public mutating func insert(hash: Int, position: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        place(UInt64(UInt32(truncatingIfNeeded: hash)) << 32 | UInt64(position + 1))
        count += 1
    }

    /// Brings the slot where the probe for `hash` starts into the cache, so that a lookup soon
    /// after finds it there. In a large table nearly every probe misses the cache; a caller
    /// reading ahead for several keys at once has their misses overlap instead of following one
    /// another (see `ReadAhead`).
    @inline(__always)
    public func readAhead(hash: Int) {
        // The slots are passed as a pointer for the call's duration, which borrows the array
        // where a closure over its buffer would count a reference to it.
        ReadAhead.fetch(slots, offset: (hash & (slots.count - 1)) * MemoryLayout<UInt64>.stride)
    }

    private mutating func place(_ entry: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for entry in old where entry != 0 { place(entry) }
    }
}
