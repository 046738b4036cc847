@testable import Reporters
import Testing

@Suite("Quoted source lines are split where the loaders count lines")
struct SourceLinesTests {
    private func lines(_ text: String, _ breaks: SourceLines.Breaks) -> [String] {
        let split = SourceLines(Array(text.utf8), breaks: breaks)
        return (1...).lazy.map { split.line($0) }.prefix { $0 != nil }.map { $0! }
    }

    @Test("LF, CRLF and a lone CR end a CSV or YAML line; a BOM is dropped; a final break leaves an empty line")
    func commonBreaks() {
        #expect(lines("\u{FEFF}a,b\r\nc\rd\n", .lineFeedOrReturn) == ["a,b", "c", "d", ""])
        #expect(lines("a: 1\r\nb: 2\rc: 3", .yaml) == ["a: 1", "b: 2", "c: 3"])
    }

    @Test("JSON counts only line feeds: a lone CR stays inside the line, a CR before LF is left out")
    func jsonBreaks() {
        #expect(lines("{\"a\":\r1,\r\n\"b\": 2}", .lineFeed) == ["{\"a\":\r1,", "\"b\": 2}"])
    }

    @Test("NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR break YAML lines only; VT and FF break none")
    func unicodeBreaks() {
        let text = "a\u{85}b\u{2028}c\u{2029}d\u{0B}e\u{0C}f"
        #expect(lines(text, .yaml) == ["a", "b", "c", "d\u{0B}e\u{0C}f"])
        #expect(lines(text, .lineFeedOrReturn) == [text])
        #expect(lines(text, .lineFeed) == [text])
    }

    @Test("the format comes from the file's extension")
    func breaksByPath() {
        #expect(SourceLines.Breaks(path: "a/b.JSON") == .lineFeed)
        #expect(SourceLines.Breaks(path: "dossiers.csv") == .lineFeedOrReturn)
        #expect(SourceLines.Breaks(path: "rules.yml") == .yaml)
        #expect(SourceLines.Breaks(path: "builtin:vn-tthc") == .yaml)
    }

    @Test("lines out of range are nil")
    func outOfRange() {
        let split = SourceLines(Array("one\ntwo".utf8), breaks: .yaml)
        #expect(split.line(0) == nil)
        #expect(split.line(2) == "two")
        #expect(split.line(3) == nil)
    }
}
