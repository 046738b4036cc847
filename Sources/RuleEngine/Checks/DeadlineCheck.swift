import DataModel
import Expressions

/// `deadline: {from, days | due, unit, done, grace}`: the item is done by its due date, or,
/// still open, not past it on the run's as-of date. Gives `{due} {late_days} {early_days} {status}`.
struct DeadlineCheck: Check {
    /// Whether days count working days or calendar days.
    enum Unit: String {
        case working, calendar

        /// The unit `text` names; compared directly, which costs less than `init(rawValue:)`'s
        /// search, since an expression chooses the unit for every item.
        static func named(_ text: String) -> Unit? {
            text == "working" ? .working : text == "calendar" ? .calendar : nil
        }
    }

    /// Where an item stands against its due date.
    enum Status: String {
        case late, onTime = "on-time", early, overdue, open
    }

    // The operands are kept side by side rather than in enums of cases: reading an operand out
    // of an enum's case for every item counts a reference to it.
    /// The due date as given (`due`); else it is `days` after `from`.
    let given: RuleExpression?
    let from: RuleExpression?
    let days: RuleExpression?
    /// The expression choosing the unit per item; else `fixedUnit` holds.
    let unitExpression: RuleExpression?
    let fixedUnit: Unit
    let done: RuleExpression?
    let grace: RuleExpression?

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        let map = compiler.strictMap(spec, key: "deadline", allowed: ["from", "days", "due", "unit", "done", "grace"])
        guard spec.map != nil else { return nil }
        func operand(_ key: String) -> RuleExpression?? {
            guard let v = map[key] else { return .some(nil) }
            guard let e = compiler.expression(v, key: key) else { return nil }
            return .some(e)
        }
        guard let from = operand("from"), let days = operand("days"), let dueOperand = operand("due"),
              let done = operand("done"), let grace = operand("grace") else { return nil }
        if let dueOperand {
            (given, self.from, self.days) = (dueOperand, nil, nil)
        } else if let from, let days {
            (given, self.from, self.days) = (nil, from, days)
        } else {
            compiler.error(RuleSetMessages.deadlineNeedsDays(), at: spec.location)
            return nil
        }
        if let unitValue = map["unit"] {
            if let text = unitValue.string, let fixed = Unit(rawValue: text) {
                (unitExpression, fixedUnit) = (nil, fixed)
            } else if let text = unitValue.string, text.allSatisfy({ $0.isLetter || $0 == "_" }) {
                compiler.error(RuleSetMessages.badUnit(text), at: unitValue.location)
                return nil
            } else {
                guard let e = compiler.expression(unitValue, key: "unit") else { return nil }
                (unitExpression, fixedUnit) = (e, .working)
            }
        } else {
            (unitExpression, fixedUnit) = (nil, .working)
        }
        self.done = done
        self.grace = grace
    }

    var defaultMessage: String { "done {late_days} day(s) late (due {due})" }
    var defaultMessages: [String] { [defaultMessage, "open and overdue by {late_days} day(s) (due {due})"] }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        let asOfDay = context.asOf.dayNumber
        for item in items {
            switch judge(item, context, asOfDay: asOfDay) {
            case .failure(let error):
                out.violations.append(.failure(item: item.index, at: item.node.location, error.reason))
            case .success(let judgement?):
                guard judgement.status == .late || judgement.status == .overdue else { continue }
                out.violations.append(Violation(
                    item: item.index, location: judgement.location ?? item.node.location,
                    provided: [
                        // Only late and overdue items are violations, and they are never early.
                        "due": .date(CivilDate(dayNumber: judgement.dueDay)), "late_days": .int(judgement.lateDays),
                        "early_days": .int(0), "status": .string(judgement.status.rawValue),
                    ], variant: judgement.status == .late ? 0 : 1))
            case .success(nil):
                continue
            }
        }
        return out
    }

    /// An item's standing; built for every item, so it holds plain values, not a dictionary.
    /// Dates are day numbers: they are compared and counted, and printed only for findings.
    private struct Judgement {
        var status: Status
        var location: SourceLocation?
        var dueDay: Int
        var lateDays = 0
    }

    /// The item's status; `nil` when its dates are absent (absence is `require`'s job).
    private func judge(_ item: CheckItem, _ context: CheckContext, asOfDay: Int) -> Result<Judgement?, EvalError> {
        let a = context.bind(item)
        // Operands are read through optional chaining, which borrows them: binding one with
        // `if let` would count a reference to it for every item.
        var unit = fixedUnit
        if let outcome = unitExpression?.evaluateContent(a) {
            switch outcome {
            case .failure(let e): return .failure(e)
            case .success(let v):
                guard case .string(let s) = v, let u = Unit.named(s) else {
                    return .failure(EvalError(RuleSetMessages.badUnit(v.celLiteral())))
                }
                unit = u
            }
        }
        // The calendar is read where the context holds it: a copy would count references to its tables.
        func add(_ day: Int, _ n: Int) -> Int {
            unit == .working ? context.environment.calendar.addWorkdays(dayNumber: day, n) : day + n
        }
        func between(_ a: Int, _ b: Int) -> Int {
            unit == .working ? context.environment.calendar.workdaysBetween(dayNumber: a, b) : b - a
        }
        var dueDay: Int
        if let outcome = given.map({ DateOperand.date($0, a, key: "due") }) {
            switch outcome {
            case .failure(let e): return .failure(e)
            case .success(nil): return .success(nil)
            case .success(let d?): dueDay = d.dayNumber
            }
        } else {
            // Without `due`, `from` and `days` are both given (the initializer requires it).
            let start: Int
            switch from.map({ DateOperand.date($0, a, key: "from") }).unsafelyUnwrapped {
            case .failure(let e): return .failure(e)
            case .success(nil): return .success(nil)
            case .success(let d?): start = d.dayNumber
            }
            switch days.map({ DateOperand.integer($0, a, key: "days") }).unsafelyUnwrapped {
            case .failure(let e): return .failure(e)
            case .success(nil): return .success(nil)
            case .success(let n?): dueDay = add(start, n)
            }
        }
        var judgedDue = dueDay
        if let outcome = grace.map({ DateOperand.integer($0, a, key: "grace") }) {
            switch outcome {
            case .failure(let e): return .failure(e)
            case .success(let n): judgedDue = add(dueDay, n ?? 0)
            }
        }
        var lateDays = 0
        var doneDay: Int?
        var location: SourceLocation?
        if let outcome = done.map({ DateOperand.dateWithLocation($0, a, key: "done") }) {
            switch outcome {
            case .failure(let e): return .failure(e)
            case .success(let d): doneDay = d?.date.dayNumber; location = d?.location
            }
        }
        let status: Status
        if let doneDay {
            if doneDay > judgedDue {
                status = .late
                lateDays = between(judgedDue, doneDay)
            } else {
                status = doneDay < dueDay ? .early : .onTime
            }
        } else if asOfDay > judgedDue {
            status = .overdue
            lateDays = between(judgedDue, asOfDay)
        } else {
            status = .open
        }
        return .success(Judgement(status: status, location: location, dueDay: dueDay, lateDays: lateDays))
    }
}
