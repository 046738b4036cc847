import DataModel
import Expressions

/// A rule's `effective: {from, until, date}`: the rule applies only to items whose date (or
/// year) falls in the range, both ends included.
struct Effective: Sendable {
    let from: CivilDate?
    let until: CivilDate?
    /// The item's date or year; `nil` reads the document's `year` or `report.year`.
    let date: RuleExpression?

    /// Whether a date (or a whole year: any overlap counts) lies in the range.
    func admits(_ start: CivilDate, _ end: CivilDate) -> Bool {
        if let from, end < from { return false }
        if let until, start > until { return false }
        return true
    }

    /// The date span the item's date stands for; `nil` when it has none (the rule applies).
    static func span(_ value: ExprValue) -> (CivilDate, CivilDate)? {
        switch value.resolved {
        case .date(let d): return (d, d)
        case .dateTime(let t): return (t.date, t.date)
        case .int(let year):
            guard let a = CivilDate(year: year, month: 1, day: 1), let b = CivilDate(year: year, month: 12, day: 31) else { return nil }
            return (a, b)
        default: return nil
        }
    }

    /// The document's own year, when it states one (`year`, or `report.year`).
    static func documentYear(_ root: Value) -> Value? {
        if let year = root["year"] { return year }
        return root["report"]?["year"]
    }
}
