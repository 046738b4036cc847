import DataModel

/// RFC 9535 §2.3.5.2.2 comparison of values, where `nil` is Nothing (an empty nodelist).
///
/// Numbers compare by value across integers and doubles; strings compare by Unicode scalar
/// values; dates compare as the text they were written as; there is no other type coercion.
enum JSONComparison {
    /// The result of `lhs op rhs`.
    static func compare(_ lhs: Value?, _ op: ComparisonOperator, _ rhs: Value?) -> Bool {
        switch op {
        case .equal: return equal(lhs, rhs)
        case .notEqual: return !equal(lhs, rhs)
        case .less: return less(lhs, rhs)
        case .lessOrEqual: return less(lhs, rhs) || equal(lhs, rhs)
        case .greater: return less(rhs, lhs)
        case .greaterOrEqual: return less(rhs, lhs) || equal(lhs, rhs)
        }
    }

    private static func equal(_ lhs: Value?, _ rhs: Value?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case let (lhs?, rhs?): return deepEqual(lhs, rhs)
        default: return false
        }
    }

    private static func less(_ lhs: Value?, _ rhs: Value?) -> Bool {
        guard let lhs, let rhs else { return false }
        if let order = numericOrder(lhs.kind, rhs.kind) { return order < 0 }
        if let left = lhs.textContent, let right = rhs.textContent {
            return left.utf8.lexicographicallyPrecedes(right.utf8)  // UTF-8 order is scalar order
        }
        return false
    }

    private static func deepEqual(_ lhs: Value, _ rhs: Value) -> Bool {
        if let order = numericOrder(lhs.kind, rhs.kind) { return order == 0 }
        if let left = lhs.textContent, let right = rhs.textContent { return left.utf8.elementsEqual(right.utf8) }
        switch (lhs.kind, rhs.kind) {
        case (.null, .null): return true
        case let (.bool(left), .bool(right)): return left == right
        case let (.list(left), .list(right)):
            return left.count == right.count && zip(left, right).allSatisfy { deepEqual($0, $1) }
        case let (.map(left), .map(right)):
            guard left.count == right.count else { return false }
            return left.entries.allSatisfy { entry in
                right.exactPosition(of: entry.key).map { deepEqual(entry.value, right.value(at: $0)) } ?? false
            }
        default:
            return false
        }
    }

    /// -1, 0 or 1 when both are numbers and ordered; `nil` otherwise (NaN is unordered).
    private static func numericOrder(_ lhs: Value.Kind, _ rhs: Value.Kind) -> Int? {
        switch (lhs, rhs) {
        case let (.int(left), .int(right)): return left < right ? -1 : (left == right ? 0 : 1)
        case let (.double(left), .double(right)):
            if left.isNaN || right.isNaN { return nil }
            return left < right ? -1 : (left == right ? 0 : 1)
        case let (.int(left), .double(right)): return order(left, right)
        case let (.double(left), .int(right)): return order(right, left).map { -$0 }
        default: return nil
        }
    }

    /// The exact order of an integer and a double, without rounding the integer.
    private static func order(_ int: Int, _ double: Double) -> Int? {
        if double.isNaN { return nil }
        if double >= 0x1p63 { return -1 }
        if double < -0x1p63 { return 1 }
        let floor = double.rounded(.down)
        let whole = Int(floor)
        if int != whole { return int < whole ? -1 : 1 }
        return double > floor ? -1 : 0
    }
}
