import DataModel

/// An open-addressing index from ASCII string keys to positions, hashed eight bytes at a time:
/// looking up short codes (`1.136193`) this way costs a fraction of `Dictionary`'s seeded
/// SipHash, and lookups by code are what rules do most. ASCII strings are equal exactly when
/// their bytes are, so the index needs no Unicode-aware comparison.
public struct ASCIIKeyIndex: Sendable {
    /// The keys' hashes, each with the index of its key in `keys`.
    private var table: HashedPositions
    private var keys: [(text: String, position: Int)] = []

    /// An empty index.
    public init() { table = HashedPositions() }

    /// An empty index with room for `count` keys before it grows.
    public init(minimumCapacity count: Int) {
        table = HashedPositions(minimumCapacity: count)
        keys.reserveCapacity(count)
    }

    /// The position stored under the ASCII `key` whose `asciiHash` is `hash`.
    public func position(of key: String, hash: Int) -> Int? {
        table.first(hash: hash) { keys[$0].text == key }.map { keys[$0].position }
    }

    /// Whether a key with hash `hash` may be present: `false` rules every such key out without
    /// reading a key, `true` calls for `position(of:hash:)`.
    public func mayContain(hash: Int) -> Bool {
        table.first(hash: hash) { _ in true } != nil
    }

    /// Brings the slot where the probe for a key with hash `hash` starts into the cache (see
    /// `HashedPositions.readAhead(hash:)`).
    @inline(__always)
    public func readAhead(hash: Int) { table.readAhead(hash: hash) }

    /// `readAhead(hash:)` for the key held by the node at `node`, when it is a short ASCII
    /// string (hashed from its words, read in place); nothing for any other node.
    @inline(__always)
    public func readAhead(keyAt node: UnsafePointer<Value>) {
        if let words = InlineASCII(stringAt: node) { readAhead(hash: Self.asciiHash(words)) }
    }

    /// Stores `position` under `key`; `key` must be ASCII and not yet present.
    public mutating func insert(_ key: String, position: Int) {
        keys.append((key, position))
        table.insert(hash: Self.asciiHash(key)!, position: keys.count - 1)
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
