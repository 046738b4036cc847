import Testing
@testable import DataModel

@Suite struct CivilDateTests {
    @Test func dayNumberRoundTrips() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2020, month: 2, day: 29)!.dayNumber == 18321)
    }

    @Test func componentsRoundTripAndOrderFollowsDays() {
        var previous: CivilDate?
        for n in stride(from: -800_000, through: 800_000, by: 613) {
            let date = CivilDate(dayNumber: n)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            if let previous { #expect(previous < date) }
            previous = date
        }
        let leapDay = CivilDate(year: 2020, month: 2, day: 29)!
        #expect((leapDay.year, leapDay.month, leapDay.day) == (2020, 2, 29))
        #expect(leapDay.adding(days: 1) == CivilDate(year: 2020, month: 3, day: 1))
    }

    @Test func farDaysSaturate() {
        #expect(CivilDate(dayNumber: .max) == CivilDate(dayNumber: 11_248_737))
        #expect((CivilDate(dayNumber: .max).year, CivilDate(dayNumber: .max).month, CivilDate(dayNumber: .max).day) == (32767, 12, 31))
        #expect((CivilDate(dayNumber: .min).year, CivilDate(dayNumber: .min).month, CivilDate(dayNumber: .min).day) == (-32768, 1, 1))
    }

    @Test func weekdays() {
        #expect(CivilDate(year: 2020, month: 1, day: 20)!.weekday == 1)  // Monday
        #expect(CivilDate(year: 2019, month: 1, day: 5)!.weekday == 6)   // Saturday
        #expect(CivilDate(year: 2020, month: 9, day: 2)!.weekday == 3)   // Wednesday
    }

    @Test func invalidDatesAreRejected() {
        #expect(CivilDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2020, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2020, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2020, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 2020, month: 0, day: 28) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(year: -10_000, month: 12, day: 31) == nil)
    }

    @Test func componentsRoundTripOverEveryYearAFormatReads() throws {
        let first = try #require(CivilDate(year: -9999, month: 1, day: 1))
        let last = try #require(CivilDate(year: 9999, month: 12, day: 31))
        #expect((first.year, first.month, first.day) == (-9999, 1, 1))
        #expect(last.dayNumber - first.dayNumber == 19_999 * 365 + 4849 - 1)
        for n in stride(from: first.dayNumber, through: last.dayNumber, by: 127) {
            let date = CivilDate(dayNumber: n)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day)?.dayNumber == n)
        }
    }

    @Test(arguments: [
        ("yyyy-MM-dd", "2020-02-10", "2020-02-10"),
        ("dd/MM/yyyy", "10/02/2020", "2020-02-10"),
        ("dd/MM/yyyy", "02/03/2020 08:30", "2020-03-02T08:30:00"),
        ("yyyy-MM-dd", "2020-03-02T08:30:15Z", "2020-03-02T08:30:15"),
        ("yyyy-MM-dd", "2020-03-02 08:30+07:00", "2020-03-02T08:30:00"),
    ])
    func formatsParse(pattern: String, text: String, expected: String) throws {
        let format = try #require(DateFormat(pattern))
        switch try #require(format.parse(text)) {
        case .date(let d): #expect(d.description == expected)
        case .dateTime(let d): #expect(d.description == expected)
        }
    }

    @Test(arguments: ["2020-2-10", "2020-02-30", "20200210", "2020-02-10x", "2020-02-10 25:00", ""])
    func malformedDatesDoNotParse(text: String) {
        #expect(DateFormat.iso.parse(text) == nil)
    }

    @Test func formatsWrite() {
        let d = CivilDate(year: 2020, month: 5, day: 12)!
        #expect(DateFormat.dayFirst.format(d) == "12/05/2020")
        #expect(DateFormat.iso.format(CivilDate(year: 33, month: 1, day: 9)!) == "0033-01-09")
        #expect(DateFormat.iso.format(CivilDate(year: -44, month: 3, day: 15)!) == "-0044-03-15")
        #expect(DateFormat.dayFirst.format(CivilDate(dayNumber: .max)) == "31/12/32767")
        #expect(DateFormat("yyyy-MM-dd") == .iso)
        #expect(DateFormat("yyyy-MM") == nil)
        #expect(DateFormat("dd.MM.yyyy hh") == nil)
    }
}
