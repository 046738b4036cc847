import DataModel

extension QueryParser {
    /// Parses an index or slice `int`: `0` or an optional `-` and digits without a leading zero,
    /// within ±(2^53−1).
    mutating func parseInteger() throws(JSONPathError) -> Int {
        let start = position
        let negative = consume("-")
        guard let first = peek, ("0"..."9").contains(first) else { throw error(ParseMessage.expectedDigit) }
        if first == "0" {
            if negative { throw error(ParseMessage.negativeZeroIndex, at: start) }
            position += 1
            if let next = peek, ("0"..."9").contains(next) { throw error(ParseMessage.leadingZero, at: start) }
            return 0
        }
        var magnitude = 0
        while let digit = peek, ("0"..."9").contains(digit) {
            magnitude = magnitude * 10 + Int(digit.value - 48)
            if magnitude > Self.maxInteger { throw error(ParseMessage.integerOutOfRange, at: start) }
            position += 1
        }
        return negative ? -magnitude : magnitude
    }

    /// Parses a `number` literal of a filter: `(int / "-0") [frac] [exp]`.
    mutating func parseNumberLiteral() throws(JSONPathError) -> Value {
        let start = position
        _ = consume("-")
        guard let first = peek, ("0"..."9").contains(first) else { throw error(ParseMessage.expectedDigit) }
        position += 1
        if first == "0", let next = peek, ("0"..."9").contains(next) { throw error(ParseMessage.leadingZero, at: start) }
        skipDigits()
        var isInteger = true
        if consume(".") {
            isInteger = false
            guard try skipRequiredDigits() else { throw error(ParseMessage.expectedDigit) }
        }
        if peek == "e" || peek == "E" {
            isInteger = false
            position += 1
            if peek == "+" || peek == "-" { position += 1 }
            guard try skipRequiredDigits() else { throw error(ParseMessage.expectedDigit) }
        }
        let literal = String(String.UnicodeScalarView(scalars[start..<position]))
        if isInteger, let int = Int(literal) { return Value(.int(int), literal: literal) }
        return Value(.double(Double(literal) ?? .nan), literal: literal)
    }

    private mutating func skipDigits() {
        while let digit = peek, ("0"..."9").contains(digit) { position += 1 }
    }

    private mutating func skipRequiredDigits() throws(JSONPathError) -> Bool {
        let start = position
        skipDigits()
        return position > start
    }

    /// Parses a single- or double-quoted string literal with RFC 9535 escapes.
    mutating func parseStringLiteral() throws(JSONPathError) -> String {
        let start = position
        let quote = scalars[position]
        position += 1
        var content = String.UnicodeScalarView()
        while true {
            guard let scalar = peek else { throw error(ParseMessage.unterminatedString, at: start) }
            switch scalar {
            case quote:
                position += 1
                return String(content)
            case "\\":
                content.append(try parseEscape(quote: quote))
            case "\u{00}"..."\u{1F}":
                throw error(ParseMessage.unescapedControl)
            default:
                content.append(scalar)
                position += 1
            }
        }
    }

    /// Parses the escape at the current backslash; inside `quote`d text only that quote may be escaped.
    private mutating func parseEscape(quote: Unicode.Scalar) throws(JSONPathError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let escaped = peek else { throw error(ParseMessage.unterminatedString, at: start) }
        position += 1
        switch escaped {
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "/", "\\", quote: return escaped
        case "u":
            let unit = try parseHexUnit(escapeStart: start)
            switch unit {
            case 0xD800...0xDBFF:
                guard consume("\\u") else { throw error(ParseMessage.unpairedSurrogate, at: start) }
                let low = try parseHexUnit(escapeStart: start)
                guard (0xDC00...0xDFFF).contains(low) else { throw error(ParseMessage.unpairedSurrogate, at: start) }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            case 0xDC00...0xDFFF:
                throw error(ParseMessage.unpairedSurrogate, at: start)
            default:
                return Unicode.Scalar(unit)!
            }
        default:
            throw error(ParseMessage.invalidEscape, at: start)
        }
    }

    private mutating func parseHexUnit(escapeStart: Int) throws(JSONPathError) -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = peek, let digit = Int(String(scalar), radix: 16) else { throw error(ParseMessage.invalidEscape, at: escapeStart) }
            unit = unit * 16 + UInt32(digit)
            position += 1
        }
        return unit
    }
}
