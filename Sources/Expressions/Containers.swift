import DataModel

/// The elements of a list, whether computed or read from data, without copying them.
enum ListView {
    case values([ExprValue])
    case data([Value])

    var count: Int {
        switch self {
        case .values(let v): return v.count
        case .data(let v): return v.count
        }
    }

    subscript(i: Int) -> ExprValue {
        switch self {
        case .values(let v): return v[i]
        case .data(let v): return .data(v[i])
        }
    }
}

/// The entries of a map, whether computed, read from data, or a lookup table.
enum MapView {
    case values(ExprMap)
    case data(ValueMap)
    case lookup(LookupTable)

    var count: Int {
        switch self {
        case .values(let m): return m.count
        case .data(let m): return m.count
        case .lookup(let t): return t.count
        }
    }

    /// The key at position `i` in insertion order (macros iterate keys).
    func key(at i: Int) -> ExprValue {
        switch self {
        case .values(let m): return m.entries[i].key
        case .data(let m): return .string(m.key(at: i))
        case .lookup(let t): return t.entries[i].key
        }
    }

    /// The value under `key`; data maps have string keys only.
    func value(for key: ExprValue) -> ExprValue? {
        switch self {
        case .values(let m): return m[key]
        case .data(let m):
            guard case .string(let s) = key.resolved else { return nil }
            return m[s].map(ExprValue.data)
        case .lookup(let t): return t[key].map(ExprValue.data)
        }
    }

    /// The value under the field name `name` (`a.name`).
    func value(field name: String) -> ExprValue? {
        switch self {
        case .data(let m): return m[name].map(ExprValue.data)
        default: return value(for: .string(name))
        }
    }
}

extension ExprValue {
    /// The value's elements, when it is a list.
    var listView: ListView? {
        switch self {
        case .list(let v): return .values(v)
        case .data(let v):
            if case .list(let l) = v.kind { return .data(l) }
            return nil
        default: return nil
        }
    }

    /// The value's entries, when it is a map or a lookup.
    var mapView: MapView? {
        switch self {
        case .map(let m): return .values(m)
        case .lookup(let t): return .lookup(t)
        case .data(let v):
            if case .map(let m) = v.kind { return .data(m) }
            return nil
        default: return nil
        }
    }
}
