extension Value {
    /// The map the node at `node` holds, where it lies (neither copied nor retained), or `nil`
    /// when the node is not a map; valid while the node lives unchanged.
    ///
    /// Binding the map out of a node (`case .map(let map) = node.pointee.kind`) copies the
    /// node's content and counts a reference, which costs more than most reads of the map.
    /// The map is read in place instead: `kind` is the first field of `Value`, and a payload is
    /// stored at the start of `Kind`, its case in a tag byte after the largest payload (`Kind`
    /// has payloads without spare bits, `Int` and `Double`, to hold the case in). `ValueMapPointerTests`
    /// checks the layout.
    @inlinable @inline(__always)
    public static func mapPointer(at node: UnsafePointer<Value>) -> UnsafePointer<ValueMap>? {
        guard case .map = node.pointee.kind else { return nil }
        return UnsafeRawPointer(node).assumingMemoryBound(to: ValueMap.self)
    }

    /// The string the node at `node` holds, where it lies (neither copied nor retained), or `nil`
    /// when the node is not a string; valid while the node lives unchanged. The layout is that of
    /// `mapPointer(at:)`: a payload at the start of the node.
    @inlinable @inline(__always)
    public static func stringPointer(at node: UnsafePointer<Value>) -> UnsafePointer<String>? {
        guard case .string = node.pointee.kind else { return nil }
        return UnsafeRawPointer(node).assumingMemoryBound(to: String.self)
    }

    /// The date, or a date-time's date part, when the node holds one.
    @inlinable
    public var dateValue: CivilDate? {
        switch kind {
        case .date(let date): date
        case .dateTime(let dateTime): dateTime.date
        default: nil
        }
    }
}
