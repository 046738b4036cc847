/// Reads a pattern into a `RegexNode` when it uses only the part of ICU's syntax the own matcher
/// runs exactly: literals and escapes, `.`, classes, `\d \w \s` (and negations), `^ $ \A \Z \z`,
/// groups (plain, `(?:)`, `(?<name>)`), `|`, and greedy or lazy `* + ? {n} {n,} {n,m}`.
///
/// Anything else (look-around, back-references, possessive or atomic forms, flags, `\b`,
/// `\p{..}`, nested or combined classes) is `nil`, and ICU runs the pattern.
struct RegexParser {
    /// A parsed pattern.
    struct Parsed {
        let root: RegexNode
        let groupCount: Int
        /// The `(?<name>...)` groups in pattern order, with their capture numbers.
        let namedGroups: [(name: String, group: Int)]
    }

    private struct Unsupported: Error {}

    private let chars: [UInt32]
    private var index = 0
    private var groupCount = 0
    private var namedGroups: [(name: String, group: Int)] = []
    private var depth = 0
    /// Deeper nesting is left to ICU rather than risk the stack.
    private static let maxDepth = 100
    /// Counts above this are left to ICU: the matcher would unroll them into too long a program.
    static let maxCount = 1000

    /// The tree of `pattern`, or nil when the pattern uses syntax outside the supported part.
    static func parse(_ pattern: String) -> Parsed? {
        var parser = RegexParser(chars: pattern.unicodeScalars.map(\.value))
        do throws(Unsupported) {
            let root = try parser.alternation()
            guard parser.index == parser.chars.count else { return nil }
            return Parsed(root: root, groupCount: parser.groupCount, namedGroups: parser.namedGroups)
        } catch {
            return nil
        }
    }

    private init(chars: [UInt32]) { self.chars = chars }

    private func peek(_ offset: Int = 0) -> UInt32? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private mutating func next() throws(Unsupported) -> UInt32 {
        guard index < chars.count else { throw Unsupported() }
        defer { index += 1 }
        return chars[index]
    }

    private mutating func expect(_ c: Unicode.Scalar) throws(Unsupported) {
        guard try next() == c.value else { throw Unsupported() }
    }

    private mutating func alternation() throws(Unsupported) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw Unsupported() }
        var choices = [try sequence()]
        while peek() == ascii("|") {
            index += 1
            choices.append(try sequence())
        }
        return choices.count == 1 ? choices[0] : .alternation(choices)
    }

    private mutating func sequence() throws(Unsupported) -> RegexNode {
        var parts: [RegexNode] = []
        while let c = peek(), c != ascii("|"), c != ascii(")") {
            parts.append(try quantified(try atom()))
        }
        return parts.isEmpty ? .empty : parts.count == 1 ? parts[0] : .concatenation(parts)
    }

    private mutating func atom() throws(Unsupported) -> RegexNode {
        let c = try next()
        switch c {
        case ascii("("): return try group()
        case ascii("["): return .set(try characterClass())
        case ascii("."): return .any
        case ascii("^"): return .assertion(.start)
        case ascii("$"): return .assertion(.end)
        case ascii("\\"): return try escape()
        case ascii("*"), ascii("+"), ascii("?"), ascii("{"), ascii("}"), ascii("]"): throw Unsupported()
        default: return .scalar(c)
        }
    }

    private mutating func group() throws(Unsupported) -> RegexNode {
        var capture: Int? = nil
        if peek() == ascii("?") {
            if peek(1) == ascii(":") {
                index += 2
            } else if peek(1) == ascii("<"), let first = peek(2), isASCIILetter(first) {
                index += 2
                var name = ""
                while let c = peek(), isASCIILetter(c) || (ascii("0")...ascii("9")).contains(c) {
                    name.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
                    index += 1
                }
                try expect(">")
                groupCount += 1
                capture = groupCount
                namedGroups.append((name, groupCount))
            } else {
                throw Unsupported()
            }
        } else {
            groupCount += 1
            capture = groupCount
        }
        let body = try alternation()
        try expect(")")
        return .group(body, capture: capture)
    }

    private mutating func quantified(_ atom: RegexNode) throws(Unsupported) -> RegexNode {
        guard let (min, max) = try quantifier() else { return atom }
        if case .assertion = atom { throw Unsupported() }
        var greedy = true
        if peek() == ascii("?") {
            greedy = false
            index += 1
        }
        if let c = peek(), [ascii("*"), ascii("+"), ascii("?"), ascii("{")].contains(c) { throw Unsupported() }
        return .repetition(atom, min: min, max: max, greedy: greedy)
    }

    /// The bounds of the quantifier at the index, read past it, or nil when there is none.
    private mutating func quantifier() throws(Unsupported) -> (Int, Int?)? {
        switch peek() {
        case ascii("*"): index += 1; return (0, nil)
        case ascii("+"): index += 1; return (1, nil)
        case ascii("?"): index += 1; return (0, 1)
        case ascii("{"): break
        default: return nil
        }
        index += 1
        let min = try number()
        var max: Int? = min
        if peek() == ascii(",") {
            index += 1
            max = peek() == ascii("}") ? nil : try number()
        }
        try expect("}")
        if let max, max < min { throw Unsupported() }
        return (min, max)
    }

    private mutating func number() throws(Unsupported) -> Int {
        var value = 0, digits = 0
        while let c = peek(), (ascii("0")...ascii("9")).contains(c) {
            value = value * 10 + Int(c - ascii("0"))
            digits += 1
            index += 1
            if value > Self.maxCount { throw Unsupported() }
        }
        guard digits > 0 else { throw Unsupported() }
        return value
    }

    private mutating func escape() throws(Unsupported) -> RegexNode {
        let c = try next()
        if let unicodeClass = Self.classEscape(c) { return .set(ScalarSet(unicodeClass.0, negated: unicodeClass.negated)) }
        switch c {
        case ascii("A"): return .assertion(.start)
        case ascii("Z"): return .assertion(.end)
        case ascii("z"): return .assertion(.absoluteEnd)
        default: return .scalar(try escapedScalar(c))
        }
    }

    private static func classEscape(_ c: UInt32) -> (UnicodeClass, negated: Bool)? {
        switch c {
        case ascii("d"): (.digit, false)
        case ascii("D"): (.digit, true)
        case ascii("w"): (.word, false)
        case ascii("W"): (.word, true)
        case ascii("s"): (.space, false)
        case ascii("S"): (.space, true)
        default: nil
        }
    }

    /// The scalar an escape other than a class or an assertion stands for.
    private mutating func escapedScalar(_ c: UInt32) throws(Unsupported) -> UInt32 {
        switch c {
        case ascii("n"): return 0x0A
        case ascii("t"): return 0x09
        case ascii("r"): return 0x0D
        case ascii("f"): return 0x0C
        case ascii("a"): return 0x07
        case ascii("e"): return 0x1B
        case ascii("u"): return try hexScalar(digits: 4)
        case ascii("x"):
            guard peek() == ascii("{") else { return try hexScalar(digits: 2) }
            index += 1
            var value: UInt32 = 0, digits = 0
            while let c = peek(), let digit = hexValue(c) {
                value = value * 16 + digit
                digits += 1
                index += 1
                if digits > 6 { throw Unsupported() }
            }
            try expect("}")
            return try checkedScalar(value, digits: digits)
        default:
            // An escaped punctuation mark is itself; escaped letters and digits have meanings.
            guard c < 128, !isASCIILetter(c), !(ascii("0")...ascii("9")).contains(c), c > 0x20, c < 0x7F else { throw Unsupported() }
            return c
        }
    }

    private mutating func hexScalar(digits count: Int) throws(Unsupported) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digit = hexValue(try next()) else { throw Unsupported() }
            value = value * 16 + digit
        }
        return try checkedScalar(value, digits: count)
    }

    private func checkedScalar(_ value: UInt32, digits: Int) throws(Unsupported) -> UInt32 {
        guard digits > 0, Unicode.Scalar(value) != nil else { throw Unsupported() }
        return value
    }

    /// `[...]` after its opening bracket: scalars, ranges and class escapes, optionally negated.
    private mutating func characterClass() throws(Unsupported) -> ScalarSet {
        var set = ScalarSet()
        let negated = peek() == ascii("^")
        if negated { index += 1 }
        var first = true
        while true {
            let c = try next()
            switch c {
            case ascii("]") where !first:
                if negated { set.negate() }
                return set
            case ascii("["), ascii("]"), ascii("{"), ascii("}"):
                throw Unsupported()
            case ascii("&") where peek() == ascii("&"):
                throw Unsupported()
            case ascii("-"):
                // A hyphen is itself only first or last; elsewhere ICU reads it as an operator.
                guard first || peek() == ascii("]") else { throw Unsupported() }
                set.add(c...c)
            case ascii("\\"):
                let e = try next()
                if let unicodeClass = Self.classEscape(e) {
                    set.add(unicodeClass.0, negated: unicodeClass.negated)
                } else {
                    try addScalarOrRange(try escapedScalar(e), to: &set)
                }
            default:
                try addScalarOrRange(c, to: &set)
            }
            first = false
        }
    }

    private mutating func addScalarOrRange(_ low: UInt32, to set: inout ScalarSet) throws(Unsupported) {
        guard peek() == ascii("-"), let after = peek(1), after != ascii("]") else {
            set.add(low...low)
            return
        }
        index += 1
        var high = try next()
        switch high {
        case ascii("["), ascii("]"), ascii("-"), ascii("{"), ascii("}"), ascii("&"): throw Unsupported()
        case ascii("\\"):
            let e = try next()
            guard Self.classEscape(e) == nil else { throw Unsupported() }
            high = try escapedScalar(e)
        default: break
        }
        guard low <= high else { throw Unsupported() }
        set.add(low...high)
    }
}

private func ascii(_ c: Unicode.Scalar) -> UInt32 { c.value }

private func isASCIILetter(_ c: UInt32) -> Bool {
    (ascii("a")...ascii("z")).contains(c) || (ascii("A")...ascii("Z")).contains(c)
}

private func hexValue(_ c: UInt32) -> UInt32? {
    switch c {
    case ascii("0")...ascii("9"): c - ascii("0")
    case ascii("a")...ascii("f"): c - ascii("a") + 10
    case ascii("A")...ascii("F"): c - ascii("A") + 10
    default: nil
    }
}
