/// A strict RFC 8259 parser over UTF-8 bytes that builds `Value` trees with locations, without
/// recursion, and reports the first syntax error at the offending character.
struct JSONParser {
    /// An array or object still open.
    struct Frame {
        var isObject: Bool
        var start: TextPoint
        var elements: [Value] = []
        var members = ValueMap()
        var key = ""
        var keyLocation = SourceLocation.unknown
    }

    let text: UnsafeBufferPointer<UInt8>
    let file: FileID
    private let maxDepth: Int
    private let dates: DateRecognizer
    var position = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `position`: columns count scalars.
    var continuationsOnLine = 0
    var scratch: [UInt8] = []
    /// Duplicate keys met so far; they do not stop parsing.
    private(set) var problems: [LoadProblem] = []

    /// A parser over `text` (valid UTF-8) of `file`.
    init(text: UnsafeBufferPointer<UInt8>, file: FileID, options: LoadOptions) {
        self.text = text
        self.file = file
        self.maxDepth = options.maxDepth
        self.dates = DateRecognizer(formats: options.dateFormats)
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return position >= text.count
    }

    /// Fails when anything but whitespace follows the value parsed.
    mutating func rejectTrailingContent() throws(LoadProblem) {
        guard !isAtEnd() else { return }
        throw unexpected(expecting: nil)
    }

    /// Parses one JSON value starting at the current position.
    mutating func parseValue() throws(LoadProblem) -> Value {
        var stack: [Frame] = []
        skipWhitespace()
        while true {
            var value: Value
            guard position < text.count else { throw unexpectedEnd(stack) }
            let start = here()
            switch text[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maxDepth else { throw problem(DataModelMessages.tooDeep(maxDepth), at: position) }
                let isObject = text[position] == UInt8(ascii: "{")
                position += 1
                skipWhitespace()
                let close = UInt8(ascii: isObject ? "}" : "]")
                if position < text.count, text[position] == close {
                    position += 1
                    value = Value(isObject ? .map(ValueMap()) : .list([]), at: location(from: start))
                } else {
                    stack.append(Frame(isObject: isObject, start: start))
                    if isObject { try readKey(into: &stack, afterComma: nil) }
                    continue
                }
            case UInt8(ascii: "\""):
                value = try stringValue()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try number()
            default:
                value = try literal()
            }
            // Attach the finished value, closing every container it completes.
            while true {
                guard !stack.isEmpty else { return value }
                let top = stack.count - 1
                if stack[top].isObject {
                    let entry = ValueMap.Entry(key: stack[top].key, keyLocation: stack[top].keyLocation, value: value)
                    if let first = stack[top].members.insert(entry) {
                        reportDuplicate(entry, first: stack[top].members.entries[first].keyLocation)
                    }
                } else {
                    stack[top].elements.append(value)
                }
                skipWhitespace()
                guard position < text.count else { throw unexpectedEnd(stack) }
                let byte = text[position]
                if byte == UInt8(ascii: ",") {
                    let comma = position
                    position += 1
                    skipWhitespace()
                    if stack[top].isObject {
                        try readKey(into: &stack, afterComma: comma)
                    } else if position < text.count, text[position] == UInt8(ascii: "]") {
                        throw problem(DataModelMessages.jsonTrailingComma, at: comma)
                    }
                    break
                }
                guard byte == UInt8(ascii: stack[top].isObject ? "}" : "]") else {
                    throw unexpected(expecting: stack[top].isObject ? "',' or '}'" : "',' or ']'")
                }
                position += 1
                let frame = stack.removeLast()
                let kind: Value.Kind = frame.isObject ? .map(frame.members) : .list(frame.elements)
                value = Value(kind, at: location(from: frame.start))
            }
        }
    }

    /// Reads `"key" :` for the innermost object.
    private mutating func readKey(into stack: inout [Frame], afterComma comma: Int?) throws(LoadProblem) {
        guard position < text.count else { throw unexpectedEnd(stack) }
        guard text[position] == UInt8(ascii: "\"") else {
            if let comma, text[position] == UInt8(ascii: "}") { throw problem(DataModelMessages.jsonTrailingComma, at: comma) }
            if isWordByte(text[position]) { throw problem(DataModelMessages.jsonKeyNotString, at: position) }
            throw unexpected(expecting: "a key in double quotes")
        }
        let start = here()
        let key = try string()
        stack[stack.count - 1].key = key
        stack[stack.count - 1].keyLocation = location(from: start)
        skipWhitespace()
        guard position < text.count else { throw unexpectedEnd(stack) }
        guard text[position] == UInt8(ascii: ":") else { throw unexpected(expecting: "':' after the key") }
        position += 1
        skipWhitespace()
    }

    private mutating func reportDuplicate(_ entry: ValueMap.Entry, first: SourceLocation) {
        let message = DataModelMessages.duplicateKey(entry.key, firstLine: first.line, firstColumn: first.column)
        problems.append(LoadProblem(.duplicateKey, message, at: entry.keyLocation))
    }

    private mutating func stringValue() throws(LoadProblem) -> Value {
        let start = here()
        var string = try self.string()
        if let date = string.withUTF8({ dates.recognize($0) }) {
            return Value(date, at: location(from: start), literal: string)
        }
        return Value(.string(string), at: location(from: start))
    }

    private mutating func number() throws(LoadProblem) -> Value {
        let start = here()
        let first = position
        if text[position] == UInt8(ascii: "-") { position += 1 }
        guard position < text.count, isDigit(text[position]) else {
            throw problem(DataModelMessages.jsonInvalidNumber("expected a digit, found \(DataModelMessages.describe(peek()))"), at: position)
        }
        if text[position] == UInt8(ascii: "0"), position + 1 < text.count, isDigit(text[position + 1]) {
            throw problem(DataModelMessages.jsonLeadingZero, at: position)
        }
        var isInteger = true
        skipDigits()
        if position < text.count, text[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            try requireDigits(after: "'.'")
        }
        if position < text.count, text[position] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            position += 1
            if position < text.count, text[position] == UInt8(ascii: "+") || text[position] == UInt8(ascii: "-") { position += 1 }
            try requireDigits(after: "the exponent")
        }
        let bytes = UnsafeBufferPointer(rebasing: text[first..<position])
        let literal = String(decoding: bytes, as: UTF8.self)
        let location = location(from: start)
        if isInteger, let int = Self.integer(bytes) { return Value(.int(int), at: location, literal: literal) }
        return Value(.double(Double(literal) ?? .nan), at: location, literal: literal)
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = bytes[0] == UInt8(ascii: "-")
        var value = 0
        for byte in bytes[(negative ? 1 : 0)...] {
            let digit = Int(byte &- 0x30)
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = s
        }
        return value
    }

    private mutating func literal() throws(LoadProblem) -> Value {
        let start = here()
        let first = position
        while position < text.count, isWordByte(text[position]) { position += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[first..<position]), as: UTF8.self)
        let kind: Value.Kind
        switch word {
        case "true": kind = .bool(true)
        case "false": kind = .bool(false)
        case "null": kind = .null
        case "":
            position = first
            throw unexpected(expecting: "a value")
        default:
            throw problem(DataModelMessages.jsonUnknownLiteral(word), at: first)
        }
        return Value(kind, at: location(from: start), literal: word)
    }

    private mutating func skipDigits() {
        while position < text.count, isDigit(text[position]) { position += 1 }
    }

    private mutating func requireDigits(after what: String) throws(LoadProblem) {
        guard position < text.count, isDigit(text[position]) else {
            throw problem(DataModelMessages.jsonInvalidNumber("expected a digit after \(what), found \(DataModelMessages.describe(peek()))"), at: position)
        }
        skipDigits()
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || isDigit(byte) || byte == UInt8(ascii: "_")
    }

    func peek() -> UInt8? { position < text.count ? text[position] : nil }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < text.count {
            switch text[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
                continuationsOnLine = 0
            default: return
            }
        }
    }

    @inline(__always)
    private func here() -> TextPoint {
        TextPoint(line: line, column: position - lineStart - continuationsOnLine + 1)
    }

    @inline(__always)
    private func location(from start: TextPoint) -> SourceLocation {
        let end = here()
        return SourceLocation(file: file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }
}
