import Testing

/// Dates and date-times: reading, parts, calendar-day arithmetic.
struct DateFunctionTests {
    @Test(arguments: [
        ("date('2020-02-10')", "date(\"2020-02-10\")"),
        ("date('10/02/2020')", "date(\"2020-02-10\")"),
        ("date('10.02.2020', 'dd.MM.yyyy')", "date(\"2020-02-10\")"),
        ("date('2020-02-10 08:30')", "date(\"2020-02-10\")"),
        ("date(resolved_at)", "date(\"2020-02-10\")"),
        ("date(received_at)", "date(\"2020-01-20\")"),
        ("date(code)", "error: \"1.001780\" is not a date in yyyy-MM-dd or dd/MM/yyyy"),
        ("datetime('2020-03-02T08:30:00')", "datetime(\"2020-03-02T08:30:00\")"),
        ("datetime('2020-03-02')", "datetime(\"2020-03-02T00:00:00\")"),
        ("received_at.year()", "2020"),
        ("received_at.month()", "1"),
        ("received_at.day()", "20"),
        ("received_at.weekday()", "1"),
        ("date('2020-02-09').weekday()", "7"),
        ("year(resolved_at)", "2020"),
        ("resolved_at.day()", "10"),
        ("days_between(received_at, resolved_at)", "21"),
        ("days_between(resolved_at, received_at)", "-21"),
        ("days_between(date('2020-02-28'), date('2020-03-01'))", "2"),
        ("days_between(received_at, date('2020-03-01'))", "41"),
        ("days_between(add_days(received_at, 1), resolved_at)", "20"),
        ("days_between(code, resolved_at)", "error: days_between() needs a date, got the string \"1.001780\"; convert it with date()"),
        ("days_between(resolved_at, score)", "error: no such overload: days_between(datetime, double)"),
        ("days_between(received_at, no_such_field)", "error: no such key: no_such_field"),
        ("add_days(received_at, 12)", "date(\"2020-02-01\")"),
        ("add_days(date('2020-03-01'), -1)", "date(\"2020-02-29\")"),
        ("add_days(resolved_at, 1)", "date(\"2020-02-11\")"),
        ("add_days(received_at, 9999999)", "error: date out of range"),
        ("add_workdays(received_at, 1.0)", "compile: 'add_workdays' needs int as argument 2, got double at column 27"),
        ("add_workdays(received_at, score)", "error: no such overload: add_workdays(date, double)"),
        ("add_workdays(code, 1)", "error: add_workdays() needs a date, got the string \"1.001780\"; convert it with date()"),
        ("as_of > received_at", "true"),
        ("as_of", "date(\"2020-03-01\")"),
        ("is_workday(resolved_at)", "true"),
        ("workdays_between(as_of, as_of)", "0"),
    ])
    func dates(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }
}
