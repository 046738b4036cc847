import DataModel
import Foundation

/// Conversions and number functions: `int`, `double`, `string`, `type`, `abs`, `round`,
/// `decimals`, `sum`, `min`, `max`.
enum NumberFunctions {
    private static let numbers: Set<ExprType> = [.int, .double]

    static let specs: [String: FunctionSpec] = [
        "int": .unary([.int, .double, .string], .int) { v throws(EvalError) in
            switch v.resolved {
            case .int: return v.resolved
            case .double(let d):
                guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else { throw EvalError(Msg.intRange(ExprValue.shortestNumber(d))) }
                return .int(Int(d))
            case .string(let s):
                guard let i = Int(s) else { throw EvalError(Msg.notAnInt(s)) }
                return .int(i)
            default: throw Args.overload("int", [v])
            }
        },
        "double": .unary([.int, .double, .string], .double) { v throws(EvalError) in
            switch v.resolved {
            case .int(let i): return .double(Double(i))
            case .double: return v.resolved
            case .string(let s):
                guard let d = parseDouble(s) else { throw EvalError(Msg.notANumber(s)) }
                return .double(d)
            default: throw Args.overload("double", [v])
            }
        },
        "string": .unary([.int, .double, .string, .bool, .date, .dateTime], .string) { v throws(EvalError) in
            switch v.resolved {
            case .string: return v.resolved
            case .int(let i): return .string(String(i))
            case .double(let d): return .string(ExprValue.shortestNumber(d))
            case .bool(let b): return .string(b ? "true" : "false")
            case .date(let d): return .string(d.description)
            case .dateTime(let d): return .string(d.description)
            default: throw Args.overload("string", [v])
            }
        },
        "type": .unary(nil, .type) { v throws(EvalError) in .type(v.type) },
        "abs": .unary(numbers, nil) { v throws(EvalError) in
            switch v.resolved {
            case .int(let i):
                guard i != .min else { throw EvalError(Msg.intOverflow) }
                return .int(abs(i))
            case .double(let d): return .double(abs(d))
            default: throw Args.overload("abs", [v])
            }
        },
        "round": .variadic(1...2, [numbers, [.int]], nil) { args throws(EvalError) in
            let places = args.count > 1 ? try Args.int(args[1], "round", args) : 0
            switch args[0].resolved {
            case .int(let i): return .int(try roundInt(i, places))
            case .double(let d): return .double(roundDouble(d, places))
            default: throw Args.overload("round", args)
            }
        },
        "decimals": .unary([.int, .double, .string], .int) { v throws(EvalError) in .int(try decimals(v)) },
        "sum": .unary([.list], nil) { v throws(EvalError) in
            guard let list = v.listView else { throw Args.overload("sum", [v]) }
            var intTotal = 0, doubleTotal = 0.0, sawDouble = false
            for i in 0..<list.count {
                switch list[i].resolved {
                case .int(let n):
                    let (t, overflow) = intTotal.addingReportingOverflow(n)
                    if overflow { throw EvalError(Msg.intOverflow) }
                    intTotal = t
                case .double(let d):
                    sawDouble = true
                    doubleTotal += d
                default: throw EvalError(Msg.sumNonNumber(list[i].type))
                }
            }
            return sawDouble ? .double(doubleTotal + Double(intTotal)) : .int(intTotal)
        },
        "min": extreme("min", wants: -1),
        "max": extreme("max", wants: 1),
    ]

    private static func parseDouble(_ s: String) -> Double? {
        switch s {
        case "NaN": return .nan
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default:
            guard !s.isEmpty, s.unicodeScalars.allSatisfy({ "0123456789+-.eE".unicodeScalars.contains($0) }) else { return nil }
            return Double(s)
        }
    }

    /// `min(list)`, `min(a, b, …)`: the least element (kept as it is, so a data value keeps its text).
    private static func extreme(_ name: String, wants: Int) -> FunctionSpec {
        .variadic(1...Int.max, [nil], nil) { args throws(EvalError) in
            var candidates = args
            if args.count == 1 {
                guard let list = args[0].listView else { throw Args.overload(name, args) }
                candidates = (0..<list.count).map { list[$0] }
            }
            guard var best = candidates.first else { throw EvalError(Msg.extremeOfEmpty(name)) }
            for c in candidates.dropFirst() {
                let order: Int?
                do { order = try ExprValue.order(c, best) } catch { throw EvalError(Msg.noOverload(name, [best.type, c.type]), kind: .noOverload) }
                if order == wants { best = c }
            }
            return best
        }
    }

    private static func roundInt(_ i: Int, _ places: Int) throws(EvalError) -> Int {
        guard places < 0 else { return i }
        guard places > -19 else { return 0 }
        var unit = 1
        for _ in 0..<(-places) { unit *= 10 }
        let remainder = i % unit
        var down = i - remainder
        if abs(remainder) * 2 >= unit {
            let (v, overflow) = down.addingReportingOverflow(i < 0 ? -unit : unit)
            if overflow { throw EvalError(Msg.intOverflow) }
            down = v
        }
        return down
    }

    /// Rounds half away from zero at `places` decimals of the number's shortest decimal form,
    /// so `round(1.005, 2)` is 1.01 as written, not 1.0 as the binary value would give.
    static func roundDouble(_ d: Double, _ places: Int) -> Double {
        guard d.isFinite else { return d }
        if places > 15 { return d }
        if places < -308 { return 0 * d }
        guard var value = Decimal(string: d.description) else { return d }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        return Double(rounded.description) ?? d
    }

    /// The decimals a number was written with: `75.4` → 1, `36` → 0, `75.40` → 2.
    static func decimals(_ v: ExprValue) throws(EvalError) -> Int {
        var text: String
        switch v {
        case .data(let node) where node.literal != nil && (v.type == .int || v.type == .double): text = node.literal!
        default:
            switch v.resolved {
            case .int: return 0
            case .double(let d): text = ExprValue.shortestNumber(d)
            case .string(let s):
                guard parseDouble(s) != nil else { throw EvalError(Msg.notANumber(s)) }
                text = s
            default: throw Args.overload("decimals", [v])
            }
        }
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) { text = String(text[..<e]) }
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }
}
