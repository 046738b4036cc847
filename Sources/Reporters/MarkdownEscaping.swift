/// Escaping data values for Markdown table cells (GitHub-flavoured).
enum MarkdownEscaping {
    /// `text` as inert table-cell content: HTML and Markdown syntax neutralised, pipes escaped,
    /// line breaks shown as `<br>`.
    static func cell(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for ch in text.unicodeScalars {
            defer { previousWasCR = ch == "\r" }
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|": out += "\\|"
            case "\\", "`", "*", "_", "[", "]", "~", "#": out += "\\" + String(ch)
            case "\r": out += "<br>"
            case "\n": if !previousWasCR { out += "<br>" }
            default:
                if ch.value < 0x20 || ch.value == 0x7F { out += " " } else { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }

    /// `text` inside a code span, for rule ids and paths; backticks in it fall back to plain escaping.
    static func code(_ text: String) -> String {
        text.contains("`") || text.contains("|") || text.contains(where: \.isNewline) ? cell(text) : "`\(text)`"
    }
}
