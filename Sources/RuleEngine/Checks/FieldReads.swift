import DataModel

/// What the field checks judge: each field of each item, read where it lies when the path is one
/// step and the item a map (the usual `require`, `pattern`, `one-of` field), else resolved.
enum FieldReads {
    /// One field of one item.
    enum Read {
        /// A one-step path read in place: the member's value, or `nil` when the item lacks it.
        case member(UnsafePointer<Value>?)
        /// A longer path, or an item that is not a map.
        case resolved(FieldPath.Resolved)
    }

    /// Calls `body` for each item and each of `fields`, with the item's index (`CheckItem.index`),
    /// its node and the field's position in `fields`; pointers are valid only during the call.
    static func forEach(
        _ items: [CheckItem], fields: [FieldPath],
        _ body: (_ item: Int, _ node: UnsafePointer<Value>, _ field: Int, _ read: Read) -> Void
    ) {
        // Items and one-step members are read in place and unretained: copying an item or a path
        // for every read would count references to what they hold.
        let singles = fields.map(\.singleMember)
        items.withUnsafeBufferPointer { items in
            singles.withUnsafeBufferPointer { singles in
                for i in items.indices {
                    let item = items[i].index
                    items[i].withNode { node in
                        let map = Value.mapPointer(at: node)
                        for f in singles.indices {
                            if let map, let single = singles[f] {
                                single._withUnsafeGuaranteedRef { member in
                                    member.withValue(inMapAt: map) { body(item, node, f, .member($0)) }
                                }
                            } else {
                                body(item, node, f, .resolved(fields[f].resolve(in: node.pointee)))
                            }
                        }
                    }
                }
            }
        }
    }
}
