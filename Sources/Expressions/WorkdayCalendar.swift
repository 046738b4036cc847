import DataModel
import Synchronization

/// A working-day calendar: weekend days, public holidays and make-up working days for the
/// years it covers, with the counting of Vietnamese civil law (Civil Code Arts 147–148): the
/// start day is not counted, a start on a non-working day counts as a start on the next
/// working day, and a period always ends on a working day.
///
/// Outside the covered years only weekends are known; every such year asked about is recorded
/// (`uncoveredYearsUsed()`) so a run can warn once that holidays are unknown for it.
public struct WorkdayCalendar: Sendable {
    /// The calendar's name (`vn`).
    public let name: String
    /// The ISO weekdays (1 Monday … 7 Sunday) that are not working days.
    public let weekend: Set<Int>
    /// The years with complete holiday data, if any.
    public let covers: ClosedRange<Int>?

    /// Working days per day of the week cycle, indexed by `dayNumber mod 7` (0 is a Thursday).
    private let workingByCycle: [Bool]
    /// `partial[r]`: working days among cycle positions 1…r.
    private let partial: [Int]
    private let perWeek: Int
    /// First day number of the covered range, and per covered day the running difference
    /// between the calendar's working days and the weekend-only count (holidays subtract,
    /// make-up days add), including that day.
    private let coverStart: Int
    private let adjustment: [Int32]
    private let working: [Bool]
    /// The largest |adjustment|, bounding the search in `firstDay(reaching:)`.
    private let maxAdjustment: Int
    /// The covered working days in order, as offsets from `coverStart`, and the cumulative
    /// count just before the covered range: the n-th covered working day is found directly.
    private let workingOffsets: [Int32]
    private let countBeforeCover: Int
    private let uncovered: UncoveredYears

    /// Saturday and Sunday off, no holidays, no covered years (nothing is recorded as uncovered).
    public static let weekendsOnly = WorkdayCalendar(name: "weekends", weekend: [6, 7], covers: nil, holidays: [], workingDays: [])

    /// A calendar with `weekend` days off, `holidays` off and `workingDays` worked within `covers`.
    init(name: String, weekend: Set<Int>, covers: ClosedRange<Int>?, holidays: Set<CivilDate>, workingDays: Set<CivilDate>) {
        self.name = name
        self.weekend = weekend
        self.covers = covers
        // Day number 0 (1970-01-01) is ISO weekday 4.
        let cycle = (0..<7).map { !weekend.contains(($0 + 3) % 7 + 1) }
        workingByCycle = cycle
        var sums = [0]
        for r in 1..<7 { sums.append(sums[r - 1] + (cycle[r] ? 1 : 0)) }
        partial = sums
        perWeek = cycle.filter { $0 }.count
        uncovered = UncoveredYears()
        guard let covers, let first = CivilDate(year: covers.lowerBound, month: 1, day: 1),
              let last = CivilDate(year: covers.upperBound, month: 12, day: 31) else {
            coverStart = 0
            adjustment = []
            working = []
            maxAdjustment = 0
            workingOffsets = []
            countBeforeCover = 0
            return
        }
        coverStart = first.dayNumber
        let days = last.dayNumber - coverStart + 1
        var flags = [Bool](repeating: false, count: days)
        var running = [Int32](repeating: 0, count: days)
        var total: Int32 = 0
        for offset in 0..<days {
            let day = coverStart + offset
            let weekdayWorks = cycle[WorkdayCalendar.cyclePosition(day)]
            let date = CivilDate(dayNumber: day)
            let works = workingDays.contains(date) || (weekdayWorks && !holidays.contains(date))
            flags[offset] = works
            total += Int32((works ? 1 : 0) - (weekdayWorks ? 1 : 0))
            running[offset] = total
        }
        working = flags
        adjustment = running
        maxAdjustment = running.map { Int($0.magnitude) }.max() ?? 0
        workingOffsets = flags.indices.filter { flags[$0] }.map { Int32($0) }
        countBeforeCover = WorkdayCalendar.weekdayCount(through: coverStart - 1, perWeek: perWeek, partial: sums)
    }

    private static func cyclePosition(_ day: Int) -> Int {
        let r = day % 7
        return r < 0 ? r + 7 : r
    }

    /// Non-weekend days in (0, day] relative to day number 0 (negative for earlier days).
    private static func weekdayCount(through day: Int, perWeek: Int, partial: [Int]) -> Int {
        let q = day >= 0 ? day / 7 : -((-day + 6) / 7)
        return q * perWeek + partial[day - q * 7]
    }

    /// Working days in (0, day] relative to day number 0 (negative for earlier days).
    private func cumulative(_ day: Int) -> Int {
        let base = WorkdayCalendar.weekdayCount(through: day, perWeek: perWeek, partial: partial)
        guard !adjustment.isEmpty else { return base }
        let offset = day - coverStart
        if offset < 0 { return base }
        return base + Int(offset < adjustment.count ? adjustment[offset] : adjustment[adjustment.count - 1])
    }

    private func isWorking(dayNumber day: Int) -> Bool {
        let offset = day - coverStart
        if offset >= 0, offset < working.count { return working[offset] }
        return workingByCycle[WorkdayCalendar.cyclePosition(day)]
    }

    /// The earliest day whose cumulative count reaches `target` (a working day).
    private func firstDay(reaching target: Int) -> Int {
        let index = target - countBeforeCover - 1
        if index >= 0, index < workingOffsets.count { return coverStart + Int(workingOffsets[index]) }
        let slack = maxAdjustment + 2
        var low = (target - slack) / perWeek * 7 - 14
        var high = (target + slack) / perWeek * 7 + 14
        while low < high {
            let mid = low + (high - low) / 2
            if cumulative(mid) >= target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    private func note(_ day: Int) {
        guard let covers else { return }
        let offset = day - coverStart
        if offset >= 0, offset < working.count { return }
        let year = CivilDate(dayNumber: day).year
        if !covers.contains(year) { uncovered.insert(year) }
    }

    /// Whether `date` is a working day.
    public func isWorkday(_ date: CivilDate) -> Bool {
        note(date.dayNumber)
        return isWorking(dayNumber: date.dayNumber)
    }

    /// `date` when it is a working day, else the next working day.
    private func startDay(_ day: Int) -> Int {
        isWorking(dayNumber: day) ? day : firstDay(reaching: cumulative(day) + 1)
    }

    /// The working day `n` working days after `date` (the start day not counted; a start on a
    /// non-working day counts from the next working day); `n == 0` gives `date` or the next
    /// working day; a negative `n` gives the `|n|`-th working day before `date`.
    public func addWorkdays(_ date: CivilDate, _ n: Int) -> CivilDate {
        CivilDate(dayNumber: addWorkdays(dayNumber: date.dayNumber, n))
    }

    /// `addWorkdays(_:_:)` on day numbers (days since 1970-01-01), for a caller that compares
    /// the result rather than printing it.
    public func addWorkdays(dayNumber day: Int, _ n: Int) -> Int {
        note(day)
        let result: Int
        if n >= 0 {
            result = firstDay(reaching: cumulative(startDay(day)) + n)
        } else {
            result = firstDay(reaching: cumulative(day - 1) + n + 1)
        }
        note(result)
        return result
    }

    /// The working days after `from` up to and including `to`, counting from the next working
    /// day when `from` is not one; negative (the same count, negated) when `to` is before `from`.
    public func workdaysBetween(_ from: CivilDate, _ to: CivilDate) -> Int {
        workdaysBetween(dayNumber: from.dayNumber, to.dayNumber)
    }

    /// `workdaysBetween(_:_:)` on day numbers.
    public func workdaysBetween(dayNumber a: Int, _ b: Int) -> Int {
        note(a)
        note(b)
        if b < a { return -workdaysBetween(dayNumber: b, a) }
        return max(0, cumulative(b) - cumulative(startDay(a)))
    }

    /// The years outside `covers` that working-day arithmetic was asked about so far.
    public func uncoveredYearsUsed() -> Set<Int> { uncovered.years }
}

/// The thread-safe record of uncovered years a calendar was asked about.
private final class UncoveredYears: Sendable {
    private let state = Mutex(Set<Int>())
    func insert(_ year: Int) { _ = state.withLock { $0.insert(year) } }
    var years: Set<Int> { state.withLock { $0 } }
}
