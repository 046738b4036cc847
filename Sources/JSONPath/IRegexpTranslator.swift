/// Checks a pattern against the I-Regexp grammar (RFC 9485) and writes the equivalent ICU
/// regular expression; patterns outside I-Regexp are rejected rather than guessed at.
///
/// Every literal character is written as `\x{…}` (letters and digits as themselves), and `.`
/// becomes `[^\n\r]` as RFC 9485 requires. An unescaped `^` or `$` outside a class is read as
/// the start or end of the text, as the RFC 9485 §5 mappings to ECMAScript and PCRE make it
/// and the JSONPath compliance suite expects (`match(@, '^ab.*')` matches `"abc"`); like those
/// engines' assertions, it cannot be quantified.
struct IRegexpTranslator {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var output = ""
    private var depth = 0

    /// Nested groups beyond this are rejected, so hostile patterns cannot exhaust the stack.
    private static let maxDepth = 64

    /// The ICU form of I-Regexp `pattern`, or `nil` when it is not valid I-Regexp.
    static func translate(_ pattern: String) -> String? {
        var translator = IRegexpTranslator(scalars: Array(pattern.unicodeScalars))
        guard translator.parseRegexp(), translator.position == translator.scalars.count else { return nil }
        return translator.output
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    /// `i-regexp = branch *( "|" branch )`
    private mutating func parseRegexp() -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth, parseBranch() else { return false }
        while peek == "|" {
            position += 1
            output += "|"
            guard parseBranch() else { return false }
        }
        return true
    }

    /// `branch = *piece`, `piece = atom [ quantifier ]`
    private mutating func parseBranch() -> Bool {
        while let scalar = peek, scalar != "|", scalar != ")" {
            if scalar == "^" || scalar == "$" {
                position += 1
                output += scalar == "^" ? "\\A" : "\\z"
                continue
            }
            guard parseAtom(), parseQuantifier() else { return false }
        }
        return true
    }

    private mutating func parseAtom() -> Bool {
        guard let scalar = peek else { return false }
        position += 1
        switch scalar {
        case "(":
            output += "(?:"
            guard parseRegexp(), peek == ")" else { return false }
            position += 1
            output += ")"
            return true
        case ".":
            output += "[^\\n\\r]"
            return true
        case "[":
            return parseClassExpression()
        case "\\":
            if peek == "p" || peek == "P" { return parseCategoryEscape() }
            guard let escaped = parseSingleCharEscape() else { return false }
            appendLiteral(escaped)
            return true
        case ")", "*", "+", "?", "]", "{", "|", "}":
            return false
        default:
            appendLiteral(scalar)
            return true
        }
    }

    /// `quantifier = ( "*" / "+" / "?" ) / "{" QuantExact [ "," [ QuantExact ] ] "}"`
    private mutating func parseQuantifier() -> Bool {
        switch peek {
        case "*", "+", "?":
            output.unicodeScalars.append(peek!)
            position += 1
            return true
        case "{":
            position += 1
            guard let low = parseQuantity() else { return false }
            var high: Int? = low
            if peek == "," {
                position += 1
                high = peek == "}" ? nil : parseQuantity()
                if let high, high < low { return false }
                if high == nil, peek != "}" { return false }
            }
            guard peek == "}" else { return false }
            position += 1
            output += high == low ? "{\(low)}" : "{\(low),\(high.map(String.init) ?? "")}"
            return true
        default:
            return true
        }
    }

    private mutating func parseQuantity() -> Int? {
        var digits = ""
        while let scalar = peek, ("0"..."9").contains(scalar) {
            digits.unicodeScalars.append(scalar)
            position += 1
        }
        return Int(digits)
    }

    /// `charClassExpr = "[" [ "^" ] ( "-" / CCE1 ) *CCE1 [ "-" ] "]"`
    private mutating func parseClassExpression() -> Bool {
        output += "["
        if peek == "^" {
            position += 1
            output += "^"
        }
        var isFirst = true
        while let scalar = peek {
            if scalar == "]" {
                guard !isFirst else { return false }
                position += 1
                output += "]"
                return true
            }
            if scalar == "-" {
                // A literal '-' may only open or close the class.
                position += 1
                guard isFirst || peek == "]" else { return false }
                appendLiteral("-")
            } else if scalar == "\\", position + 1 < scalars.count, scalars[position + 1] == "p" || scalars[position + 1] == "P" {
                position += 1
                guard parseCategoryEscape() else { return false }
            } else {
                guard let low = parseClassCharacter() else { return false }
                appendLiteral(low)
                if peek == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    position += 1
                    guard let high = parseClassCharacter(), low.value <= high.value else { return false }
                    output += "-"
                    appendLiteral(high)
                }
            }
            isFirst = false
        }
        return false
    }

    /// `CCchar = ( %x00-2C / %x2E-5A / %x5E-D7FF / %xE000-10FFFF ) / SingleCharEsc`
    private mutating func parseClassCharacter() -> Unicode.Scalar? {
        guard let scalar = peek else { return nil }
        position += 1
        switch scalar {
        case "\\": return parseSingleCharEscape()
        case "-", "[", "]": return nil
        default: return scalar
        }
    }

    /// The character a `SingleCharEsc` stands for (the backslash already read).
    private mutating func parseSingleCharEscape() -> Unicode.Scalar? {
        guard let scalar = peek else { return nil }
        position += 1
        switch scalar {
        case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}": return scalar
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        default: return nil
        }
    }

    /// `\p{…}` or `\P{…}` with a general category of RFC 9485 (the backslash already read).
    private mutating func parseCategoryEscape() -> Bool {
        guard let kind = peek, position + 1 < scalars.count, scalars[position + 1] == "{" else { return false }
        position += 2
        guard let major = peek, let minors = Self.categories[major] else { return false }
        position += 1
        var category = String(major)
        if let minor = peek, minors.unicodeScalars.contains(minor) {
            position += 1
            category.unicodeScalars.append(minor)
        }
        guard peek == "}" else { return false }
        position += 1
        output += "\\\(kind){\(category)}"
        return true
    }

    /// The general categories I-Regexp allows: each major class and its subclass letters.
    private static let categories: [Unicode.Scalar: String] = [
        "L": "lmotu", "M": "cen", "N": "dlo", "P": "cdefios", "Z": "lps", "S": "ckmo", "C": "cfno",
    ]

    private mutating func appendLiteral(_ scalar: Unicode.Scalar) {
        if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
            output.unicodeScalars.append(scalar)
        } else {
            output += "\\x{\(String(scalar.value, radix: 16))}"
        }
    }
}
