import DataModel

extension ValueMap {
    /// The position of the member whose name has exactly the Unicode scalars of `key`.
    ///
    /// Swift string equality is canonical equivalence, but RFC 9535 compares names scalar by
    /// scalar, so a hit of the map's own lookup is confirmed and a near miss rescanned.
    func exactPosition(of key: String) -> Int? {
        guard let position = position(of: key) else { return nil }
        if entries[position].key.utf8.elementsEqual(key.utf8) { return position }
        return entries.firstIndex { $0.key.utf8.elementsEqual(key.utf8) }
    }
}
