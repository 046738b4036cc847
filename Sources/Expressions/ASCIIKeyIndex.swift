/// An open-addressing index from ASCII string keys to positions, hashed with FNV-1a over the
/// bytes: looking up short codes (`1.136193`) this way costs a fraction of `Dictionary`'s
/// seeded SipHash, and lookups by code are what rules do most. ASCII strings are equal exactly
/// when their bytes are, so the index needs no Unicode-aware comparison.
public struct ASCIIKeyIndex: Sendable {
    /// Indices into `keys` by slot; -1 marks an empty slot. The count of slots is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var keys: [(text: String, position: Int)] = []

    /// An empty index.
    public init() {}

    /// An empty index with room for `count` keys before it grows.
    public init(minimumCapacity count: Int) {
        var slots = 16
        while slots < 2 * count { slots *= 2 }
        self.slots = Array(repeating: -1, count: slots)
        keys.reserveCapacity(count)
    }

    /// The position stored under the ASCII `key` whose `asciiHash` is `hash`.
    public func position(of key: String, hash: Int) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index].text == key { return keys[index].position }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `position` under `key`; `key` must be ASCII and not yet present.
    public mutating func insert(_ key: String, position: Int) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append((key, position))
        place(keys.count - 1)
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Self.asciiHash(keys[index].text)! & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in keys.indices { place(index) }
    }

    /// The FNV-1a hash of `text`'s bytes, or `nil` when a byte is not ASCII: one pass over the
    /// UTF-8 both hashes and checks.
    public static func asciiHash(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            // Fold the high bits in: the mask keeps only the low ones.
            return high < 0x80 ? Int(truncatingIfNeeded: hash ^ (hash >> 29)) : nil
        }
    }
}
