import DataModel
import Expressions

/// Compiles and evaluates expressions for tests, writing the outcome as text.
enum Evaluate {
    /// A record most tests read fields of.
    static let record: Value = .map([
        "status": "received",
        "channel": "online",
        "days": 10,
        "score": Value(.double(75.4), literal: "75.40"),
        "count": 36,
        "name": "ỦY BAN Nhân dân",
        "code": "1.001780",
        "tags": ["a", "b", "c"],
        "empty": [],
        "blank": "",
        "none": nil,
        "received_at": Value(.date(CivilDate(year: 2020, month: 1, day: 20)!), literal: "20/01/2020"),
        "resolved_at": Value(.dateTime(CivilDateTime(date: CivilDate(year: 2020, month: 2, day: 10)!, hour: 9, minute: 30)!)),
        "nested": .map(["inner": .map(["value": 5])]),
        "type": "procedure",
    ])

    static let variables = ["root", "as_of", "procedure"]

    static func scope(calendar: WorkdayCalendar? = nil) -> ExpressionScope {
        ExpressionScope(variables: variables, calendar: calendar, dateFormats: [.iso, .dayFirst])
    }

    static func lookup() -> LookupTable {
        var table = LookupTable()
        table.insert(key: .string("1.001780"), record: .map(["code": "1.001780", "processing_days": 15]))
        table.insert(key: .int(7), record: .map(["code": "seven", "processing_days": 7]))
        return table
    }

    static func activation(_ scope: ExpressionScope, item: Value = record) -> Activation {
        Activation(scope: scope, item: item, variables: [
            .data(.map(["procedures": [record, record]])),
            .date(CivilDate(year: 2020, month: 3, day: 1)!),
            .lookup(lookup()),
        ])
    }

    /// The value as a CEL literal, `error: reason` for an evaluation error, or
    /// `compile: message at column N` for a compile error.
    static func text(_ source: String, item: Value = record, calendar: WorkdayCalendar? = nil) -> String {
        let scope = scope(calendar: calendar)
        do {
            let compiled = try scope.compile(source)
            switch compiled.result(activation(scope, item: item)) {
            case .success(let v): return v.celLiteral()
            case .failure(let e): return "error: \(e.reason)"
            }
        } catch {
            return "compile: \(error.description)"
        }
    }
}
