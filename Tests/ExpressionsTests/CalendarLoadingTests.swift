import BuiltinRules
import DataModel
import Expressions
import Testing

/// Reading calendar files: the format, and errors at their locations.
struct CalendarLoadingTests {
    private func error(_ yaml: String) -> String {
        do {
            _ = try WorkdayCalendar(from: CalendarFixture.load(yaml: yaml))
            return "loaded"
        } catch {
            return error.description
        }
    }

    @Test func fixtureLoads() {
        let calendar = CalendarFixture.calendar()
        #expect(calendar.name == "vn-test")
        #expect(calendar.covers == 2019...2020)
        #expect(calendar.weekend == [6, 7])
    }

    @Test func builtInVietnameseCalendarLoadsAndCountsTet() throws {
        let text = try #require(BuiltinRules.calendars["vn"])
        let calendar = try WorkdayCalendar(from: CalendarFixture.load(yaml: text, path: "vn.yml"))
        #expect(calendar.covers == 2019...2026)
        #expect(calendar.addWorkdays(CalendarFixture.date("2020-01-20"), 10) == CalendarFixture.date("2020-02-10"))
        #expect(calendar.isWorkday(CalendarFixture.date("2019-01-05")))
        #expect(!calendar.isWorkday(CalendarFixture.date("2021-09-03")))
    }

    @Test(arguments: [
        ("calendar: x\nholiday: []\n", "calendar.yml:2:1: error: unknown key 'holiday'; did you mean 'holidays'?"),
        ("calendar: x\nweekend: [saturday, sundy]\n", "calendar.yml:2:21: error: 'sundy' is not a weekday name (monday … sunday); did you mean 'sunday'?"),
        ("calendar: x\nweekend: saturday\n", "calendar.yml:2:10: error: 'weekend' must be a list of weekday names, e.g. [saturday, sunday]"),
        ("calendar: x\nweekend: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]\n", "calendar.yml:2:10: error: 'weekend' cannot hold all seven days"),
        ("weekend: [sunday]\n", "calendar.yml:1:1: error: missing key 'calendar'"),
        ("- 1\n", "calendar.yml:1:1: error: a calendar must be a map, found list"),
        ("calendar: x\ncovers: [2020]\n", "calendar.yml:2:9: error: 'covers' must be [first year, last year], e.g. [2019, 2026]"),
        ("calendar: x\ncovers: [1, 9999]\n", "calendar.yml:2:9: error: 'covers' can span at most 200 years"),
        ("calendar: x\ncovers: [2021, 2020]\n", "calendar.yml:2:9: error: 'covers' runs backwards: 2021 is after 2020"),
        ("calendar: x\nholidays:\n  - { date: 2020-01-01 }\n", "calendar.yml:3:5: error: holidays and working days need 'covers' (the years whose data is complete)"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: 2021-01-01 }\n", "calendar.yml:4:5: error: 2021-01-01 is outside the covered years 2020–2020"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: 2020-02-30 }\n", "calendar.yml:4:13: error: '2020-02-30' is not a date (yyyy-MM-dd)"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { dat: 2020-01-01 }\n", "calendar.yml:4:7: error: unknown key 'dat'; did you mean 'date'?"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { from: 2020-01-05, to: 2020-01-01 }\n", "calendar.yml:4:29: error: range runs backwards: 2020-01-05 is after 2020-01-01"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { from: 2020-01-05 }\n", "calendar.yml:4:5: error: missing key 'to'"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: 2020-01-01, from: 2020-01-01, to: 2020-01-02 }\n", "calendar.yml:4:5: error: an entry has either 'date' or 'from' and 'to', not both"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: 2020-01-01 }\n  - { from: 2020-01-01, to: 2020-01-02 }\n", "calendar.yml:5:5: error: 2020-01-01 is already a holiday (line 4)"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: 2020-01-01 }\nworking-days:\n  - { date: 2020-01-01 }\n", "calendar.yml:6:5: error: 2020-01-01 is listed both as a holiday and as a working day"),
        ("calendar: x\ncovers: [2020, 2020]\nworking-days:\n  - { from: 2020-01-04, to: 2020-01-05 }\n", "calendar.yml:4:7: error: unknown key 'from'"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: 2020-01-01, name: 5 }\n", "calendar.yml:4:31: error: 'name' must be text"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays: { date: 2020-01-01 }\n", "calendar.yml:3:11: error: expected a list of entries such as { date: 2020-01-01, name: New Year }"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - 2020-01-01\n", "calendar.yml:4:5: error: an entry must be a map such as { date: 2020-01-01, name: New Year }"),
        ("calendar: x\ncovers: [2020, 2020]\nholidays:\n  - { date: \"2020-01-01\", note: quoted dates are read too, source: test }\n", "loaded"),
    ])
    func errors(yaml: String, expected: String) {
        #expect(error(yaml) == expected)
    }
}
