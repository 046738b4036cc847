import DataModel
import RuleEngine

/// The compiler-style report for terminals and logs: `file:line:col: severity: message [rule]`,
/// the source line with an underline, then the totals line (and the summary when asked).
public struct TextReporter: Reporter {
    /// A text reporter.
    public init() {}

    public var format: OutputFormat { .text }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        let style = ANSIStyle(enabled: context.color)
        var out = ""
        for finding in result.findings {
            out += Self.header(finding, style: style) + "\n"
            let location = finding.location
            if location.line > 0, let line = context.sources.line(Int(location.line), of: location.path) {
                out += CodeFrame(location: location, sourceLine: line).render(style: style) + "\n"
            }
        }
        let statistics = FindingStatistics(result)
        if context.showSummary {
            if !out.isEmpty { out += "\n" }
            out += TextSummary(result: result, statistics: statistics, style: style).render()
        }
        if !context.quiet {
            out += style.bold(statistics.totalsLine(scorecard: result.scorecard, hidden: context.hidden)) + "\n"
        }
        return out
    }

    /// The first line of a finding: where, how serious, what, and which rule.
    static func header(_ finding: Finding, style: ANSIStyle) -> String {
        style.bold(place(finding.location) + ":") + " " + style.severity(finding.severity) + ": "
            + style.bold(TerminalText.oneLine(finding.message)) + " " + style.dim("[\(finding.ruleID)]")
    }

    /// `path:line:col`, or the path alone when there is no position (`govlint` when no file).
    static func place(_ location: SourceLocation) -> String {
        var place = location.path.isEmpty ? "govlint" : TerminalText.oneLine(location.path)
        if location.line > 0 { place += ":\(location.line):\(location.column)" }
        return place
    }
}
