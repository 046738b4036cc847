import Reporters
import Testing

@Suite("Reporter golden files")
struct ReporterSnapshotTests {
    @Test("every format renders the shared result as its golden file", arguments: OutputFormat.allCases)
    func format(_ format: OutputFormat) throws {
        let output = format.reporter.render(SampleResult.result, context: SampleResult.context())
        try Snapshot.assertMatches(output, named: "sample.\(format.rawValue)")
    }

    @Test("text with --summary adds the scorecard and per-rule and per-file counts")
    func textSummary() throws {
        let output = TextReporter().render(SampleResult.result, context: SampleResult.context(summary: true))
        try Snapshot.assertMatches(output, named: "sample-summary.text")
    }

    @Test("text with colour wraps severities and frames in ANSI escapes")
    func textColour() throws {
        let output = TextReporter().render(SampleResult.result, context: SampleResult.context(color: true))
        try Snapshot.assertMatches(output, named: "sample-color.text")
        #expect(output.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }
}
