/// An open-addressing index from ASCII string keys to positions, hashed with FNV-1a over the
/// bytes: looking up short codes (`1.136193`) this way costs a fraction of `Dictionary`'s
/// seeded SipHash, and lookups by code are what rules do most. ASCII strings are equal exactly
/// when their bytes are, so the index needs no Unicode-aware comparison.
struct ASCIIKeyIndex {
    /// Indices into `keys` by slot; -1 marks an empty slot. The count of slots is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var keys: [(text: String, position: Int)] = []

    /// The position stored under `key`, or `nil`; `key` must be ASCII.
    func position(of key: String) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index].text == key { return keys[index].position }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `position` under `key`; `key` must be ASCII and not yet present.
    mutating func insert(_ key: String, position: Int) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append((key, position))
        place(keys.count - 1)
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(keys[index].text) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in keys.indices { place(index) }
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func hash(_ text: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        // Fold the high bits in: the mask keeps only the low ones.
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
