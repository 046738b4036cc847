/// A date of the proleptic Gregorian calendar, with no time zone.
public struct CivilDate: Hashable, Sendable, Comparable {
    // Stored as its day number, compactly (4 bytes), because every date cell of a register holds
    // one inside a `Value`, and checks compare and count dates far more often than they print
    // them: a deadline reads two or three dates of every item.
    @usableFromInline let storedDayNumber: Int32

    /// Days since 1970-01-01.
    @inlinable public var dayNumber: Int { Int(storedDayNumber) }
    /// The year (e.g. 2020).
    public var year: Int { yearMonthDay.year }
    /// The month, 1–12.
    public var month: Int { yearMonthDay.month }
    /// The day of the month, 1–31.
    public var day: Int { yearMonthDay.day }

    /// The date `year-month-day`, or `nil` when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        // Every month has 28 days: only a later day needs the month's length.
        guard (-9999...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= 28 || day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil, counted from a year 10,000 years (25 eras of 400
        // years) earlier, so that every quantity is positive and divides without a sign correction.
        let shiftedYear = UInt(year + Self.yearShift - (month <= 2 ? 1 : 0))
        let era = shiftedYear / 400
        let yoe = shiftedYear - era * 400
        let mp = UInt(month > 2 ? month - 3 : month + 9)
        let doy = (153 * mp + 2) / 5 + UInt(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        storedDayNumber = Int32(Int(era * 146_097 + doe) - 719_468 - Self.yearShift / 400 * 146_097)
    }

    /// The years `init(year:month:day:)` adds before counting.
    private static var yearShift: Int { 10_000 }

    /// The date `dayNumber` days after 1970-01-01 (negative before it). Days beyond the years
    /// -32768 to 32767 saturate rather than trap.
    public init(dayNumber: Int) {
        storedDayNumber = Int32(min(max(dayNumber, Self.firstDayNumber), Self.lastDayNumber))
    }

    /// The day numbers of -32768-01-01 and 32767-12-31.
    private static var firstDayNumber: Int { -12_687_794 }
    private static var lastDayNumber: Int { 11_248_737 }

    /// The year, month and day (Howard Hinnant's civil_from_days).
    var yearMonthDay: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Whether `year` has 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.storedDayNumber < rhs.storedDayNumber }
}

extension CivilDate: CustomStringConvertible {
    /// ISO 8601: `2020-02-10`.
    public var description: String { DateFormat.iso.format(self) }
}

/// A date with a time of day, with no time zone (agency registers record local time).
public struct CivilDateTime: Hashable, Sendable, Comparable {
    /// The date part.
    public let date: CivilDate
    private let storedHour: UInt8
    private let storedMinute: UInt8
    private let storedSecond: UInt8

    /// Hour 0–23.
    public var hour: Int { Int(storedHour) }
    /// Minute 0–59.
    public var minute: Int { Int(storedMinute) }
    /// Second 0–59 (60 for a leap second).
    public var second: Int { Int(storedSecond) }

    /// The moment `date` at `hour:minute:second`, or `nil` when the time is out of range.
    public init?(date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        self.date = date
        storedHour = UInt8(hour)
        storedMinute = UInt8(minute)
        storedSecond = UInt8(second)
    }

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
    }
}

extension CivilDateTime: CustomStringConvertible {
    /// ISO 8601: `2020-03-02T08:30:00`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date)T\(two(hour)):\(two(minute)):\(two(second))"
    }
}
