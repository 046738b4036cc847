import DataModel

/// The quoted source line under a finding, with a gutter and a caret-and-tilde underline.
///
/// ```
///    14 | HS-0012,1.004567,counter,04/05/2020,12/05/2020,15/05/2020,late,,
///       |                                                ^~~~~~~~~~
/// ```
struct CodeFrame {
    /// The location to underline.
    let location: SourceLocation
    /// The text of the location's first line.
    let sourceLine: String

    /// The two lines of the frame, styled with `style`.
    func render(style: ANSIStyle) -> String {
        let lineNumber = String(location.line)
        let gutterWidth = max(5, lineNumber.count)
        let gutter = String(repeating: " ", count: gutterWidth - lineNumber.count) + lineNumber + " | "
        let emptyGutter = String(repeating: " ", count: gutterWidth) + " | "
        let scalars = Array(sourceLine.unicodeScalars)
        let start = max(1, Int(location.column))
        // Keep tabs in the padding so the caret lines up however the terminal expands them.
        var padding = ""
        for i in 0..<(start - 1) { padding.unicodeScalars.append(i < scalars.count && scalars[i] == "\t" ? "\t" : " ") }
        let lineEnd = scalars.count + 1
        let end = location.endLine > location.line ? max(lineEnd, start + 1) : Int(location.endColumn)
        let width = max(1, min(end, max(lineEnd, start + 1)) - start)
        let underline = "^" + String(repeating: "~", count: width - 1)
        return style.dim(gutter) + TerminalText.sourceLine(sourceLine) + "\n" + style.dim(emptyGutter) + padding + style.green(underline)
    }
}
