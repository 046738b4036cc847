import DataModel

/// Working-day arithmetic with Saturday and Sunday off (public holidays are not modelled, so a
/// generated due date is never later than the calendar-aware limit).
enum WorkingDays {
    static func isWorkingDay(_ date: CivilDate) -> Bool { date.weekday <= 5 }

    /// The date `days` working days after `date` (before it, when negative).
    static func adding(_ days: Int, to date: CivilDate) -> CivilDate {
        var result = date
        var remaining = abs(days)
        let step = days < 0 ? -1 : 1
        while remaining > 0 {
            result = result.adding(days: step)
            if isWorkingDay(result) { remaining -= 1 }
        }
        return result
    }

    /// `date`, or the next working day when it is not one.
    static func onOrAfter(_ date: CivilDate) -> CivilDate {
        var result = date
        while !isWorkingDay(result) { result = result.adding(days: 1) }
        return result
    }
}
