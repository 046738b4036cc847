/// Escaping text for XML 1.0 documents.
enum XMLEscaping {
    /// `text` safe inside an element: `& < >` escaped, CR kept as a reference, characters XML 1.0
    /// cannot carry at all shown as `\u{…}`.
    static func text(_ text: String) -> String { escape(text, inAttribute: false) }

    /// `text` safe inside a double- or single-quoted attribute; tabs and line breaks become
    /// character references so parsers do not normalise them to spaces.
    static func attribute(_ text: String) -> String { escape(text, inAttribute: true) }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += inAttribute ? "&quot;" : "\""
            case "'": out += inAttribute ? "&apos;" : "'"
            case "\r": out += "&#13;"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            default:
                if isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return out
    }

    /// XML 1.0's `Char` production (control characters other than tab and line breaks are excluded).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
