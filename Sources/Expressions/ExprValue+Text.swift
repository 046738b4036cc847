import DataModel

extension ExprValue {
    /// The value written as a CEL literal: `3`, `3.0`, `"text"`, `[1, 2]`, `{"k": true}`,
    /// `null`, `date("2020-02-10")`, `datetime("2020-03-02T08:30:00")`, `string`.
    public func celLiteral() -> String {
        switch resolved {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return ExprValue.doubleLiteral(d)
        case .string(let s): return ExprValue.quoted(s)
        case .date(let d): return "date(\"\(d)\")"
        case .dateTime(let d): return "datetime(\"\(d)\")"
        case .type(let t): return t.rawValue
        case let container:
            if let list = container.listView {
                return "[" + (0..<list.count).map { list[$0].celLiteral() }.joined(separator: ", ") + "]"
            }
            if let map = container.mapView {
                return "{" + (0..<map.count).map { i in
                    let key = map.key(at: i)
                    return key.celLiteral() + ": " + (map.value(for: key)?.celLiteral() ?? "null")
                }.joined(separator: ", ") + "}"
            }
            return "null"
        }
    }

    /// The value as a message prints it: data scalars as written in their file, computed dates
    /// in `dateFormat`, numbers in shortest form, null as `(none)`, lists as `a, b`.
    public func messageText(dateFormat: DateFormat) -> String {
        if case .data(let v) = self, let literal = v.literal {
            return v.isNull ? "(none)" : literal
        }
        switch resolved {
        case .null: return "(none)"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return ExprValue.shortestNumber(d)
        case .string(let s): return s
        case .date(let d): return dateFormat.format(d)
        case .dateTime(let d): return dateFormat.format(d)
        case .type(let t): return t.rawValue
        case let container:
            if let list = container.listView {
                return (0..<list.count).map { list[$0].messageText(dateFormat: dateFormat) }.joined(separator: ", ")
            }
            return container.celLiteral()
        }
    }

    /// A double as a CEL literal, always with a decimal point or exponent so it reads back as a double.
    static func doubleLiteral(_ d: Double) -> String {
        if d.isNaN { return "double(\"NaN\")" }
        if d.isInfinite { return d < 0 ? "double(\"-Infinity\")" : "double(\"Infinity\")" }
        return d.description
    }

    /// A number for people: `3` for 3.0, `17.6`, never a trailing `.0`.
    static func shortestNumber(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return d.description
    }

    /// `s` as a double-quoted CEL string literal.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
