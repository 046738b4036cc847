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
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .double(let d): out += Self.number(d).utf8
        case .string(let s): Self.appendStringLiteral(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                Self.appendIndent(indent + 1, to: &out)
                item.write(to: &out, indent: indent + 1)
                out += (i == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            for (i, (key, value)) in members.enumerated() {
                Self.appendIndent(indent + 1, to: &out)
                Self.appendStringLiteral(key, to: &out)
                out += ": ".utf8
                value.write(to: &out, indent: indent + 1)
                out += (i == members.count - 1 ? "\n" : ",\n").utf8
            }
            Self.appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
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
        let utf8 = s.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case 0..<0x20, 0x7F: appendEscape(UInt32(byte), to: &out)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                var lookahead = index
                let second = lookahead != utf8.endIndex ? utf8[lookahead] : 0
                if second == 0x80 { utf8.formIndex(after: &lookahead) }
                let third = second == 0x80 && lookahead != utf8.endIndex ? utf8[lookahead] : 0
                if third == 0xA8 || third == 0xA9 {
                    appendEscape(third == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    utf8.formIndex(after: &lookahead)
                    index = lookahead
                } else {
                    out.append(byte)
                }
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        let h = String(value, radix: 16)
        out += "\\u".utf8
        out += (String(repeating: "0", count: 4 - h.count) + h).utf8
    }
}
