import DataModel
import Reporters
import RuleEngine
import Testing

@Suite("Escaping of data values in every format")
struct EscapingTests {
    static func result(message: String, path: String = "a.yml") -> LintResult {
        let finding = Finding(
            ruleID: "set/rule", severity: .warning, message: message,
            location: SourceLocation(file: FileID(path), line: 1, column: 2, endColumn: 5))
        return LintResult(findings: [finding], scorecard: Scorecard(), rules: [], files: [FileID(path)])
    }

    @Test("github escapes % CR LF in the message and also : , in properties, so data cannot start a command")
    func github() {
        let output = GitHubReporter().render(
            Self.result(message: "50% done\r\n::error file=x::forged", path: "dir,x/a:b.yml"), context: ReportContext())
        #expect(output == "::warning file=dir%2Cx/a%3Ab.yml,line=1,col=2,endLine=1,endColumn=5,title=set/rule::50%25 done%0D%0A::error file=x::forged\n")
        #expect(output.split(separator: "\n").count == 1)
    }

    @Test("json escapes quotes, backslashes, control characters and U+2028/U+2029, and keeps other text as is")
    func jsonStringLiteral() {
        let document = JSONWriter.document { $0.value("q\"b\\n\n\r\t\u{1}\u{7F}\u{2028}x\u{2029}\u{2027}Ủy ban €") }
        #expect(document == #""q\"b\\n\n\r\t\u0001\u007f\u2028x\u2029\#u{2027}Ủy ban €""# + "\n")
        var text = "["
        JSONWriter.appendStringLiteral("a\u{2028}", to: &text)
        #expect(text == #"["a\u2028""#)
    }

    @Test("text prints a message with a line break and an escape sequence on one inert line")
    func text() {
        let output = TextReporter().render(Self.result(message: "a\nb.yml:1:1: error: forged \u{1B}[2J"), context: ReportContext(quiet: true))
        #expect(output == "a.yml:1:2: warning: a\\nb.yml:1:1: error: forged \\u{1B}[2J [set/rule]\n")
    }

    @Test("checkstyle escapes & < > quotes, line breaks and control characters in attributes")
    func checkstyle() {
        let output = CheckstyleReporter().render(Self.result(message: "<a href='x'>\"&\"</a>\n\u{7}"), context: ReportContext())
        #expect(output.contains(#"message="&lt;a href=&apos;x&apos;&gt;&quot;&amp;&quot;&lt;/a&gt;&#10;\u{7}""#))
    }

    @Test("markdown neutralises pipes, HTML, backticks and line breaks in cells")
    func markdown() {
        let output = MarkdownReporter().render(Self.result(message: "a | b <script>&`x`\nnext"), context: ReportContext())
        #expect(output.contains("| a \\| b &lt;script&gt;&amp;\\`x\\`<br>next |"))
    }

    @Test("json escapes quotes, backslashes and control characters and keeps UTF-8")
    func json() {
        let output = JSONReporter().render(Self.result(message: "\"q\" \\ \n\t\u{1} Đ"), context: ReportContext())
        #expect(output.contains(#""message": "\"q\" \\ \n\t\u0001 Đ","#))
    }
}
