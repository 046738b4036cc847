import DataModel

/// An open-addressing index from ASCII string keys to positions, hashed eight bytes at a time:
/// looking up short codes (`1.136193`) this way costs a fraction of `Dictionary`'s seeded
/// SipHash, and lookups by code are what rules do most. ASCII strings are equal exactly when
/// their bytes are, so the index needs no Unicode-aware comparison.
public struct ASCIIKeyIndex: Sendable {
    /// By slot, the low half of a key's hash above the index of the key in `keys` (plus one; 0
    /// marks an empty slot). The count of slots is a power of two. A probe compares hashes in
    /// the slot itself: most probes meet other keys, and reading a key's entry, far from the
    /// slot in a large index, would cost a miss of the cache.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    private var keys: [(text: String, position: Int)] = []

    /// An empty index.
    public init() {}

    /// An empty index with room for `count` keys before it grows.
    public init(minimumCapacity count: Int) {
        var slots = 16
        while slots < 2 * count { slots *= 2 }
        self.slots = Array(repeating: 0, count: slots)
        keys.reserveCapacity(count)
    }

    /// The position stored under the ASCII `key` whose `asciiHash` is `hash`.
    public func position(of key: String, hash: Int) -> Int? {
        firstKey(taggedLike: hash) { keys[$0].text == key }.map { keys[$0].position }
    }

    /// Whether a key with hash `hash` may be present: `false` rules every such key out without
    /// reading a key, `true` calls for `position(of:hash:)`.
    public func mayContain(hash: Int) -> Bool {
        firstKey(taggedLike: hash) { _ in true } != nil
    }

    /// The index in `keys` of the first key on the probe for `hash` whose slot holds the same
    /// hash tag and that `accepts`; `nil` once the probe meets an empty slot.
    @inline(__always)
    private func firstKey(taggedLike hash: Int, accepts: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        let tag = UInt64(UInt32(truncatingIfNeeded: hash)) << 32
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(entry & 0xFFFF_FFFF) - 1
                if accepts(index) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Brings the slot where the probe for a key with hash `hash` starts into the cache, so that
    /// a lookup soon after finds it there. In a large index nearly every probe misses the cache;
    /// a caller reading ahead for several keys at once has their misses overlap instead of
    /// following one another (see `ReadAhead`).
    @inline(__always)
    public func readAhead(hash: Int) {
        // The slots are passed as a pointer for the call's duration, which borrows the array
        // where a closure over its buffer would count a reference to it.
        ReadAhead.fetch(slots, offset: (hash & (slots.count - 1)) * MemoryLayout<UInt64>.stride)
    }

    /// `readAhead(hash:)` for the key held by the node at `node`, when it is a short ASCII
    /// string (hashed from its words, read in place); nothing for any other node.
    @inline(__always)
    public func readAhead(keyAt node: UnsafePointer<Value>) {
        if let words = InlineASCII(stringAt: node) { readAhead(hash: Self.asciiHash(words)) }
    }

    /// Stores `position` under `key`; `key` must be ASCII and not yet present.
    public mutating func insert(_ key: String, position: Int) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append((key, position))
        place(keys.count - 1, hash: Self.asciiHash(key)!)
    }

    private mutating func place(_ index: Int, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(UInt32(truncatingIfNeeded: hash)) << 32 | UInt64(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for index in keys.indices { place(index, hash: Self.asciiHash(keys[index].text)!) }
    }

    /// A hash of `text`'s bytes, or `nil` when a byte is not ASCII.
    ///
    /// The bytes are mixed eight at a time, the last word padded with zeros. A short ASCII text
    /// is usually stored inline (`InlineASCII`), as those very words, so its hash is read from
    /// them without touching its bytes.
    @inline(__always)
    public static func asciiHash(_ text: String) -> Int? {
        guard let inline = InlineASCII(text) else { return hashOfBytes(text) }
        return asciiHash(inline)
    }

    /// `asciiHash` of the text whose words are `inline`.
    @inline(__always)
    public static func asciiHash(_ inline: InlineASCII) -> Int {
        let count = inline.count
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        if count > 0 { hash = mix(hash, inline.low) }
        if count > 8 { hash = mix(hash, inline.high & 0x00FF_FFFF_FFFF_FFFF) }
        return finish(hash)
    }

    /// `asciiHash` of a text not stored inline as ASCII, from its bytes.
    private static func hashOfBytes(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return finish(0) }
            let raw = UnsafeRawPointer(base)
            var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
            var high: UInt64 = 0
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                high |= word
                hash = mix(hash, word)
                offset += 8
            }
            if offset < bytes.count {
                var word: UInt64 = 0
                for index in offset..<bytes.count { word |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
                high |= word
                hash = mix(hash, word)
            }
            return high & 0x8080_8080_8080_8080 == 0 ? finish(hash) : nil
        }
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ mixed >> 29
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 32) }
}
