import DataModel

/// A value an expression computes or reads: CEL's int, double, string, bool, null, list and map,
/// plus dates, date-times, lookups and type values.
///
/// A node read from loaded data stays `.data(Value)`, not copied into another tree, so its
/// `literal` (the text as written) and `location` survive into messages and findings.
public enum ExprValue: Sendable {
    /// The null value.
    case null
    /// A boolean.
    case bool(Bool)
    /// A 64-bit signed integer.
    case int(Int)
    /// A double.
    case double(Double)
    /// A string.
    case string(String)
    /// A calendar date.
    case date(CivilDate)
    /// A date with a time of day.
    case dateTime(CivilDateTime)
    /// A list computed by the expression.
    case list([ExprValue])
    /// A map computed by the expression (a map literal, `capture()`).
    case map(ExprMap)
    /// A named index from key to record, built by the caller.
    case lookup(LookupTable)
    /// A type value, as `type(x)` gives and `string`, `int`… name.
    case type(ExprType)
    /// A node of loaded data, kept whole.
    indirect case data(Value)

    /// The value for a data node.
    public init(_ value: Value) { self = .data(value) }

    /// The same value with a data scalar turned into its plain case, so callers can switch on it.
    ///
    /// Data lists and maps stay `.data` so their elements keep their locations.
    @inline(__always)
    public var resolved: ExprValue {
        guard case .data(let v) = self else { return self }
        switch v.kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .date(let d): return .date(d)
        case .dateTime(let d): return .dateTime(d)
        case .list, .map: return self
        }
    }

    /// `ExprValue(node.pointee).resolved`, read from the node where it lies: only a list or map
    /// is copied.
    @inlinable @inline(__always)
    public static func content(of node: UnsafePointer<Value>) -> ExprValue {
        switch node.pointee.kind {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .date(let d): .date(d)
        case .dateTime(let d): .dateTime(d)
        case .list, .map: .data(node.pointee)
        }
    }

    /// The DataModel node for this value: the original node (with its location) for data, a
    /// new node without a location for computed values; `nil` for type values.
    public var value: Value? {
        switch self {
        case .data(let v): return v
        case .null: return .null
        case .bool(let b): return Value(.bool(b))
        case .int(let i): return Value(.int(i))
        case .double(let d): return Value(.double(d))
        case .string(let s): return Value(.string(s))
        case .date(let d): return Value(.date(d))
        case .dateTime(let d): return Value(.dateTime(d))
        case .list(let items):
            var nodes: [Value] = []
            nodes.reserveCapacity(items.count)
            for item in items {
                guard let node = item.value else { return nil }
                nodes.append(node)
            }
            return Value(.list(nodes))
        case .map(let map):
            var out = ValueMap()
            for (key, item) in map.entries {
                guard let node = item.value else { return nil }
                out.insert(.init(key: key.resolved.keyText, value: node))
            }
            return Value(.map(out))
        case .lookup(let table):
            var out = ValueMap()
            for (key, record) in table.entries { out.insert(.init(key: key.resolved.keyText, value: record)) }
            return Value(.map(out))
        case .type: return nil
        }
    }

    /// The boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let b) = resolved { return b }
        return nil
    }

    /// Whether the value is null.
    public var isNull: Bool {
        if case .null = resolved { return true }
        return false
    }

    /// The CEL type of the value.
    public var type: ExprType {
        switch resolved {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .double: return .double
        case .string: return .string
        case .date: return .date
        case .dateTime: return .dateTime
        case .list: return .list
        case .map, .lookup: return .map
        case .type: return .type
        case .data(let v):
            if case .list = v.kind { return .list }
            return .map
        }
    }

    /// A map key's text, as `value` writes it into a DataModel map.
    var keyText: String {
        if case .string(let s) = self { return s }
        return celLiteral()
    }
}

/// A CEL type, as a value: what `type(x)` returns and what `int`, `string`… name.
public enum ExprType: String, Sendable, CaseIterable {
    case null = "null_type"
    case bool
    case int
    case double
    case string
    case date
    case dateTime = "datetime"
    case list
    case map
    case type
}
