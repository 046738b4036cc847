import DataModel

/// A scalar data value as a dictionary key, comparing as the checks compare: numbers by value,
/// a date-time by its date part, strings exactly.
enum HashableValue: Hashable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case date(Int)

    init?(_ value: Value) {
        switch value.kind {
        case .int(let i): self = .number(Double(i))
        case .double(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .bool(let b): self = .bool(b)
        case .date(let d): self = .date(d.dayNumber)
        case .dateTime(let t): self = .date(t.date.dayNumber)
        default: return nil
        }
    }
}
