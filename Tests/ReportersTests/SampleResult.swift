import Foundation
import DataModel
import Reporters
import RuleEngine

/// One result shared by every reporter's golden file: several files and severities, a target
/// scorecard, and data values with `%`, a newline, `::`, `<`, `&` and quotes.
enum SampleResult {
    static let dossiers = "data/2020/dossiers.csv"
    static let procedures = "data/procedures.yml"
    static let report = "data/report 2020.json"

    static let sources = InMemorySourceText([
        dossiers: "dossier_id,procedure_code,channel,received,due,resolved,status,note,extra\n"
            + "HS-0012,1.004567,counter,04/05/2020,12/05/2020,15/05/2020,late,,\n"
            + "HS-0013,1.004567,online,04/05/2020,12/05/2020,,open,\"50% <done> & \"\"ok\"\"\",\n",
        procedures: "procedures:\n  - code: 1.004567\n\tname: \"Cấp phép :: xây dựng\"\n    online_level: 2\n",
    ])

    static let rules = [
        RuleDescriptor(
            id: "vn-dossiers/dossier-resolved-on-time", severity: .error,
            summary: "A dossier is resolved by its due date.",
            description: "Resolve every dossier within the statutory time limit.",
            basis: "Decree 61/2018/NĐ-CP, Art. 19(9)", docs: "https://example.org/rules/dossier-resolved-on-time"),
        RuleDescriptor(
            id: "vn-procedures/online-level", severity: .warning,
            summary: "Procedures reach online level 3 or more.", basis: "Decision 1291/QĐ-TTg"),
        RuleDescriptor(id: "vn-report/online-share", severity: .error, summary: "At least 20% of dossiers are online."),
        RuleDescriptor(id: "vn-report/totals-match", severity: .info, summary: "Reported totals match the records."),
    ]

    static var result: LintResult {
        let d = FileID(dossiers), p = FileID(procedures), r = FileID(report)
        let findings = [
            Finding(
                ruleID: "vn-dossiers/dossier-resolved-on-time", severity: .error,
                message: "dossier HS-0012 resolved 3 working day(s) late (due 12/05/2020, resolved 15/05/2020)",
                location: SourceLocation(file: d, line: 2, column: 48, endColumn: 58),
                key: "HS-0012", path: "$[0]['resolved']"),
            Finding(
                ruleID: "vn-dossiers/dossier-resolved-on-time", severity: .error,
                message: "dossier HS-0013 is open past its due date; note: 50% <done> & \"ok\"",
                location: SourceLocation(file: d, line: 3, column: 1, endColumn: 8),
                key: "HS-0013", path: "$[1]"),
            Finding(
                ruleID: "vn-procedures/online-level", severity: .warning,
                message: "procedure 'Cấp phép :: xây dựng' is at online level 2,\nexpected 3 or more",
                location: SourceLocation(file: p, line: 3, column: 9, endColumn: 32),
                key: "1.004567", path: "$['procedures'][0]['name']"),
            Finding(
                ruleID: "vn-report/totals-match", severity: .info,
                message: "reported total 51 matches 51 records | `ok`",
                location: SourceLocation(file: r, line: 4, column: 3, endLine: 6, endColumn: 4),
                key: nil, path: "$['totals']"),
        ]
        let scorecard = Scorecard(
            targets: [
                .init(ruleID: "vn-report/online-share", group: nil, location: SourceLocation(file: d, line: 1, column: 1),
                      measure: .share, matched: 1, total: 2, bound: "at-least 20%", passed: true),
                .init(ruleID: "vn-report/online-share", group: "Sở Xây dựng <HN> & co", location: SourceLocation(file: d, line: 1, column: 1),
                      measure: .share, matched: 0, total: 3, bound: "at-least 20%", passed: false),
                .init(ruleID: "vn-report/late-count", group: nil, location: SourceLocation(file: d, line: 1, column: 1),
                      measure: .count, matched: 2, total: 2, bound: "at-most 0", passed: false),
            ],
            itemsChecked: ["vn-dossiers/dossier-resolved-on-time": 2, "vn-procedures/online-level": 1])
        return LintResult(findings: findings.sorted(), scorecard: scorecard, rules: rules, files: [d, p, r, FileID("data/clean.yml")])
    }

    static func context(color: Bool = false, summary: Bool = false) -> ReportContext {
        ReportContext(
            color: color, showSummary: summary, sources: sources, toolVersion: "0.1.0",
            timestamp: Date(timeIntervalSince1970: 1_600_000_000), hostname: "ci-runner",
            elapsedSeconds: 0.25, hidden: HiddenFindings(suppressed: 1, baselined: 2),
            sourceRootURI: "file:///home/agency/repo/")
    }
}
