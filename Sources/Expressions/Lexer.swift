/// Splits an expression's text into tokens, following CEL's lexical grammar (decimal and hex
/// integers, doubles with exponents, quoted, triple-quoted and raw strings with CEL's escapes).
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var i = 0

    init(_ source: String) { scalars = Array(source.unicodeScalars) }

    /// Every token of the text, ending with `.end`.
    static func tokens(_ source: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(source)
        var out: [Token] = []
        while true {
            let token = try lexer.next()
            out.append(token)
            if token.kind == .end { return out }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        i + offset < scalars.count ? scalars[i + offset] : nil
    }

    private static let reserved: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
        "loop", "package", "namespace", "return", "var", "void", "while",
    ]
    private static let twoCharSymbols: Set<String> = ["==", "!=", "<=", ">=", "&&", "||"]
    private static let oneCharSymbols: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "!", "<", ">", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}",
    ]

    private mutating func next() throws(ExpressionError) -> Token {
        skipSpaceAndComments()
        let column = i + 1
        guard let c = peek() else { return Token(kind: .end, column: column) }
        if c == "\"" || c == "'" { return Token(kind: .string(try string(raw: false)), column: column) }
        if (c == "r" || c == "R"), let q = peek(1), q == "\"" || q == "'" {
            i += 1
            return Token(kind: .string(try string(raw: true)), column: column)
        }
        if (c == "b" || c == "B"), let q = peek(1), q == "\"" || q == "'" {
            throw ExpressionError(Msg.bytesUnsupported, column: column)
        }
        if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) { return try number(column: column) }
        if isIdentifierStart(c) {
            var name = ""
            while let s = peek(), isIdentifierStart(s) || isDigit(s) {
                name.unicodeScalars.append(s)
                i += 1
            }
            if ["true", "false", "null", "in"].contains(name) { return Token(kind: .keyword(name), column: column) }
            if Lexer.reserved.contains(name) { throw ExpressionError(Msg.reservedWord(name), column: column) }
            return Token(kind: .identifier(name), column: column)
        }
        if let d = peek(1) {
            let pair = String(String.UnicodeScalarView([c, d]))
            if Lexer.twoCharSymbols.contains(pair) {
                i += 2
                return Token(kind: .symbol(pair), column: column)
            }
        }
        if Lexer.oneCharSymbols.contains(c) {
            i += 1
            return Token(kind: .symbol(String(c)), column: column)
        }
        if c == "=" { throw ExpressionError(Msg.singleEquals, column: column) }
        if c == "&" || c == "|" { throw ExpressionError(Msg.singleLogical(String(c)), column: column) }
        throw ExpressionError(Msg.unexpectedCharacter(String(c)), column: column)
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                i += 1
            } else if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { i += 1 }
            } else {
                return
            }
        }
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private func isHex(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
    }
    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    private mutating func number(column: Int) throws(ExpressionError) -> Token {
        let start = i
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            i += 2
            let digitsStart = i
            while let c = peek(), isHex(c) { i += 1 }
            let text = String(String.UnicodeScalarView(scalars[digitsStart..<i]))
            guard !text.isEmpty, let value = Int(text, radix: 16) else {
                throw ExpressionError(Msg.badNumber(String(String.UnicodeScalarView(scalars[start..<i]))), column: column)
            }
            try rejectSuffix(column: column)
            return Token(kind: .int(value), column: column)
        }
        var isDouble = false
        while let c = peek(), isDigit(c) { i += 1 }
        if peek() == ".", let d = peek(1), isDigit(d) {
            isDouble = true
            i += 1
            while let c = peek(), isDigit(c) { i += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var j = 1
            if let sign = peek(1), sign == "+" || sign == "-" { j = 2 }
            if let d = peek(j), isDigit(d) {
                isDouble = true
                i += j
                while let c = peek(), isDigit(c) { i += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<i]))
        try rejectSuffix(column: column)
        if isDouble {
            guard let value = Double(text) else { throw ExpressionError(Msg.badNumber(text), column: column) }
            return Token(kind: .double(value), column: column)
        }
        guard let value = Int(text) else {
            // Only -9223372036854775808 fits when negated; the parser handles that literal.
            if text == "9223372036854775808" { return Token(kind: .double(9_223_372_036_854_775_808), column: column) }
            throw ExpressionError(Msg.intOutOfRange(text), column: column)
        }
        return Token(kind: .int(value), column: column)
    }

    private mutating func rejectSuffix(column: Int) throws(ExpressionError) {
        if let c = peek(), c == "u" || c == "U" { throw ExpressionError(Msg.unsignedUnsupported, column: column) }
        if let c = peek(), isIdentifierStart(c) || isDigit(c) {
            throw ExpressionError(Msg.unexpectedCharacter(String(c)), column: i + 1)
        }
    }

    private mutating func string(raw: Bool) throws(ExpressionError) -> String {
        let column = i + 1
        let quote = scalars[i]
        let triple = peek(1) == quote && peek(2) == quote
        i += triple ? 3 : 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw ExpressionError(Msg.unterminatedString, column: column) }
            if c == quote {
                if !triple { i += 1; break }
                if peek(1) == quote && peek(2) == quote { i += 3; break }
            }
            if !triple && (c == "\n" || c == "\r") { throw ExpressionError(Msg.unterminatedString, column: column) }
            if c == "\\" && !raw {
                out.append(try escape())
                continue
            }
            if c == "\\" && raw, let next = peek(1), next == quote {
                // A raw string still cannot contain its own quote unescaped; keep both characters.
                out.append(c)
                out.append(next)
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    private mutating func escape() throws(ExpressionError) -> Unicode.Scalar {
        let column = i + 1
        i += 1
        guard let c = peek() else { throw ExpressionError(Msg.unterminatedString, column: column) }
        i += 1
        switch c {
        case "\\", "\"", "'", "`", "?": return c
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "x", "X": return try codePoint(digits: 2, radix: 16, column: column)
        case "u": return try codePoint(digits: 4, radix: 16, column: column)
        case "U": return try codePoint(digits: 8, radix: 16, column: column)
        case "0"..."3":
            i -= 1
            return try codePoint(digits: 3, radix: 8, column: column)
        default: throw ExpressionError(Msg.badEscape(String(c)), column: column)
        }
    }

    private mutating func codePoint(digits: Int, radix: Int, column: Int) throws(ExpressionError) -> Unicode.Scalar {
        guard i + digits <= scalars.count else { throw ExpressionError(Msg.badEscape(""), column: column) }
        let text = String(String.UnicodeScalarView(scalars[i..<i + digits]))
        guard let n = UInt32(text, radix: radix), let scalar = Unicode.Scalar(n) else {
            throw ExpressionError(Msg.badEscape(text), column: column)
        }
        i += digits
        return scalar
    }
}
