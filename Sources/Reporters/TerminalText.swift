/// Making data values safe to print on one terminal line: no line break may forge a new finding
/// line and no escape sequence may reach the terminal.
enum TerminalText {
    /// `text` with line breaks and control characters written as visible escapes (`\n`, `\u{1B}`).
    static func oneLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isControl(scalar) { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A source line for a code frame: tabs kept, each other control character replaced by one
    /// `�` so columns still line up with the underline.
    static func sourceLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(scalar != "\t" && isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
