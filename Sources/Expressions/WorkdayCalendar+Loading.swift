import DataModel

extension WorkdayCalendar {
    private static let topKeys = ["calendar", "description", "weekend", "covers", "holidays", "working-days", "note", "source"]
    private static let entryKeys = ["date", "from", "to", "name", "note", "source"]
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Reads a calendar written in the rule-set calendar format:
    ///
    /// ```yaml
    /// calendar: vn
    /// weekend: [saturday, sunday]
    /// covers: [2019, 2026]
    /// holidays:
    ///   - { date: 2020-01-01, name: New Year }
    ///   - { from: 2020-01-23, to: 2020-01-29, name: Tết Canh Tý }
    /// working-days:
    ///   - { date: 2019-01-05, name: make-up for 2018-12-31 }
    /// ```
    public init(from value: Value) throws(CalendarError) {
        guard let map = value.map else { throw CalendarError(Msg.calendarNotMap(value.typeName), at: value.location) }
        for entry in map.entries where !Self.topKeys.contains(entry.key) {
            throw CalendarError(Msg.unknownKey(entry.key, hint: Suggestion.hint(for: entry.key, in: Self.topKeys)), at: entry.keyLocation)
        }
        guard let nameNode = map["calendar"] else { throw CalendarError(Msg.calendarMissingKey("calendar"), at: value.location) }
        guard let name = nameNode.string ?? nameNode.literal, !name.isEmpty else {
            throw CalendarError(Msg.calendarNameNotText, at: nameNode.location)
        }
        let weekend = try map["weekend"].map { v throws(CalendarError) in try Self.weekend(v) } ?? [6, 7]
        let covers = try map["covers"].map { v throws(CalendarError) in try Self.covers(v) }
        var holidays: [CivilDate: SourceLocation] = [:]
        for entry in try Self.entries(map["holidays"]) {
            for date in try Self.dates(of: entry, allowRange: true) {
                if let first = holidays[date] {
                    throw CalendarError(Msg.calendarDuplicateDate(date, firstLine: Int(first.line)), at: entry.location)
                }
                try Self.checkCovered(date, covers, at: entry.location)
                holidays[date] = entry.location
            }
        }
        var workingDays: Set<CivilDate> = []
        for entry in try Self.entries(map["working-days"]) {
            for date in try Self.dates(of: entry, allowRange: false) {
                if holidays[date] != nil { throw CalendarError(Msg.calendarHolidayAndWorking(date), at: entry.location) }
                try Self.checkCovered(date, covers, at: entry.location)
                workingDays.insert(date)
            }
        }
        self.init(name: name, weekend: weekend, covers: covers, holidays: Set(holidays.keys), workingDays: workingDays)
    }

    private static func weekend(_ v: Value) throws(CalendarError) -> Set<Int> {
        guard let list = v.list else { throw CalendarError(Msg.calendarWeekendNotList, at: v.location) }
        var days: Set<Int> = []
        for item in list {
            let text = item.string ?? item.text
            guard let index = weekdayNames.firstIndex(of: text.lowercased()) else {
                throw CalendarError(Msg.calendarBadWeekday(text, hint: Suggestion.hint(for: text, in: weekdayNames)), at: item.location)
            }
            days.insert(index + 1)
        }
        guard days.count < 7 else { throw CalendarError(Msg.calendarNoWorkingWeekday, at: v.location) }
        return days
    }

    private static func covers(_ v: Value) throws(CalendarError) -> ClosedRange<Int> {
        guard let list = v.list, list.count == 2, case .int(let first) = list[0].kind, case .int(let last) = list[1].kind,
              (1...9999).contains(first), (1...9999).contains(last) else {
            throw CalendarError(Msg.calendarBadCovers, at: v.location)
        }
        guard first <= last else { throw CalendarError(Msg.calendarCoversReversed(first, last), at: v.location) }
        guard last - first < 200 else { throw CalendarError(Msg.calendarCoversTooLong, at: v.location) }
        return first...last
    }

    private static func entries(_ v: Value?) throws(CalendarError) -> [Value] {
        guard let v, !v.isNull else { return [] }
        guard let list = v.list else { throw CalendarError(Msg.calendarEntriesNotList, at: v.location) }
        return list
    }

    private static func dates(of entry: Value, allowRange: Bool) throws(CalendarError) -> [CivilDate] {
        guard let map = entry.map else { throw CalendarError(Msg.calendarEntryNotMap, at: entry.location) }
        for e in map.entries where !entryKeys.contains(e.key) || (!allowRange && (e.key == "from" || e.key == "to")) {
            let allowed = allowRange ? entryKeys : entryKeys.filter { $0 != "from" && $0 != "to" }
            throw CalendarError(Msg.unknownKey(e.key, hint: Suggestion.hint(for: e.key, in: allowed)), at: e.keyLocation)
        }
        for e in map.entries where ["name", "note", "source"].contains(e.key) && e.value.string == nil {
            throw CalendarError(Msg.calendarTextExpected(e.key), at: e.value.location)
        }
        if let single = map["date"] {
            guard map["from"] == nil, map["to"] == nil else { throw CalendarError(Msg.calendarDateAndRange, at: entry.location) }
            return [try date(single)]
        }
        guard allowRange else { throw CalendarError(Msg.calendarMissingKey("date"), at: entry.location) }
        guard let fromNode = map["from"], let toNode = map["to"] else {
            throw CalendarError(Msg.calendarMissingKey(map["from"] == nil ? "from" : "to"), at: entry.location)
        }
        let from = try date(fromNode), to = try date(toNode)
        guard from <= to else { throw CalendarError(Msg.calendarRangeReversed(from, to), at: toNode.location) }
        guard to.dayNumber - from.dayNumber < 366 else { throw CalendarError(Msg.calendarRangeTooLong, at: toNode.location) }
        return (from.dayNumber...to.dayNumber).map(CivilDate.init(dayNumber:))
    }

    private static func date(_ v: Value) throws(CalendarError) -> CivilDate {
        switch v.kind {
        case .date(let d): return d
        case .string(let s):
            if case .date(let d) = DateFormat.iso.parse(s) { return d }
        default: break
        }
        throw CalendarError(Msg.calendarBadDate(v.text), at: v.location)
    }

    private static func checkCovered(_ date: CivilDate, _ covers: ClosedRange<Int>?, at location: SourceLocation) throws(CalendarError) {
        guard let covers else { throw CalendarError(Msg.calendarDatesWithoutCovers, at: location) }
        guard covers.contains(date.year) else { throw CalendarError(Msg.calendarDateOutsideCovers(date, covers), at: location) }
    }
}
