import DataModel

/// A value reduced to what identifies it as a map or lookup key: keys compare as values, so
/// the string "1.001780" differs from the number 1.00178, and int 1 equals double 1.0.
enum MapKey: Hashable, Sendable {
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(CivilDate)
    case dateTime(CivilDateTime)

    /// The key for `value`; `nil` for values that cannot be keys (null, lists, maps, NaN).
    init?(_ value: ExprValue) {
        switch value.resolved {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d):
            if d.isNaN { return nil }
            if d == d.rounded(), d >= -9.2e18, d <= 9.2e18 { self = .int(Int(d)) } else { self = .double(d) }
        case .string(let s): self = .string(s)
        case .date(let d): self = .date(d)
        case .dateTime(let d): self = .dateTime(d)
        default: return nil
        }
    }
}
