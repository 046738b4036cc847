/// Pretty-printed JSON (two-space indent) written straight to UTF-8 as a reporter walks its data:
/// members come out in call order, so reports are byte-stable, and a report of many findings
/// builds no tree of values.
///
/// `object` and `array` take a closure that writes the contents, so every container is closed;
/// `member` writes into the enclosing object, `value` into the enclosing array.
public struct JSONWriter {
    private var bytes: [UInt8] = []
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container already holds a member or element.
    private var hasItems = false

    private init() {}

    /// The document `body` writes (one value), ending in a newline.
    public static func document(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        writer.bytes.reserveCapacity(1 << 16)
        body(&writer)
        writer.bytes.append(UInt8(ascii: "\n"))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes member `key` holding an object whose contents `body` writes.
    public mutating func object(_ key: String, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        container("{", "}", body)
    }

    /// Writes member `key` holding an array whose elements `body` writes.
    public mutating func array(_ key: String, _ body: (inout JSONWriter) -> Void) {
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
    public mutating func member(_ key: String, _ value: String?) {
        self.key(key)
        if let value { Self.appendStringLiteral(value, to: &bytes) } else { put("null") }
    }

    /// Writes member `key` holding an integer.
    public mutating func member(_ key: String, _ value: Int) {
        self.key(key)
        appendInteger(value)
    }

    /// Writes member `key` holding a number: whole numbers without a fraction, and `null` for NaN
    /// and infinity, which JSON has no notation for.
    public mutating func member(_ key: String, _ value: Double) {
        self.key(key)
        if !value.isFinite {
            put("null")
        } else if value == value.rounded(), value.magnitude < 1e15 {
            appendInteger(Int(value))
        } else {
            Self.append(String(value), to: &bytes)
        }
    }

    /// Writes member `key` holding `true` or `false`.
    public mutating func member(_ key: String, _ value: Bool) {
        self.key(key)
        put(value ? "true" : "false")
    }

    /// Writes a string element (or the document's string).
    public mutating func value(_ value: String) {
        startItem()
        Self.appendStringLiteral(value, to: &bytes)
    }

    private mutating func key(_ key: String) {
        startItem()
        Self.appendStringLiteral(key, to: &bytes)
        put(": ")
    }

    /// The separator and indent before a member or element; nothing before the document's value.
    private mutating func startItem() {
        guard depth > 0 else { return }
        put(hasItems ? ",\n" : "\n")
        hasItems = true
        appendIndent()
    }

    /// Empty containers stay on one line (`[]`, `{}`); others close on a line of their own.
    private mutating func container(_ open: Unicode.Scalar, _ close: Unicode.Scalar, _ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: open))
        depth += 1
        hasItems = false
        body(&self)
        depth -= 1
        if hasItems {
            bytes.append(UInt8(ascii: "\n"))
            appendIndent()
        }
        bytes.append(UInt8(ascii: close))
        // This container is an item of the enclosing one.
        hasItems = true
    }

    private mutating func appendIndent() {
        for _ in 0..<2 * depth { bytes.append(UInt8(ascii: " ")) }
    }

    /// Digits written in place, as `String(value)` would write them but without building a string.
    private mutating func appendInteger(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var rest = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    private mutating func put(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 of `text` in one copy (appending a `String.UTF8View` goes byte by byte).
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// and U+2028/U+2029 too, since JavaScript treats them as line breaks.
    public static func appendStringLiteral(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        appendStringLiteral(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal to UTF-8 `out`; see `appendStringLiteral(_:to:)`.
    static func appendStringLiteral(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let isLineSeparator = byte == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80
                    && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
                guard byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isLineSeparator else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                switch byte {
                case UInt8(ascii: "\""): append("\\\"", to: &out)
                case UInt8(ascii: "\\"): append("\\\\", to: &out)
                case UInt8(ascii: "\n"): append("\\n", to: &out)
                case UInt8(ascii: "\r"): append("\\r", to: &out)
                case UInt8(ascii: "\t"): append("\\t", to: &out)
                case 0xE2: appendEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                default: appendEscape(UInt32(byte), to: &out)
                }
                i += isLineSeparator ? 3 : 1
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        let h = String(value, radix: 16)
        append("\\u" + String(repeating: "0", count: 4 - h.count) + h, to: &out)
    }
}
