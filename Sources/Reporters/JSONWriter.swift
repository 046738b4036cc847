/// Pretty-printed JSON (two-space indent) written straight to UTF-8 as a reporter walks its data:
/// members come out in call order, so reports are byte-stable, and a report of many findings
/// builds no tree of values.
///
/// `object` and `array` take a closure that writes the contents, so every container is closed;
/// `member` writes into the enclosing object, `value` into the enclosing array.
public struct JSONWriter: ~Copyable {
    /// The name of an object member: a string literal, written as it is, or text from the data,
    /// escaped like any string.
    public struct Key: ExpressibleByStringLiteral {
        fileprivate enum Text {
            case literal(StaticString)
            case data(String)
        }

        fileprivate let text: Text

        /// A name from code; it must be printable ASCII without quotes or backslashes.
        public init(stringLiteral literal: StaticString) { text = .literal(literal) }

        /// A name from the data, such as a rule id, escaped like any string. (Labelled, since
        /// `Key("…")` with a literal would call `init(stringLiteral:)`.)
        public init(escaping name: String) { text = .data(name) }
    }

    /// The output: `count` bytes written at the start of `storage`. A buffer of its own rather
    /// than an array, whose per-append checks cost more than the small pieces JSON is made of.
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container already holds a member or element.
    private var hasItems = false

    private init(capacity: Int) {
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// The document `body` writes (one value), ending in a newline.
    public static func document(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(capacity: 1 << 16)
        body(&writer)
        writer.append(UInt8(ascii: "\n"))
        return writer.text
    }

    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// and U+2028/U+2029 too, since JavaScript treats them as line breaks.
    public static func appendStringLiteral(_ s: String, to out: inout String) {
        var writer = JSONWriter(capacity: s.utf8.count + 2)
        writer.appendStringLiteral(s)
        out += writer.text
    }

    /// Writes member `key` holding an object whose contents `body` writes.
    public mutating func object(_ key: Key, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        container("{", "}", body)
    }

    /// Writes member `key` holding an array whose elements `body` writes.
    public mutating func array(_ key: Key, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        container("[", "]", body)
    }

    /// Writes an object element (or the document's object) whose contents `body` writes.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        startItem()
        container("{", "}", body)
    }

    /// Writes an array element (or the document's array) whose elements `body` writes.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        startItem()
        container("[", "]", body)
    }

    /// Writes member `key` holding a string, or `null` when `value` is nil.
    public mutating func member(_ key: Key, _ value: String?) {
        self.key(key)
        if let value { appendStringLiteral(value) } else { append("null") }
    }

    /// Writes member `key` holding an integer.
    public mutating func member(_ key: Key, _ value: Int) {
        self.key(key)
        appendInteger(value)
    }

    /// Writes member `key` holding a number: whole numbers without a fraction, and `null` for NaN
    /// and infinity, which JSON has no notation for.
    public mutating func member(_ key: Key, _ value: Double) {
        self.key(key)
        if !value.isFinite {
            append("null")
        } else if value == value.rounded(), value.magnitude < 1e15 {
            appendInteger(Int(value))
        } else {
            var text = String(value)
            text.withUTF8 { append($0) }
        }
    }

    /// Writes member `key` holding `true` or `false`.
    public mutating func member(_ key: Key, _ value: Bool) {
        self.key(key)
        append(value ? "true" : "false")
    }

    /// Writes a string element (or the document's string).
    public mutating func value(_ value: String) {
        startItem()
        appendStringLiteral(value)
    }

    /// The bytes written so far, as text.
    private var text: String {
        String(decoding: UnsafeBufferPointer(rebasing: storage[..<count]), as: UTF8.self)
    }

    private mutating func key(_ key: Key) {
        startItem()
        switch key.text {
        case .literal(let name):
            let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            assert(bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") },
                   "a member name written as it is needs no escaping")
            append(UInt8(ascii: "\""))
            append(bytes)
            append(UInt8(ascii: "\""))
        case .data(let name):
            appendStringLiteral(name)
        }
        append(": ")
    }

    /// The separator and indent before a member or element; nothing before the document's value.
    @inline(__always)
    private mutating func startItem() {
        guard depth > 0 else { return }
        if hasItems { append(UInt8(ascii: ",")) }
        hasItems = true
        appendLineBreak()
    }

    /// Empty containers stay on one line (`[]`, `{}`); others close on a line of their own.
    private mutating func container(_ open: Unicode.Scalar, _ close: Unicode.Scalar, _ body: (inout JSONWriter) -> Void) {
        append(UInt8(ascii: open))
        depth += 1
        hasItems = false
        body(&self)
        depth -= 1
        if hasItems { appendLineBreak() }
        append(UInt8(ascii: close))
        // This container is an item of the enclosing one.
        hasItems = true
    }

    /// A line break and the indent of the current depth, with one check for room.
    @inline(__always)
    private mutating func appendLineBreak() {
        reserve(1 + 2 * depth)
        storage[count] = UInt8(ascii: "\n")
        (storage.baseAddress! + count + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * depth)
        count += 1 + 2 * depth
    }

    /// Digits written in place, as `String(value)` would write them but without building a string.
    private mutating func appendInteger(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        reserve(digits)
        rest = value.magnitude
        for position in (count..<count + digits).reversed() {
            storage[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// Writes `s` quoted and escaped.
    private mutating func appendStringLiteral(_ s: String) {
        // Read in place, which native strings allow, rather than from a copy made for `withUTF8`.
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendQuoted($0) }
        if done == nil {
            var s = s
            s.withUTF8 { appendQuoted($0) }
        }
    }

    private mutating func appendQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        if Self.needsNoEscape(text) { append(text) } else { appendEscaped(text) }
        append(UInt8(ascii: "\""))
    }

    /// Whether `text` can be written as it is, checked eight bytes at a time (most text can).
    private static func needsNoEscape(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 8 else {
            var word: UInt64 = 0x2020_2020_2020_2020  // spaces, which need no escape
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(text)) }
            return isPlain(word)
        }
        let start = UnsafeRawPointer(text.baseAddress!)
        var offset = 0
        while offset < text.count - 8 {
            guard isPlain(start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) else { return false }
            offset += 8
        }
        // The last eight bytes, overlapping bytes already checked rather than reading past the end.
        return isPlain(start.loadUnaligned(fromByteOffset: text.count - 8, as: UInt64.self))
    }

    /// Whether none of the eight bytes of `word` needs a closer look: no control character, quote,
    /// backslash, DEL or non-ASCII byte (U+2028 and U+2029 start with one).
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        // With every byte of x below 0x80, `(x - n·ones) & ~x` has a high bit set iff some byte is below n.
        func hasByteBelow(_ n: UInt64, in x: UInt64) -> Bool { (x &- ones &* n) & ~x & highBits != 0 }
        return word & highBits == 0
            && !hasByteBelow(0x20, in: word)
            && !hasByteBelow(1, in: word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            && !hasByteBelow(1, in: word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
            && (word &+ ones) & highBits == 0
    }

    /// Writes `text` with quotes, backslashes, control characters and U+2028/U+2029 escaped;
    /// runs of bytes that need no escape are copied whole.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var i = 0
        while i < text.count {
            let byte = text[i]
            let needsEscape = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
            let isLineSeparator = !needsEscape && byte == 0xE2 && i + 2 < text.count && text[i + 1] == 0x80
                && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9)
            guard needsEscape || isLineSeparator else {
                i += 1
                continue
            }
            append(UnsafeBufferPointer(rebasing: text[runStart..<i]))
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0xE2: appendUnicodeEscape(text[i + 2] == 0xA8 ? 0x2028 : 0x2029)
            default: appendUnicodeEscape(UInt16(byte))
            }
            i += isLineSeparator ? 3 : 1
            runStart = i
        }
        append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }

    /// `\u` and four lowercase hex digits.
    private mutating func appendUnicodeEscape(_ value: UInt16) {
        let hexDigits: StaticString = "0123456789abcdef"
        append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) { append(hexDigits.utf8Start[Int(value >> shift & 0xF)]) }
    }

    @inline(__always)
    private mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage.baseAddress! + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > storage.count { grow(toHold: count + extra) }
    }

    /// Moves the output to a buffer of at least `needed` bytes, at least doubling it.
    private mutating func grow(toHold needed: Int) {
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(2 * storage.count, needed))
        grown.baseAddress!.initialize(from: storage.baseAddress!, count: count)
        storage.deallocate()
        storage = grown
    }
}
