/// Reads numbers from the text of CSV cells: by inference, which keeps a text as a string unless
/// the number prints back to the same text, or in the laxer forms of declared number columns.
enum CSVNumber {
    /// The number an undeclared cell holds: a canonical integer, or a decimal that `Double` prints
    /// back exactly; `nil` for any other text (`007`, `1.001780`, `+5`, `1e3`, `28/09/2020`).
    @inline(__always)
    static func inferred(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        // One pass sorts the text: `-?[0-9]*` and `-?[0-9]*.[0-9]*`, the forms nearly every
        // number takes, go straight to their parser; texts with a sign, exponent or second point
        // inside take every parser in turn; a byte that no number holds makes it a string.
        let first = text[0]
        guard first == UInt8(ascii: "-") || first &- 0x30 < 10 else { return nil }
        var points = 0
        var hasOtherNumberBytes = false
        var index = 1
        while index < text.count {
            let byte = text[index]
            index += 1
            if byte &- 0x30 < 10 { continue }
            switch byte {
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): hasOtherNumberBytes = true
            default: return nil
            }
        }
        if hasOtherNumberBytes || points > 1 { return integer(text, allowingSignAndZeros: false) ?? canonicalDecimal(text) }
        // Without a point only an integer can match; with one, only a decimal.
        return points == 0 ? integer(text, allowingSignAndZeros: false) : canonicalDecimal(text)
    }

    /// `-?[0-9]+` within `Int`; unless `allowingSignAndZeros`, only the form `Int` prints
    /// (no `+`, no leading zero, no `-0`).
    static func integer(_ text: UnsafeBufferPointer<UInt8>, allowingSignAndZeros: Bool) -> Value.Kind? {
        var i = 0
        var negative = false
        if text[0] == UInt8(ascii: "-") || (allowingSignAndZeros && text[0] == UInt8(ascii: "+")) {
            negative = text[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < text.count else { return nil }
        if !allowingSignAndZeros, text[i] == UInt8(ascii: "0"), text.count - i > 1 || negative { return nil }
        var magnitude = 0
        while i < text.count {
            let digit = Int(text[i]) - 0x30
            guard (0...9).contains(digit) else { return nil }
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            magnitude = sum
            i += 1
        }
        return .int(magnitude)
    }

    /// A decimal fraction that `Double` prints back exactly as written (`1.5`, not `1.50`).
    static func canonicalDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        if let exact = shortDecimal(text) { return exact }
        // A fraction ending in a zero (`1.50`, `1.001780`) is never `Double`'s shortest text, `1.0` aside.
        let count = text.count
        if count >= 3, text[count - 1] == UInt8(ascii: "0"), text[count - 2] != UInt8(ascii: ".") { return nil }
        guard text.contains(UInt8(ascii: ".")), case .double(let number)? = decimal(text) else { return nil }
        return Value.shortest(number).utf8.elementsEqual(text) ? .double(number) : nil
    }

    private static let powersOfTen: [Double] = (0...22).map { pow10 in (0..<pow10).reduce(1.0) { product, _ in product * 10 } }

    /// The common case without formatting: `-?(0|[1-9][0-9]*)\.[0-9]*[1-9]` (or `.0`) with at most
    /// 15 significant digits and at least 1e-4 in magnitude. Such a decimal is the shortest text of
    /// its nearest `Double`, which `Double` prints without an exponent; the quotient of two exact
    /// doubles is correctly rounded, so the value is exact too. `nil` when the fast path does not apply.
    static func shortDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        // With at most 15 significant digits the mantissa stays below 10^16: no overflow is possible.
        let negative = text[0] == UInt8(ascii: "-")
        var i = negative ? 1 : 0
        let integerStart = i
        var mantissa = 0
        var significantDigits = 0
        while i < text.count, text[i] &- 0x30 <= 9 {
            mantissa = mantissa &* 10 &+ Int(text[i] &- 0x30)
            if mantissa > 0 { significantDigits += 1 }
            i += 1
        }
        let integerDigits = i - integerStart
        guard significantDigits <= 15, integerDigits > 0, i < text.count, text[i] == UInt8(ascii: "."),
              integerDigits == 1 || text[integerStart] != UInt8(ascii: "0") else { return nil }
        i += 1
        let fractionStart = i
        var leadingZeros = 0
        while i < text.count, text[i] &- 0x30 <= 9 {
            mantissa = mantissa &* 10 &+ Int(text[i] &- 0x30)
            if mantissa > 0 { significantDigits += 1 } else { leadingZeros += 1 }
            i += 1
            guard significantDigits <= 15 else { return nil }
        }
        let fractionDigits = i - fractionStart
        guard i == text.count, fractionDigits > 0 else { return nil }
        let lastIsZero = text[i - 1] == UInt8(ascii: "0")
        if lastIsZero && fractionDigits > 1 { return nil }
        if mantissa == 0 {
            // `0.0` prints back, `-0.0` does too; other spellings of zero were rejected above.
            return lastIsZero && fractionDigits == 1 ? .double(negative ? -0.0 : 0.0) : nil
        }
        // Below 1e-4 `Double` switches to exponent notation (`1e-05`): a zero integer part and
        // four zeros after the point.
        if integerDigits == 1, text[integerStart] == UInt8(ascii: "0"), leadingZeros >= 4 { return nil }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return .double(negative ? -magnitude : magnitude)
    }

    /// `[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?` as a finite `Double`.
    static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Value.Kind? {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < text.count, text[i] >= 0x30, text[i] <= 0x39 { i += 1 }
            return i - start
        }
        if text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
        var mantissaDigits = digits()
        if i < text.count, text[i] == UInt8(ascii: ".") {
            i += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return nil }
        if i < text.count, text[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < text.count, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard i == text.count, let number = Double(String(decoding: text, as: UTF8.self)), number.isFinite else { return nil }
        return .double(number)
    }
}
