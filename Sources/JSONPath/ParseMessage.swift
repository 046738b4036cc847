/// Every text a query parse error can say, in one place.
enum ParseMessage {
    static let expectedRoot = "expected '$' at the start of the query"
    static let expectedEnd = "expected '.', '..', '[' or the end of the query"
    static let expectedMemberAfterDot = "expected a member name or '*' after '.'"
    static let expectedMemberAfterDoubleDot = "expected a member name, '*' or '[' after '..'"
    static let expectedSelector = "expected a selector (a name, an index, a slice, '*' or a filter)"
    static let expectedCloseBracket = "expected ']'"
    static let expectedCloseParen = "expected ')'"
    static let expectedOpenParen = "expected '(' after the function name"
    static let expectedOperand = "expected a query, a function call, a literal or '('"
    static let expectedComparable = "expected a literal, a singular query or a function call"
    static let expectedDigit = "expected a digit"
    static let leadingZero = "a number cannot have leading zeros"
    static let negativeZeroIndex = "'-0' is not a valid index or slice bound"
    static let integerOutOfRange = "integer out of range; the limit is ±9007199254740991"
    static let unterminatedString = "unterminated string literal"
    static let invalidEscape = "invalid escape sequence in string literal"
    static let unpairedSurrogate = "a surrogate escape must be a high surrogate followed by '\\u' and a low surrogate"
    static let unescapedControl = "control characters in a string literal must be escaped"
    static let literalAsTest = "a literal cannot be used as a test; compare it with '==', '!=', '<', '<=', '>' or '>='"
    static let nonSingularComparison =
        "only a singular query can be compared: names and indexes, without blanks inside brackets"
    static let negatedComparison = "'!' cannot negate a comparison; write '!(...)'"
    static let tooDeep = "the query nests too deeply"

    static func unknownFunction(_ name: String) -> String {
        "unknown function '\(name)'; the functions are length, count, match, search and value"
    }

    static func argumentCount(_ name: String, expected: Int, found: Int) -> String {
        "\(name)() takes \(expected) argument\(expected == 1 ? "" : "s"), not \(found)"
    }

    static func valueFunctionAsTest(_ name: String) -> String {
        "\(name)() gives a value, which cannot be used as a test; compare it"
    }

    static func logicalFunctionCompared(_ name: String) -> String {
        "\(name)() gives true or false, which cannot be compared; use it as a test"
    }

    static func argumentNotValue(_ name: String, _ position: Int) -> String {
        "argument \(position) of \(name)() must be a value: a literal, a singular query or a value function"
    }

    static func argumentNotNodes(_ name: String, _ position: Int) -> String {
        "argument \(position) of \(name)() must be a query"
    }

    static func invalidPattern(_ pattern: String, _ name: String) -> String {
        "'\(pattern)' is not valid I-Regexp (RFC 9485), so \(name)() is always false"
    }
}
