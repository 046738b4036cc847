/// The YAML 1.2 core schema's plain-scalar forms, read straight from UTF-8 bytes.
///
/// Only `true`/`false` (in three casings) are booleans; `yes`, `no`, `on`, `off` stay text.
enum CoreSchema {
    /// The null, boolean, integer or float a plain scalar spells, or `nil` for text.
    @inline(__always)
    static func typed(_ bytes: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        if isNull(bytes) { return .null }
        if let b = bool(bytes) { return .bool(b) }
        return int(bytes) ?? float(bytes)
    }

    /// `null`, `Null`, `NULL`, `~` or nothing.
    static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == 0x7E
        case 4: return matches(bytes, "null", "Null", "NULL")
        default: return false
        }
    }

    /// `true`/`false` as `True`, `TRUE`, `False`, `FALSE` too.
    static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch bytes.count {
        case 4: return matches(bytes, "true", "True", "TRUE") ? true : nil
        case 5: return matches(bytes, "false", "False", "FALSE") ? false : nil
        default: return nil
        }
    }

    /// A decimal (`[-+]?[0-9]+`), octal (`0o17`) or hexadecimal (`0x1F`) integer; one too large
    /// for `Int` is read as a double.
    static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        let count = bytes.count
        guard count > 0 else { return nil }
        if count > 2, bytes[0] == 0x30, bytes[1] == 0x6F || bytes[1] == 0x78 {
            return radixInt(bytes, radix: bytes[1] == 0x6F ? 8 : 16)
        }
        var i = 0
        let negative = bytes[0] == 0x2D
        if negative || bytes[0] == 0x2B { i = 1 }
        guard i < count else { return nil }
        var value = 0
        var overflow = false
        while i < count {
            let digit = Int(bytes[i]) - 0x30
            guard digit >= 0, digit <= 9 else { return nil }
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
                overflow = o1 || o2
                value = s
            }
            i += 1
        }
        if overflow { return Double(String(decoding: bytes, as: UTF8.self)).map(Value.Kind.double) }
        return .int(value)
    }

    private static func radixInt(_ bytes: UnsafeBufferPointer<UInt8>, radix: Int) -> Value.Kind? {
        var value = 0
        var approximate = 0.0
        var overflow = false
        for byte in bytes[2...] {
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte) - 0x30
            case 0x61...0x66: digit = Int(byte) - 0x61 + 10
            case 0x41...0x46: digit = Int(byte) - 0x41 + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = s
            approximate = approximate * Double(radix) + Double(digit)
        }
        return overflow ? .double(approximate) : .int(value)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` or `.nan` (three casings).
    static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        let count = bytes.count
        var i = 0
        var negative = false
        if count > 0, bytes[0] == 0x2D || bytes[0] == 0x2B {
            negative = bytes[0] == 0x2D
            i = 1
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[i...])
        if rest.count == 4, matches(rest, ".inf", ".Inf", ".INF") { return .double(negative ? -.infinity : .infinity) }
        if i == 0, count == 4, matches(bytes, ".nan", ".NaN", ".NAN") { return .double(.nan) }
        func digits() -> Int {
            let start = i
            while i < count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - start
        }
        var mantissaDigits = digits()
        if i < count, bytes[i] == 0x2E {
            i += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return nil }
        if i < count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < count, bytes[i] == 0x2D || bytes[i] == 0x2B { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard i == count else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self)).map(Value.Kind.double)
    }

    /// Whether `bytes` spell one of three ASCII words (the casings the schema allows).
    @inline(__always)
    private static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, _ a: StaticString, _ b: StaticString, _ c: StaticString
    ) -> Bool {
        equals(bytes, a) || equals(bytes, b) || equals(bytes, c)
    }

    @inline(__always)
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard word.utf8CodeUnitCount == bytes.count else { return false }
        let start = word.utf8Start
        for k in 0..<bytes.count where start[k] != bytes[k] { return false }
        return true
    }
}
