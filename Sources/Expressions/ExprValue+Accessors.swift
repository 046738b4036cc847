import DataModel

extension ExprValue {
    /// The integer, when the value is an int (or a double with no fraction, as data may hold).
    public var intValue: Int? {
        switch resolved {
        case .int(let i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 9e18: return Int(d)
        default: return nil
        }
    }

    /// The number as a double, when the value is an int or a double.
    public var doubleValue: Double? {
        switch resolved {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The string, when the value is one.
    public var stringValue: String? {
        // Read through the data node rather than `resolved`, which would copy it first.
        switch self {
        case .string(let s): return s
        case .data(let v):
            if case .string(let s) = v.kind { return s }
            return nil
        default: return nil
        }
    }

    /// The date, or a date-time's date part.
    public var dateValue: CivilDate? {
        switch resolved {
        case .date(let d): return d
        case .dateTime(let d): return d.date
        default: return nil
        }
    }

    /// The elements, when the value is a list (data elements keep their nodes).
    public var elements: [ExprValue]? {
        guard let list = listView else { return nil }
        return (0..<list.count).map { list[$0] }
    }

    /// CEL equality (`1 == 1.0`, a date equals a date-time on that day, different types unequal).
    public func celEquals(_ other: ExprValue) -> Bool { ExprValue.equal(self, other) }

    /// CEL ordering: negative, zero or positive; `nil` when unordered (NaN); an error for
    /// types that do not order against each other.
    public func celCompare(_ other: ExprValue) throws(EvalError) -> Int? { try ExprValue.order(self, other) }

    /// The value as a hashable key that compares as values do (for grouping and uniqueness);
    /// `nil` for null, lists, maps and NaN.
    public var key: ExprKey? { MapKey(self).map(ExprKey.init) }
}

/// A scalar value reduced to its identity: int 1 and double 1.0 are the same key, the string
/// "1.001780" and the number 1.00178 are not.
public struct ExprKey: Hashable, Sendable {
    let key: MapKey
}
