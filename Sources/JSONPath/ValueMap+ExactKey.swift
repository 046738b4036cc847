import DataModel

extension ValueMap {
    /// Beyond this many members the map's own hash lookup beats a scan.
    private static let scanLimit = 16

    /// The position of the member whose name has exactly the Unicode scalars of `key`.
    ///
    /// Swift string equality is canonical equivalence, but RFC 9535 compares names scalar by
    /// scalar, so every hit is confirmed on the UTF-8 bytes, and a near miss of the hash lookup
    /// (a canonically equivalent name) falls back to a scan.
    func exactPosition(of key: String) -> Int? {
        let entries = self.entries
        if entries.count > Self.scanLimit {
            guard let position = position(of: key) else { return nil }
            if entries[position].key.utf8.elementsEqual(key.utf8) { return position }
        }
        for index in entries.indices where entries[index].key == key && entries[index].key.utf8.elementsEqual(key.utf8) {
            return index
        }
        return nil
    }
}
