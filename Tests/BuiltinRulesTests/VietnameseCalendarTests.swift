import BuiltinRules
import DataModel
import Expressions
import Testing

/// The built-in `vn` calendar on real dates around Tết, 30/4–1/5 and National Day.
@Suite struct VietnameseCalendarTests {
    static let calendar: WorkdayCalendar = {
        let loaded = DataLoader.load(text: BuiltinRules.calendars["vn"]!, path: "Rules/calendars/vn.yml", format: .yaml)
        precondition(loaded.problems.isEmpty, "vn.yml does not load: \(loaded.problems)")
        do { return try WorkdayCalendar(from: loaded.documents[0].root) } catch { fatalError("vn.yml: \(error)") }
    }()

    static func day(_ text: String) -> CivilDate {
        guard case .date(let date) = DateFormat.dayFirst.parse(text) else { fatalError("not a date: \(text)") }
        return date
    }

    @Test func coversTheYearsOfTheTable() {
        #expect(Self.calendar.name == "vn")
        #expect(Self.calendar.covers == 2019...2026)
        #expect(Self.calendar.weekend == [6, 7])
    }

    /// `add_workdays(from, n)`: the day of receipt is not counted, days off are skipped.
    @Test(arguments: [
        // 2019: Tết Kỷ Hợi 04–08/02; 29/04–01/05 off and Saturday 04/05 worked.
        ("01/02/2019", 1, "11/02/2019"), ("26/04/2019", 1, "02/05/2019"), ("03/05/2019", 1, "04/05/2019"),
        ("12/04/2019", 1, "16/04/2019"),
        // 2020: Tết Canh Tý 23–29/01 (the example of domain-notes R02), Hùng Kings 02/04, 30/04–01/05.
        ("22/01/2020", 3, "03/02/2020"), ("21/01/2020", 10, "11/02/2020"), ("01/04/2020", 1, "03/04/2020"),
        ("29/04/2020", 1, "04/05/2020"), ("29/04/2020", 10, "15/05/2020"), ("01/09/2020", 1, "03/09/2020"),
        // 2021: Tết 10–16/02; Labour Day on a Saturday, compensated on Monday 03/05.
        ("09/02/2021", 1, "17/02/2021"), ("29/04/2021", 1, "04/05/2021"), ("01/09/2021", 1, "06/09/2021"),
        // 2022: 30/04 and 01/05 on the weekend, compensated 02–03/05.
        ("28/01/2022", 1, "07/02/2022"), ("29/04/2022", 1, "04/05/2022"),
        // 2023: Tết 20–26/01; 29/04–03/05 off; National Day 01–02/09 and 04/09.
        ("19/01/2023", 1, "27/01/2023"), ("28/04/2023", 1, "04/05/2023"), ("31/08/2023", 1, "05/09/2023"),
        // 2024: Tết 08–14/02; 29/04–01/05 off and Saturday 04/05 worked.
        ("07/02/2024", 1, "15/02/2024"), ("26/04/2024", 1, "02/05/2024"), ("03/05/2024", 1, "04/05/2024"),
        // 2025: Tết break 25/01–02/02; Saturday 26/04 worked; 30/04–02/05 off.
        ("24/01/2025", 1, "03/02/2025"), ("25/04/2025", 1, "26/04/2025"), ("29/04/2025", 1, "05/05/2025"),
        // 2026: Tết break 14–22/02; Hùng Kings compensated 27/04; 30/04–01/05; 31/08–02/09 off, 22/08 worked.
        ("13/02/2026", 1, "23/02/2026"), ("24/04/2026", 1, "28/04/2026"), ("29/04/2026", 1, "04/05/2026"),
        ("21/08/2026", 1, "22/08/2026"), ("28/08/2026", 1, "03/09/2026"),
    ])
    func addingWorkingDays(from: String, days: Int, expected: String) {
        #expect(Self.calendar.addWorkdays(Self.day(from), days) == Self.day(expected))
    }

    @Test(arguments: [
        ("23/01/2020", false), ("29/01/2020", false), ("30/01/2020", true), ("02/04/2020", false),
        ("30/04/2020", false), ("01/05/2020", false), ("04/05/2020", true), ("02/09/2020", false),
        ("04/05/2019", true), ("05/05/2019", false), ("15/04/2019", false), ("03/05/2021", false),
        ("03/09/2021", false), ("02/01/2023", false), ("26/04/2025", true), ("02/05/2025", false),
        ("17/02/2026", false), ("23/02/2026", true), ("22/08/2026", true), ("31/08/2026", false),
    ])
    func workingDayOrNot(date: String, working: Bool) {
        #expect(Self.calendar.isWorkday(Self.day(date)) == working)
    }

    @Test func workingDaysBetweenAcrossTet() {
        #expect(Self.calendar.workdaysBetween(Self.day("22/01/2020"), Self.day("03/02/2020")) == 3)
        #expect(Self.calendar.workdaysBetween(Self.day("24/01/2025"), Self.day("03/02/2025")) == 1)
    }
}
