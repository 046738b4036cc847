import DataModel
import Foundation

/// Equality and order of data values as the checks need them: numbers by value across int and
/// double, a date against a date-time by its date part, strings by code point.
enum ValueOrder {
    private enum Key: Comparable {
        case number(Double)
        case date(Int, Int)  // day number, seconds in day (-1 for a bare date)
        case string(String)

        static func < (lhs: Key, rhs: Key) -> Bool {
            switch (lhs, rhs) {
            case let (.number(a), .number(b)): a < b
            case let (.date(a, _), .date(b, _)): a < b
            // UTF-8 byte order is code-point order.
            case let (.string(a), .string(b)): a.utf8.lexicographicallyPrecedes(b.utf8)
            default: false
            }
        }
    }

    private static func key(_ value: Value) -> Key? {
        switch value.kind {
        case .int(let i): .number(Double(i))
        case .double(let d): .number(d)
        case .date(let d): .date(d.dayNumber, -1)
        case .dateTime(let t): .date(t.date.dayNumber, t.hour * 3600 + t.minute * 60 + t.second)
        case .string(let s): .string(s)
        default: nil
        }
    }

    /// How `a` orders against `b`; `nil` when they are not comparable (different kinds).
    static func compare(_ a: Value, _ b: Value) -> ComparisonResult? {
        if case .int(let x) = a.kind, case .int(let y) = b.kind { return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame }
        guard let ka = key(a), let kb = key(b) else { return nil }
        switch (ka, kb) {
        case (.number, .number), (.string, .string), (.date, .date): break
        default: return nil
        }
        if ka < kb { return .orderedAscending }
        if kb < ka { return .orderedDescending }
        // A date and a date-time on the same day compare equal by the date part.
        if case let .date(_, s1) = ka, case let .date(_, s2) = kb, s1 >= 0, s2 >= 0, s1 != s2 {
            return s1 < s2 ? .orderedAscending : .orderedDescending
        }
        return .orderedSame
    }

    /// Whether two strings have the same code points. Loaded strings are NFC already, so their
    /// bytes decide; `==` would pay for Unicode canonical equivalence on non-ASCII text.
    static func sameText(_ a: String, _ b: String) -> Bool {
        // The same inline text or the same storage: equal without reading a byte.
        if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
        guard a.utf8.count == b.utf8.count else { return false }
        // Compared where the bytes lie when both texts hold them contiguously (texts in storage
        // of their own do), which copies neither.
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.isEmpty || memcmp(x.baseAddress.unsafelyUnwrapped, y.baseAddress.unsafelyUnwrapped, x.count) == 0
            }
        }
        if let compared = compared ?? nil { return compared }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    /// Whether `a` equals `b`: by `compare` for scalars, structurally otherwise.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a.kind, b.kind) {
        case let (.string(x), .string(y)): return sameText(x, y)
        case let (.int(x), .int(y)): return x == y
        case (.string, .int), (.int, .string), (.string, .double), (.double, .string): return false
        default: break
        }
        if let order = compare(a, b) { return order == .orderedSame }
        return a == b
    }
}

/// The outcome of comparing two values.
enum ComparisonResult {
    case orderedAscending, orderedSame, orderedDescending
}
