import DataModel

/// Date functions: `date`, `datetime`, `year`, `month`, `day`, `weekday`, `days_between`,
/// `add_days`, and the working-day functions against the scope's calendar.
enum DateFunctions {
    private static let dates: Set<ExprType> = [.date, .dateTime]

    static let specs: [String: FunctionSpec] = [
        "date": parser("date", .date) { parsed in
            switch parsed {
            case .date(let d): return .date(d)
            case .dateTime(let d): return .date(d.date)
            }
        },
        "datetime": parser("datetime", .dateTime) { parsed in
            switch parsed {
            case .date(let d): return .dateTime(CivilDateTime(date: d, hour: 0, minute: 0)!)
            case .dateTime(let d): return .dateTime(d)
            }
        },
        "year": part("year") { $0.year },
        "month": part("month") { $0.month },
        "day": part("day") { $0.day },
        "weekday": part("weekday") { $0.weekday },
        "days_between": FunctionSpec(arity: 2...2, params: [dates, dates], result: .int) { _, args in
            DayCountNode(args[0].node, args[1].node, count: { start, end in end - start }) { a, b throws(EvalError) in
                .int(try Args.date(b, "days_between", [a, b]).dayNumber - Args.date(a, "days_between", [a, b]).dayNumber)
            }
        },
        "add_days": .binary(dates, [.int], .date) { a, b throws(EvalError) in
            let d = try Args.date(a, "add_days", [a, b]), n = try Args.int(b, "add_days", [a, b])
            guard abs(n) < 3_000_000 else { throw EvalError(Msg.dateOutOfRange) }
            return .date(d.adding(days: n))
        },
        "workdays_between": FunctionSpec(arity: 2...2, params: [dates, dates], result: .int) { context, args in
            let calendar = context.calendar
            return DayCountNode(args[0].node, args[1].node, count: { calendar.workdaysBetween(dayNumber: $0, $1) }) { a, b throws(EvalError) in
                .int(calendar.workdaysBetween(try Args.date(a, "workdays_between", [a, b]), try Args.date(b, "workdays_between", [a, b])))
            }
        },
        "add_workdays": FunctionSpec(arity: 2...2, params: [dates, [.int]], result: .date) { context, args in
            let calendar = context.calendar
            return BinaryCallNode({ a, b throws(EvalError) in
                let d = try Args.date(a, "add_workdays", [a, b]), n = try Args.int(b, "add_workdays", [a, b])
                guard abs(n) < 1_000_000 else { throw EvalError(Msg.dateOutOfRange) }
                return .date(calendar.addWorkdays(d, n))
            }, args[0].node, args[1].node)
        },
        "is_workday": FunctionSpec(arity: 1...1, params: [dates], result: .bool) { context, args in
            let calendar = context.calendar
            return UnaryCallNode({ a throws(EvalError) in .bool(calendar.isWorkday(try Args.date(a, "is_workday", [a]))) }, args[0].node)
        },
    ]

    private static func part(_ name: String, _ f: @escaping @Sendable (CivilDate) -> Int) -> FunctionSpec {
        .unary(dates, .int) { v throws(EvalError) in .int(f(try Args.date(v, name, [v]))) }
    }

    /// `date(s)` / `date(s, format)`: a string read with the scope's date formats (then ISO), or
    /// with the given format; a date or date-time converted. Literal arguments are read, and
    /// rejected when wrong, when the expression compiles.
    private static func parser(_ name: String, _ result: ExprType, _ convert: @escaping @Sendable (DateFormat.Parsed) -> ExprValue) -> FunctionSpec {
        FunctionSpec(arity: 1...2, params: [[.string, .date, .dateTime], [.string]], result: result) { context, args throws(ExpressionError) in
            var formats = context.dateFormats.contains(.iso) ? context.dateFormats : context.dateFormats + [.iso]
            if args.count == 2 {
                guard case .string(let pattern)? = args[1].constant else {
                    throw ExpressionError(Msg.dateFormatNotLiteral(name), column: args[1].column)
                }
                guard let format = DateFormat(pattern) else { throw ExpressionError(Msg.badDateFormat(pattern), column: args[1].column) }
                formats = [format]
            }
            let patterns = formats.map(\.pattern).joined(separator: " or ")
            let tried = formats
            let read: FunctionSpec.Unary = { v throws(EvalError) in
                switch v.resolved {
                case .date(let d): return convert(.date(d))
                case .dateTime(let d): return convert(.dateTime(d))
                case .string(let s):
                    for format in tried { if let parsed = format.parse(s) { return convert(parsed) } }
                    throw EvalError(Msg.notADate(s, patterns))
                default: throw Args.overload(name, [v])
                }
            }
            if let constant = args[0].constant {
                do throws(EvalError) { return ConstantNode(try read(constant)) } catch { throw ExpressionError(error.reason, column: args[0].column) }
            }
            return UnaryCallNode(read, args[0].node)
        }
    }
}

/// A count of days between two dates (`days_between`, `workdays_between`). Operands that are
/// date fields or constants, the usual case, are read as day numbers in place: building their
/// values and passing them through a general call would cost several times the count.
final class DayCountNode: Node {
    let first: any Node
    let second: any Node
    /// The count from the first day number to the second.
    let count: @Sendable (Int, Int) -> Int
    /// The call on the operands' values, for operands of other kinds (with its errors).
    let general: FunctionSpec.Binary

    init(_ first: any Node, _ second: any Node, count: @escaping @Sendable (Int, Int) -> Int, general: @escaping FunctionSpec.Binary) {
        self.first = first
        self.second = second
        self.count = count
        self.general = general
    }

    func eval(_ a: Activation) throws(EvalError) -> ExprValue {
        if let start = first.dayNumber(a), let end = second.dayNumber(a) { return .int(count(start, end)) }
        return try general(try first.evalContent(a), try second.evalContent(a))
    }
}
