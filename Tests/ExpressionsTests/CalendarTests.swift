import DataModel
import Expressions
import Testing

/// Working-day arithmetic against real Vietnamese holidays (2019–2020).
struct CalendarTests {
    let vn = CalendarFixture.calendar()
    func d(_ s: String) -> CivilDate { CalendarFixture.date(s) }

    @Test func tenWorkingDaysAcrossTet2020() {
        // 21, 22, 30, 31 Jan, 3–7 Feb, 10 Feb: Tết 23–29 January and the weekends are skipped.
        #expect(vn.addWorkdays(d("2020-01-20"), 10) == d("2020-02-10"))
        #expect(vn.workdaysBetween(d("2020-01-20"), d("2020-02-10")) == 10)
        #expect(Evaluate.text("add_workdays(date('2020-01-20'), 10)", calendar: vn) == "date(\"2020-02-10\")")
        #expect(Evaluate.text("add_workdays(received_at, 10)", calendar: vn) == "date(\"2020-02-10\")")
        #expect(Evaluate.text("workdays_between(received_at, resolved_at)", calendar: vn) == "10")
    }

    @Test func makeUpSaturdayIsAWorkingDay() {
        #expect(vn.isWorkday(d("2019-01-05")))
        #expect(vn.isWorkday(d("2019-05-04")))
        #expect(!vn.isWorkday(d("2019-01-12")))
        #expect(!vn.isWorkday(d("2019-01-01")))
        #expect(vn.isWorkday(d("2019-01-02")))
        // From Friday 4 January 2019, the next working day is the make-up Saturday.
        #expect(vn.addWorkdays(d("2019-01-04"), 1) == d("2019-01-05"))
        #expect(vn.addWorkdays(d("2019-01-04"), 2) == d("2019-01-07"))
        #expect(Evaluate.text("is_workday(date('2019-01-05'))", calendar: vn) == "true")
    }

    @Test func dueDateOnNationalDayMovesToTheNextWorkingDay() {
        // 2 September 2019 is a Monday holiday: a calendar-day period ending on it moves to the 3rd.
        #expect(Evaluate.text("add_workdays(add_days(date('2019-08-23'), 10), 0)", calendar: vn) == "date(\"2019-09-03\")")
        // Five working days from Wednesday 26 August 2020 skip Wednesday 2 September.
        #expect(vn.addWorkdays(d("2020-08-26"), 5) == d("2020-09-03"))
        #expect(vn.addWorkdays(d("2020-09-01"), 1) == d("2020-09-03"))
    }

    @Test(arguments: [
        // (start, n, expected)
        ("2020-03-02", 2, "2020-03-04"),   // Monday + 2
        ("2020-03-06", 1, "2020-03-09"),   // Friday + 1 → Monday
        ("2020-03-07", 1, "2020-03-10"),   // Saturday start counts from Monday → Tuesday
        ("2020-03-07", 0, "2020-03-09"),   // Saturday + 0 → next working day
        ("2020-03-04", 0, "2020-03-04"),   // a working day + 0 is itself
        ("2020-03-04", -1, "2020-03-03"),
        ("2020-03-09", -1, "2020-03-06"),  // Monday − 1 → Friday
        ("2020-03-07", -1, "2020-03-06"),  // Saturday − 1 → Friday
        ("2020-02-03", -5, "2020-01-20"),  // backwards across Tết
        ("2019-12-31", 1, "2020-01-02"),   // across New Year
        ("2020-04-29", 1, "2020-05-04"),   // across 30 April, 1 May and the weekend
        ("2019-04-26", 1, "2019-05-02"),   // Fri 26 Apr 2019: 29 Apr–1 May off, Sat 4 May worked
        ("2019-04-26", 3, "2019-05-04"),
    ])
    func addWorkdays(start: String, n: Int, expected: String) {
        #expect(vn.addWorkdays(d(start), n) == d(expected))
    }

    @Test(arguments: [
        ("2020-03-02", "2020-03-04", 2),
        ("2020-03-04", "2020-03-02", -2),
        ("2020-03-04", "2020-03-04", 0),
        ("2020-03-07", "2020-03-10", 1),   // Saturday start counts from Monday
        ("2020-03-07", "2020-03-08", 0),
        ("2020-03-06", "2020-03-09", 1),
        ("2020-01-22", "2020-01-30", 1),   // across Tết
        ("2019-01-01", "2019-12-31", 251),   // 252 working days in 2019; 1 Jan off, 2 Jan is the start
        ("2019-12-31", "2020-12-31", 252),   // every working day of 2020
    ])
    func workdaysBetween(from: String, to: String, expected: Int) {
        #expect(vn.workdaysBetween(d(from), d(to)) == expected)
    }

    @Test func countingAgreesWithADayByDayWalk() {
        var day = d("2018-11-01")
        var walked = 0
        let start = day
        while day < d("2021-03-01") {
            day = day.adding(days: 1)
            if vn.isWorkday(day) { walked += 1 }
            #expect(vn.workdaysBetween(start, day) == walked)
            if vn.isWorkday(day) { #expect(vn.addWorkdays(start, walked) == day) }
        }
    }

    @Test func uncoveredYearsAreRecordedAndStillCountWeekends() {
        let calendar = CalendarFixture.calendar()
        #expect(calendar.uncoveredYearsUsed().isEmpty)
        #expect(calendar.addWorkdays(d("2020-03-02"), 3) == d("2020-03-05"))
        #expect(calendar.uncoveredYearsUsed().isEmpty)
        // 1 January 2021 is a holiday the calendar does not know: counted as a working day.
        #expect(calendar.addWorkdays(d("2020-12-31"), 1) == d("2021-01-01"))
        #expect(calendar.addWorkdays(d("2018-12-28"), 1) == d("2018-12-31"))
        #expect(calendar.isWorkday(d("2025-06-07")) == false)
        #expect(calendar.uncoveredYearsUsed() == [2018, 2021, 2025])
        #expect(WorkdayCalendar.weekendsOnly.addWorkdays(d("2030-01-04"), 1) == d("2030-01-07"))
        #expect(WorkdayCalendar.weekendsOnly.uncoveredYearsUsed().isEmpty)
    }

    @Test func weekendsOnlyByDefault() {
        #expect(Evaluate.text("add_workdays(date('2020-01-20'), 10)") == "date(\"2020-02-03\")")
        #expect(Evaluate.text("is_workday(date('2020-01-01'))") == "true")
    }

    @Test func otherWeekends() throws {
        let value: Value = .map(["calendar": "fri-sat", "weekend": ["friday", "saturday"]])
        let calendar = try WorkdayCalendar(from: value)
        #expect(calendar.addWorkdays(d("2020-03-05"), 1) == d("2020-03-08"))  // Thursday → Sunday
        #expect(calendar.name == "fri-sat")
        #expect(calendar.covers == nil)
    }
}
