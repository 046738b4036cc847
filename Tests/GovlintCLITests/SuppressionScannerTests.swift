import DataModel
import RuleEngine
import Testing

@Suite("Suppression comments are found only where YAML has comments")
struct SuppressionScannerTests {
    static let file = FileID("s.yml")

    @Test("the three directives with rule lists, reasons and exact columns")
    func directives() {
        let text = """
            a: 1 # govlint-disable-line set/a, set/b -- checked by hand
            # govlint-disable-next-line set/c
            b: 2
            #govlint-disable-file set/d
            """
        let found = SuppressionScanner.scan(text, file: Self.file)
        #expect(found.map(\.scope) == [.line, .nextLine, .file])
        #expect(found[0].rules.map(\.ruleID) == ["set/a", "set/b"])
        #expect(found[0].rules.map { [$0.location.line, $0.location.column, $0.location.endColumn] } == [[1, 29, 34], [1, 36, 41]])
        #expect(found[0].reason == "checked by hand")
        #expect(found[0].location.column == 8)
        #expect(found[1].rules.map(\.ruleID) == ["set/c"])
        #expect(found[1].location.line == 2)
        #expect(found[2].rules.first?.location.column == 23)
        #expect(found[1].covers(line: 3) && !found[1].covers(line: 2))
    }

    @Test("a marker inside quoted, plain-with-apostrophe or block scalars is not a comment")
    func notComments() {
        let text = """
            a: "x # govlint-disable-line set/a"
            b: 'it''s # govlint-disable-line set/b'
            c: don't # govlint-disable-line set/c
            d: |
              text # govlint-disable-line set/d
              more
            e: x#govlint-disable-line set/e
            f: "multi
              line # govlint-disable-line set/f
              end"
            g: 1 # govlint-disable-line set/g
            """
        let found = SuppressionScanner.scan(text, file: Self.file)
        #expect(found.flatMap { $0.rules.map(\.ruleID) } == ["set/c", "set/g"])
        #expect(found.map(\.location.line) == [3, 11])
    }

    @Test("unknown words after # are ordinary comments")
    func unknownWord() {
        #expect(SuppressionScanner.scan("a: 1 # govlint-disable set/a\n# govlint-disable-lines x", file: Self.file).isEmpty)
    }

    @Test("a directive on the last line without a line break, after non-ASCII text and near-misses of the marker")
    func markerAtTheEnd() {
        let text = "tên: \"Ủy ban govlint-disabl\"\n# govlint-disable\nb: 2 # govlint-disable-line set/z"
        let found = SuppressionScanner.scan(text, file: Self.file)
        #expect(found.flatMap { $0.rules.map(\.ruleID) } == ["set/z"])
        #expect(found.map(\.location.line) == [3])
        #expect(SuppressionScanner.scan("# govlint-disabl", file: Self.file).isEmpty)
    }
}
