/// Reads RFC 9535 query text into the compiled form, following the RFC's ABNF exactly and
/// reporting the first problem with its column.
struct QueryParser {
    let text: String
    let scalars: [Unicode.Scalar]
    var position = 0
    /// How deeply filters, parentheses and function calls are nested at the current position.
    var depth = 0
    /// Mistakes found in an otherwise valid query.
    var warnings: [JSONPathWarning] = []

    /// Nesting beyond this is rejected, so that hostile queries cannot exhaust the stack.
    static let maxDepth = 64
    /// The largest magnitude of an index, slice bound or step: I-JSON's exact integers.
    static let maxInteger = 9_007_199_254_740_991

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    /// Parses the whole text as a `jsonpath-query`.
    mutating func parseQuery() throws(JSONPathError) -> [Segment] {
        guard consume("$") else { throw error(ParseMessage.expectedRoot) }
        let segments = try parseSegments()
        guard position == scalars.count else { throw error(ParseMessage.expectedEnd) }
        return segments
    }

    // MARK: Segments

    /// Parses `*(S segment)`, leaving any blanks after the last segment unread.
    mutating func parseSegments() throws(JSONPathError) -> [Segment] {
        var segments: [Segment] = []
        while true {
            let start = position
            skipBlanks()
            guard peek == "." || peek == "[" else {
                position = start
                return segments
            }
            segments.append(try parseSegment())
        }
    }

    private mutating func parseSegment() throws(JSONPathError) -> Segment {
        let isDescendant = consume("..")
        if isDescendant ? peek != "[" : consume(".") {
            guard let selector = parseShorthand() else {
                throw error(isDescendant ? ParseMessage.expectedMemberAfterDoubleDot : ParseMessage.expectedMemberAfterDot)
            }
            return Segment(selectors: [selector], isDescendant: isDescendant, isCompact: true)
        }
        let (selectors, isCompact) = try parseBracketedSelection()
        return Segment(selectors: selectors, isDescendant: isDescendant, isCompact: isCompact)
    }

    /// Parses `*` or a `member-name-shorthand` after a dot.
    private mutating func parseShorthand() -> Selector? {
        if consume("*") { return .wildcard }
        guard let first = peek, Self.isNameFirst(first) else { return nil }
        var name = String.UnicodeScalarView()
        while let scalar = peek, Self.isNameFirst(scalar) || ("0"..."9").contains(scalar) {
            name.append(scalar)
            position += 1
        }
        return .name(String(name))
    }

    private static func isNameFirst(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar.value >= 0x80
    }

    /// Parses `"[" S selector *(S "," S selector) S "]"`; also tells whether no blank was skipped.
    private mutating func parseBracketedSelection() throws(JSONPathError) -> ([Selector], isCompact: Bool) {
        position += 1  // "["
        var selectors: [Selector] = []
        var isCompact = !skipBlanks()
        selectors.append(try parseSelector())
        while true {
            if skipBlanks() { isCompact = false }
            if consume("]") { return (selectors, isCompact) }
            guard consume(",") else { throw error(ParseMessage.expectedCloseBracket) }
            skipBlanks()
            selectors.append(try parseSelector())
        }
    }

    private mutating func parseSelector() throws(JSONPathError) -> Selector {
        guard let first = peek else { throw error(ParseMessage.expectedSelector) }
        switch first {
        case "'", "\"":
            return .name(try parseStringLiteral())
        case "*":
            position += 1
            return .wildcard
        case "?":
            position += 1
            skipBlanks()
            return .filter(try parseFilter())
        case ":", "-", "0"..."9":
            return try parseIndexOrSlice()
        default:
            throw error(ParseMessage.expectedSelector)
        }
    }

    /// Parses `index-selector` or `slice-selector`, which share their first integer.
    private mutating func parseIndexOrSlice() throws(JSONPathError) -> Selector {
        var start: Int?
        if peek != ":" {
            let index = try parseInteger()
            let afterIndex = position
            skipBlanks()
            guard peek == ":" else {
                position = afterIndex  // the bracket reads the blanks
                return .index(index)
            }
            start = index
        }
        position += 1  // ":"
        skipBlanks()
        let end = try parseOptionalInteger()
        skipBlanks()
        var step: Int?
        if consume(":") {
            skipBlanks()
            step = try parseOptionalInteger()
        }
        return .slice(Slice(start: start, end: end, step: step))
    }

    private mutating func parseOptionalInteger() throws(JSONPathError) -> Int? {
        guard let scalar = peek, scalar == "-" || ("0"..."9").contains(scalar) else { return nil }
        return try parseInteger()
    }

    // MARK: Reading

    var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    /// Consumes `literal` when the text continues with it.
    mutating func consume(_ literal: String) -> Bool {
        var index = position
        for scalar in literal.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        position = index
        return true
    }

    /// Skips RFC 9535 blanks (space, tab, line feed, carriage return); tells whether there were any.
    @discardableResult
    mutating func skipBlanks() -> Bool {
        let start = position
        while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            position += 1
        }
        return position > start
    }

    /// An error saying `message` at `column` (0-based scalar offset), or at the current position.
    func error(_ message: String, at offset: Int? = nil) -> JSONPathError {
        JSONPathError(column: (offset ?? position) + 1, message: message, query: text)
    }
}
