import DataModel
import RuleEngine
import Testing

@Suite("Applying suppressions")
struct SuppressionFilterTests {
    static let file = FileID("f.yml")

    static func finding(_ rule: String, line: Int) -> Finding {
        Finding(ruleID: rule, severity: .error, message: "m", location: SourceLocation(file: file, line: line, column: 3))
    }

    @Test("covered findings are hidden and counted; unused references become warnings at their column")
    func apply() {
        let text = """
            a: 1 # govlint-disable-line set/a, set/unused
            # govlint-disable-next-line set/b -- known
            b: 2
            c: 3
            # govlint-disable-file set/c
            # govlint-disable-line
            """
        let suppressions = [Self.file: SuppressionScanner.scan(text, file: Self.file)]
        let findings = [Self.finding("set/a", line: 1), Self.finding("set/b", line: 3), Self.finding("set/b", line: 4),
                        Self.finding("set/c", line: 4), Self.finding("set/a", line: 2)]
        let outcome = SuppressionFilter.apply(findings, suppressions: suppressions)
        #expect(outcome.suppressedCount == 3)
        #expect(outcome.findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == [
            "1:36 govlint/unused-suppression", "2:3 set/a", "4:3 set/b", "6:3 govlint/unused-suppression",
        ])
        #expect(outcome.findings[0].message == "govlint-disable-line names set/unused, which reports nothing on this line")
        #expect(outcome.findings[0].severity == .warning)
        #expect(outcome.findings[3].message == "govlint-disable-line names no rule, so it suppresses nothing; write the rule ids to silence")
    }
}
