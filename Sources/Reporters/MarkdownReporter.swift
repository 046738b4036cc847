import DataModel
import RuleEngine

/// A Markdown page for a CI job summary or a pull-request comment: the totals, the scorecard,
/// findings per rule and per file, then the findings themselves (capped, since hosts limit size).
public struct MarkdownReporter: Reporter {
    /// The most finding rows written; the rest are counted in a closing line.
    public static let maxFindingRows = 1000

    /// A Markdown reporter.
    public init() {}

    public var format: OutputFormat { .markdown }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        let statistics = FindingStatistics(result)
        let totals = statistics.totalsLine(scorecard: result.scorecard, hidden: context.hidden)
        var out = "## govlint\n\n" + MarkdownEscaping.cell(totals) + "\n\n### Targets\n\n"
        if result.scorecard.targets.isEmpty {
            out += "No targets were evaluated.\n"
        } else {
            out += "| Result | Target | Group | Measured | Bound |\n|:---:|---|---|---:|---|\n"
            for target in result.scorecard.targets {
                out += "| \(target.isMeasurement ? "measured" : target.passed ? "✅ met" : "❌ missed") | \(MarkdownEscaping.code(target.ruleID))"
                out += " | \(MarkdownEscaping.cell(ScorecardFormatting.group(target)))"
                out += " | \(ScorecardFormatting.measured(target)) | \(MarkdownEscaping.cell(target.bound)) |\n"
            }
        }
        out += "\n### Findings by rule\n\n"
        if statistics.byRule.isEmpty {
            out += "No findings.\n"
        } else {
            out += "| Rule | Severity | Findings | Files |\n|---|---|---:|---|\n"
            for rule in statistics.byRule {
                out += "| \(MarkdownEscaping.code(rule.ruleID)) | \(rule.severity.rawValue) | \(rule.count)"
                out += " | \(rule.files.map(MarkdownEscaping.code).joined(separator: ", ")) |\n"
            }
            out += "\n### Findings by file\n\n| File | Errors | Warnings | Info |\n|---|---:|---:|---:|\n"
            for file in statistics.byFile {
                out += "| \(MarkdownEscaping.code(file.path)) | \(file.errors) | \(file.warnings) | \(file.infos) |\n"
            }
            out += "\n### Findings\n\n| Severity | Location | Message | Rule |\n|---|---|---|---|\n"
            for finding in result.findings.prefix(Self.maxFindingRows) {
                out += "| \(finding.severity.rawValue) | \(MarkdownEscaping.code(Self.place(finding.location)))"
                out += " | \(MarkdownEscaping.cell(finding.message)) | \(MarkdownEscaping.code(finding.ruleID)) |\n"
            }
            if result.findings.count > Self.maxFindingRows {
                out += "\n… and \(result.findings.count - Self.maxFindingRows) more findings (see the other reports).\n"
            }
        }
        return out
    }

    private static func place(_ location: SourceLocation) -> String {
        location.line > 0 ? "\(location.path):\(location.line):\(location.column)" : location.path
    }
}
