import DataModel
import Reporters
import RuleEngine
import Testing

/// A target without a bound is shown as a measurement: neither met nor missed.
@Suite("Measurements in the scorecard")
struct MeasurementRowTests {
    static let result = LintResult(
        findings: [],
        scorecard: Scorecard(targets: [
            .init(ruleID: "vn-report/online-level3-share-measured", group: nil,
                  location: SourceLocation(file: FileID("report.yml"), line: 10, column: 3),
                  measure: .share, matched: 46, total: 61, bound: Scorecard.TargetResult.noBound, passed: true),
        ]),
        rules: [], files: [FileID("report.yml")])

    @Test func textSummaryMarksItWithADot() {
        let output = TextReporter().render(Self.result, context: ReportContext(showSummary: true))
        #expect(output.contains("\n  ·  vn-report/online-level3-share-measured  —  75.4% (46/61)  —\n"))
    }

    @Test func markdownSaysMeasured() {
        let output = MarkdownReporter().render(Self.result, context: ReportContext())
        #expect(output.contains("| measured | `vn-report/online-level3-share-measured` | — | 75.4% (46/61) | — |\n"))
    }
}
