import DataModel

extension ExprValue {
    /// CEL equality: numbers by value across int and double, a date equals a date-time on the
    /// same day, lists and maps element by element, values of other different types unequal.
    static func equal(_ a: ExprValue, _ b: ExprValue) -> Bool {
        // The common `field == "literal"` without building resolved copies.
        if case .string(let y) = b {
            switch a {
            case .string(let x): return x == y
            case .data(let v):
                if case .string(let x) = v.kind { return x == y }
                return false
            default: return false
            }
        }
        switch (a.resolved, b.resolved) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.int(x), .double(y)): return compareNumbers(x, y) == 0
        case let (.double(x), .int(y)): return compareNumbers(y, x) == 0
        case let (.date(x), .date(y)): return x == y
        case let (.dateTime(x), .dateTime(y)): return x == y
        case let (.date(x), .dateTime(y)), let (.dateTime(y), .date(x)): return x == y.date
        case let (.type(x), .type(y)): return x == y
        case let (x, y):
            if let l = x.listView, let m = y.listView {
                guard l.count == m.count else { return false }
                for i in 0..<l.count where !equal(l[i], m[i]) { return false }
                return true
            }
            if let l = x.mapView, let m = y.mapView {
                guard l.count == m.count else { return false }
                for i in 0..<l.count {
                    let key = l.key(at: i)
                    guard let other = m.value(for: key), let mine = l.value(for: key), equal(mine, other) else { return false }
                }
                return true
            }
            return false
        }
    }

    /// The order of an int and a double by exact value: -1, 0, 1, or `nil` when `d` is NaN.
    static func compareNumbers(_ i: Int, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d >= 9_223_372_036_854_775_808.0 { return -1 }
        if d < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = d.rounded(.towardZero)
        let w = Int(whole)
        if i != w { return i < w ? -1 : 1 }
        let fraction = d - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// CEL ordering: numbers across int and double, strings by code point, booleans, dates and
    /// date-times (mixed by date part); `nil` when unordered (NaN). Other pairs are an error.
    static func order(_ a: ExprValue, _ b: ExprValue) throws(EvalError) -> Int? {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a.resolved, b.resolved) {
        case let (.int(x), .int(y)): return sign(x, y)
        case let (.double(x), .double(y)): return x.isNaN || y.isNaN ? nil : sign(x, y)
        case let (.int(x), .double(y)): return compareNumbers(x, y)
        case let (.double(x), .int(y)): return compareNumbers(y, x).map { -$0 }
        case let (.string(x), .string(y)):
            // UTF-8 byte order is code point order.
            if x == y { return 0 }
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
        case let (.bool(x), .bool(y)): return x == y ? 0 : (x ? 1 : -1)
        case let (.date(x), .date(y)): return sign(x, y)
        case let (.dateTime(x), .dateTime(y)): return sign(x, y)
        case let (.date(x), .dateTime(y)): return sign(x, y.date)
        case let (.dateTime(x), .date(y)): return sign(x.date, y)
        case let (x, y): throw EvalError(Msg.noOverload("<", [x.type, y.type]), kind: .noOverload)
        }
    }
}
