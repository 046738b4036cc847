/// A JSON document built in code and written with a fixed key order, so reports are byte-stable.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A string, or `null` when `value` is nil.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The document as pretty-printed JSON (two-space indent), ending in a newline.
    public func serialized() -> String {
        // Written as bytes: appending to a `String` piece by piece costs several times more on a
        // report of a hundred thousand findings.
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        func put(_ text: String) { Self.append(text, to: &out) }
        switch self {
        case .null: put("null")
        case .bool(let b): put((b ? "true" : "false"))
        case .int(let i): put(String(i))
        case .double(let d): put(Self.number(d))
        case .string(let s): Self.appendStringLiteral(s, to: &out)
        case .array(let items):
            if items.isEmpty { put("[]"); return }
            put("[\n")
            for (i, item) in items.enumerated() {
                Self.appendIndent(indent + 1, to: &out)
                item.write(to: &out, indent: indent + 1)
                put((i == items.count - 1 ? "\n" : ",\n"))
            }
            Self.appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { put("{}"); return }
            put("{\n")
            for (i, (key, value)) in members.enumerated() {
                Self.appendIndent(indent + 1, to: &out)
                Self.appendStringLiteral(key, to: &out)
                put(": ")
                value.write(to: &out, indent: indent + 1)
                put((i == members.count - 1 ? "\n" : ",\n"))
            }
            Self.appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends the UTF-8 of `text` in one copy (appending a `String.UTF8View` goes byte by byte).
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private static func appendIndent(_ level: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// Whole numbers without a fraction; JSON has no NaN or infinity, so those become `null`.
    private static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), d.magnitude < 1e15 { return String(Int(d)) }
        return String(d)
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
