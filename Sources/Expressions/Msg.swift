import DataModel

/// Every user-facing text of the Expressions module, in one place.
enum Msg {
    // MARK: Syntax

    static let bytesUnsupported = "byte strings are not supported"
    static let unsignedUnsupported = "unsigned integers are not supported; write the number without 'u'"
    static let unterminatedString = "unterminated string"
    static let singleEquals = "'=' is not an operator; use '==' to compare"
    static let messageConstruction = "message construction 'Name{...}' is not supported"
    static let leadingDot = "a name cannot start with '.'"
    static func singleLogical(_ c: String) -> String { "'\(c)' is not an operator; use '\(c)\(c)'" }
    static func unexpectedCharacter(_ c: String) -> String { "unexpected character '\(c)'" }
    static func reservedWord(_ w: String) -> String { "'\(w)' is a reserved word" }
    static func badNumber(_ text: String) -> String { "malformed number '\(text)'" }
    static func intOutOfRange(_ text: String) -> String { "integer \(text) is out of range (64-bit)" }
    static func badEscape(_ text: String) -> String { "invalid escape sequence '\\\(text)'" }
    static func unexpected(_ found: String, expected: String) -> String { "expected \(expected), found \(found)" }
    static func tooDeep(_ limit: Int) -> String { "expression nests more than \(limit) levels deep" }

    // MARK: Checking

    static func unknownFunction(_ name: String) -> String { "unknown function '\(name)'" }
    static func wrongArity(_ name: String, _ arity: ClosedRange<Int>, got: Int, receiver: Bool) -> String {
        let expected = arity.upperBound == Int.max ? "at least \(arity.lowerBound)"
            : arity.count == 1 ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
        let form = receiver ? " (counting the value before '.')" : ""
        return "'\(name)' takes \(expected) argument\(arity == 1...1 ? "" : "s")\(form), got \(got)"
    }
    static func argumentType(_ name: String, position: Int, _ type: ExprType, allowed: Set<ExprType>) -> String {
        let names = allowed.map(\.rawValue).sorted().joined(separator: " or ")
        return "'\(name)' needs \(names) as argument \(position), got \(type.rawValue)"
    }
    static func operandType(_ what: String, _ type: ExprType) -> String { "\(what) cannot take \(type.rawValue)" }
    static let hasForm = "has() takes a field selection, such as has(a.b) or has(field)"
    static func macroForm(_ name: String) -> String {
        name == "map" ? "map() is written list.map(x, expr) or list.map(x, filter, expr)"
            : "\(name)() is written list.\(name)(x, predicate)"
    }
    static func dateFormatNotLiteral(_ name: String) -> String { "the format of \(name)() must be a string literal" }
    static func badDateFormat(_ pattern: String) -> String {
        "invalid date format '\(pattern)'; use yyyy, MM and dd with separators, e.g. 'dd/MM/yyyy'"
    }
    static func letNameInvalid(_ name: String) -> String { "let name '\(name)' is not an identifier" }
    static func letHidesVariable(_ name: String) -> String { "let '\(name)' would hide the provided name '\(name)'" }

    // MARK: Evaluation

    static func noSuchKey(_ key: String) -> String { "no such key: \(key)" }
    static func noField(_ name: String, on type: ExprType) -> String { "no field '\(name)' on a value of type \(type.rawValue)" }
    static func indexOutOfRange(_ i: Int, count: Int) -> String { "index \(i) out of range (list has \(count) elements)" }
    static func badMapKey(_ type: ExprType) -> String { "a map key cannot be \(type.rawValue)" }
    static func duplicateMapKey(_ key: String) -> String { "duplicate map key \(key)" }
    static let intOverflow = "integer overflow"
    static let divisionByZero = "division by zero"
    static let moduloByZero = "modulus by zero"
    static let dateOutOfRange = "date out of range"
    static func noOverload(_ op: String, _ types: [ExprType]) -> String {
        let names = types.map(\.rawValue)
        let isSymbol = op.unicodeScalars.allSatisfy { !("a"..."z").contains($0) && !("A"..."Z").contains($0) && $0 != "_" }
        let kinds = Set(types)
        let mixedNumbers = kinds == [.int, .double] ? " (convert with double() or int())"
            : kinds.contains(.string) && !kinds.isDisjoint(with: [.date, .dateTime]) ? " (convert the string with date())" : ""
        if isSymbol && op == "[]" && names.count == 2 { return "no such overload: \(names[0])[\(names[1])]" }
        if isSymbol && names.count == 2 { return "no such overload: \(names[0]) \(op) \(names[1])\(mixedNumbers)" }
        if isSymbol && names.count == 1 { return "no such overload: \(op)\(names[0])" }
        return "no such overload: \(op)(\(names.joined(separator: ", ")))\(mixedNumbers)"
    }
    static func notBool(_ op: String, _ type: ExprType) -> String { "'\(op)' needs a bool, got \(type.rawValue)" }
    static func predicateNotBool(_ macro: String, _ type: ExprType) -> String {
        "the predicate of \(macro)() gave \(type.rawValue), not bool"
    }
    static func stringNotDate(_ s: String, _ fn: String) -> String {
        "\(fn)() needs a date, got the string \(ExprValue.quoted(s)); convert it with date()"
    }
    static func notADate(_ s: String, _ patterns: String) -> String { "\(ExprValue.quoted(s)) is not a date in \(patterns)" }
    static func notAnInt(_ s: String) -> String { "\(ExprValue.quoted(s)) is not an integer" }
    static func notANumber(_ s: String) -> String { "\(ExprValue.quoted(s)) is not a number" }
    static func intRange(_ s: String) -> String { "\(s) is out of the integer range" }
    static func invalidRegex(_ pattern: String) -> String { "invalid regular expression \(ExprValue.quoted(pattern))" }
    static func joinNonString(_ type: ExprType) -> String { "join() needs a list of strings, found \(type.rawValue)" }
    static func sumNonNumber(_ type: ExprType) -> String { "sum() needs a list of numbers, found \(type.rawValue)" }
    static func extremeOfEmpty(_ name: String) -> String { "\(name)() of an empty list" }

    // MARK: Calendars

    static func unknownKey(_ key: String, hint: String?) -> String { "unknown key '\(key)'" + (hint.map { "; \($0)" } ?? "") }
    static func calendarNotMap(_ type: String) -> String { "a calendar must be a map, found \(type)" }
    static func calendarMissingKey(_ key: String) -> String { "missing key '\(key)'" }
    static let calendarNameNotText = "'calendar' must be the calendar's name"
    static let calendarWeekendNotList = "'weekend' must be a list of weekday names, e.g. [saturday, sunday]"
    static func calendarBadWeekday(_ text: String, hint: String?) -> String {
        "'\(text)' is not a weekday name (monday … sunday)" + (hint.map { "; \($0)" } ?? "")
    }
    static let calendarNoWorkingWeekday = "'weekend' cannot hold all seven days"
    static let calendarBadCovers = "'covers' must be [first year, last year], e.g. [2019, 2026]"
    static let calendarCoversTooLong = "'covers' can span at most 200 years"
    static func calendarCoversReversed(_ a: Int, _ b: Int) -> String { "'covers' runs backwards: \(a) is after \(b)" }
    static let calendarEntriesNotList = "expected a list of entries such as { date: 2020-01-01, name: New Year }"
    static let calendarEntryNotMap = "an entry must be a map such as { date: 2020-01-01, name: New Year }"
    static func calendarTextExpected(_ key: String) -> String { "'\(key)' must be text" }
    static let calendarDateAndRange = "an entry has either 'date' or 'from' and 'to', not both"
    static func calendarRangeReversed(_ a: CivilDate, _ b: CivilDate) -> String { "range runs backwards: \(a) is after \(b)" }
    static let calendarRangeTooLong = "a holiday range cannot be longer than a year"
    static func calendarBadDate(_ text: String) -> String { "'\(text)' is not a date (yyyy-MM-dd)" }
    static func calendarDuplicateDate(_ d: CivilDate, firstLine: Int) -> String { "\(d) is already a holiday (line \(firstLine))" }
    static func calendarHolidayAndWorking(_ d: CivilDate) -> String { "\(d) is listed both as a holiday and as a working day" }
    static let calendarDatesWithoutCovers = "holidays and working days need 'covers' (the years whose data is complete)"
    static func calendarDateOutsideCovers(_ d: CivilDate, _ covers: ClosedRange<Int>) -> String {
        "\(d) is outside the covered years \(covers.lowerBound)–\(covers.upperBound)"
    }
}
