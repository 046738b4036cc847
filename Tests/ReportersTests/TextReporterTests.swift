import DataModel
import Reporters
import RuleEngine
import Testing

@Suite("Text reporter")
struct TextReporterTests {
    static func render(_ findings: [Finding], files: Int = 1, source: [String: String] = [:], quiet: Bool = false) -> String {
        let result = LintResult(
            findings: findings, scorecard: Scorecard(), rules: [],
            files: (0..<files).map { FileID("f\($0).yml") })
        return TextReporter().render(result, context: ReportContext(quiet: quiet, sources: InMemorySourceText(source)))
    }

    @Test("the underline spans the location's columns, as in the product's example")
    func underline() {
        let line = "HS-0012,1.004567,counter,04/05/2020,12/05/2020,15/05/2020,late,,"
        let finding = Finding(
            ruleID: "vn-dossiers/dossier-resolved-on-time", severity: .error, message: "late",
            location: SourceLocation(file: FileID("d.csv"), line: 14, column: 48, endColumn: 58))
        let output = Self.render([finding], source: ["d.csv": String(repeating: "\n", count: 13) + line + "\n"], quiet: true)
        #expect(output == """
            d.csv:14:48: error: late [vn-dossiers/dossier-resolved-on-time]
               14 | \(line)
                  |                                                ^~~~~~~~~~

            """)
    }

    @Test("a span over several lines is underlined to the end of its first line")
    func multiLine() {
        let finding = Finding(
            ruleID: "r/x", severity: .info, message: "m",
            location: SourceLocation(file: FileID("m.yml"), line: 1, column: 3, endLine: 3, endColumn: 2))
        let output = Self.render([finding], source: ["m.yml": "a: bcd\nb: 1\n"], quiet: true)
        #expect(output.hasSuffix("    1 | a: bcd\n      |   ^~~~\n"))
    }

    @Test("findings located in a rule set count in the totals but not among the checked files")
    func findingOutsideCheckedFiles() {
        let findings = [
            Finding(ruleID: "govlint/empty-lookup", severity: .info, message: "m", location: SourceLocation(file: FileID("builtin:set"), line: 3, column: 1)),
            Finding(ruleID: "r/x", severity: .error, message: "m", location: SourceLocation(file: FileID("f0.yml"), line: 1, column: 1)),
        ]
        #expect(Self.render(findings, files: 1).hasSuffix("1 error, 1 info in 1 of 1 file\n"))
    }

    @Test("CRLF line ends, a byte-order mark and control characters do not shift or break the frame")
    func awkwardSource() {
        let finding = Finding(
            ruleID: "r/x", severity: .error, message: "m",
            location: SourceLocation(file: FileID("c.csv"), line: 2, column: 3, endColumn: 5))
        let output = Self.render([finding], source: ["c.csv": "\u{FEFF}a,b\r\nx\u{1B},yz\r\n"], quiet: true)
        #expect(output == "c.csv:2:3: error: m [r/x]\n    2 | x\u{FFFD},yz\n      |   ^~\n")
    }

    @Test("totals: counts by severity, files with findings of files checked", arguments: [
        (0, 0, 0, 3, "no findings in 3 files"),
        (1, 0, 0, 1, "1 error in 1 of 1 file"),
        (3, 1, 0, 5, "3 errors, 1 warning in 2 of 5 files"),
        (0, 2, 2, 5, "2 warnings, 2 info in 2 of 5 files"),
    ])
    func totals(errors: Int, warnings: Int, infos: Int, files: Int, expected: String) {
        var findings: [Finding] = []
        for (count, severity) in [(errors, Severity.error), (warnings, .warning), (infos, .info)] {
            for i in 0..<count {
                findings.append(Finding(ruleID: "r/x", severity: severity, message: "m",
                                        location: SourceLocation(file: FileID("f\(i % 2).yml"), line: 1, column: 1)))
            }
        }
        #expect(Self.render(findings.sorted(), files: files) .split(separator: "\n").last.map(String.init) == expected)
    }
}
