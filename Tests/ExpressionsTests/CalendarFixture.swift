import DataModel
import Expressions

/// The Vietnamese 2019–2020 test calendar (the same data as Fixtures/vn-2019-2020.yml).
enum CalendarFixture {
    static func date(_ text: String) -> CivilDate {
        guard case .date(let d)? = DateFormat.iso.parse(text) else { fatalError("bad test date \(text)") }
        return d
    }

    private static func day(_ text: String) -> Value { Value(.date(date(text)), literal: text) }

    static let value: Value = .map([
        "calendar": "vn-test",
        "weekend": ["saturday", "sunday"],
        "covers": [2019, 2020],
        "holidays": .list([
            .map(["date": day("2019-01-01"), "name": "New Year"]),
            .map(["from": day("2019-02-04"), "to": day("2019-02-08"), "name": "Tết Kỷ Hợi"]),
            .map(["date": day("2019-04-14"), "name": "Hùng Kings (Sunday)"]),
            .map(["date": day("2019-04-15"), "name": "Hùng Kings (compensation)"]),
            .map(["date": day("2019-04-29"), "name": "swapped with 2019-05-04"]),
            .map(["date": day("2019-04-30"), "name": "Reunification Day"]),
            .map(["date": day("2019-05-01"), "name": "Labour Day"]),
            .map(["date": day("2019-09-02"), "name": "National Day"]),
            .map(["date": day("2020-01-01"), "name": "New Year"]),
            .map(["from": day("2020-01-23"), "to": day("2020-01-29"), "name": "Tết Canh Tý"]),
            .map(["date": day("2020-04-02"), "name": "Hùng Kings"]),
            .map(["date": day("2020-04-30"), "name": "Reunification Day"]),
            .map(["date": day("2020-05-01"), "name": "Labour Day"]),
            .map(["date": day("2020-09-02"), "name": "National Day"]),
        ]),
        "working-days": .list([
            .map(["date": day("2019-01-05"), "name": "make-up for 2018-12-31"]),
            .map(["date": day("2019-05-04"), "name": "make-up for 2019-04-29", "note": "Saturday worked", "source": "holidays 0.109"]),
        ]),
    ])

    /// A fresh calendar (each has its own record of uncovered years).
    static func calendar() -> WorkdayCalendar {
        do { return try WorkdayCalendar(from: value) } catch { fatalError("test calendar: \(error)") }
    }
}
