/// Remembers, per column, the strings recently built from cell texts that a `String` cannot hold
/// inline (longer than 15 bytes, or not ASCII), so that a column whose long texts repeat (agency
/// names, procedure titles, statuses in Vietnamese) validates, normalizes and allocates each text
/// once and shares its storage, rather than once per row.
///
/// Each column has a few slots, chosen by a hash of the text; a slot is only ever used after its
/// string's bytes are compared with the text in full, so texts that share a slot never mix. A
/// column whose texts do not repeat (timestamps, identifiers) stops being looked up after a sample,
/// so it pays for the cache only at the start of the file.
struct CSVStringCache {
    private var slots: [String?]
    private var columns: [CacheHitSampler]
    private let slotsPerColumn: Int

    /// Texts longer than this are not cached: hashing them costs about as much as building them.
    static let longestCachedText = 256

    /// A cache for `columnCount` columns with `slotsPerColumn` slots each (a power of two).
    init(columnCount: Int, slotsPerColumn: Int = 256) {
        precondition(slotsPerColumn > 0 && slotsPerColumn & (slotsPerColumn - 1) == 0)
        self.slotsPerColumn = slotsPerColumn
        slots = Array(repeating: nil, count: columnCount * slotsPerColumn)
        columns = Array(repeating: CacheHitSampler(sampleLookups: 256), count: columnCount)
    }

    /// The string for `text` in `column`: the one built before for the same bytes, or `build`'s.
    mutating func string(for text: UnsafeBufferPointer<UInt8>, column: Int, build: () -> String) -> String {
        guard text.count <= Self.longestCachedText, columns[column].isEnabled else { return build() }
        let slot = column * slotsPerColumn + Int(truncatingIfNeeded: Self.hash(text)) & (slotsPerColumn - 1)
        if let cached = slots[slot], Self.hasBytes(cached, text) {
            if !columns[column].count(hit: true) { empty(column: column) }
            return cached
        }
        let built = build()
        // A text that normalization changed is not kept: its string no longer has the text's bytes.
        if Self.hasBytes(built, text) { slots[slot] = built }
        if !columns[column].count(hit: false) { empty(column: column) }
        return built
    }

    /// Lets go of the strings of a column that stopped using the cache.
    private mutating func empty(column: Int) {
        for index in column * slotsPerColumn..<(column + 1) * slotsPerColumn { slots[index] = nil }
    }

    /// Whether the UTF-8 of `string` is exactly `text`.
    private static func hasBytes(_ string: String, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == text.count else { return false }
        return string.utf8.withContiguousStorageIfAvailable { equal($0, text) } ?? string.utf8.elementsEqual(text)
    }

    /// Whether `a` and `b`, of equal length, hold the same bytes, compared eight at a time.
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = a.baseAddress.map(UnsafeRawPointer.init), let right = b.baseAddress.map(UnsafeRawPointer.init) else {
            return a.count == b.count
        }
        var offset = 0
        while offset + 8 <= a.count {
            guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < a.count {
            guard a[offset] == b[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// A hash of `text`, mixing eight bytes at a time.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(text.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = text.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= text.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        while offset < text.count {
            hash = (hash ^ UInt64(text[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        return hash ^ hash >> 32
    }
}
