import Foundation
import RuleEngine

/// Ant JUnit XML: one test case per rule and file. Error and warning findings make the case fail;
/// info findings go to `system-out`. A rule with no finding is one passing case.
public struct JUnitReporter: Reporter {
    /// A JUnit reporter.
    public init() {}

    public var format: OutputFormat { .junit }

    private struct TestCase {
        var ruleID: String
        var file: String
        var failing: [Finding] = []
    }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        let cases = testCases(result)
        let failures = cases.filter { !$0.failing.isEmpty }.count
        let infos = result.findings.filter { $0.severity == .info }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuite name=\"govlint\" timestamp=\"\(Self.timestamp(context.timestamp))\""
        out += " hostname=\"\(XMLEscaping.attribute(context.hostname.isEmpty ? "localhost" : context.hostname))\""
        out += " tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
        out += " time=\"\(Self.seconds(context.elapsedSeconds))\">\n"
        out += "  <properties>\n"
        out += "    <property name=\"govlint.version\" value=\"\(XMLEscaping.attribute(context.toolVersion))\"/>\n"
        out += "    <property name=\"files\" value=\"\(result.files.count)\"/>\n"
        out += "  </properties>\n"
        for testCase in cases {
            out += "  <testcase name=\"\(XMLEscaping.attribute(testCase.file))\""
            out += " classname=\"\(XMLEscaping.attribute(testCase.ruleID))\" time=\"0\""
            guard !testCase.failing.isEmpty else { out += "/>\n"; continue }
            let worst = testCase.failing.map(\.severity).max()!
            let count = Plural.count(testCase.failing.count, "finding")
            out += ">\n    <failure message=\"\(count)\" type=\"\(worst.rawValue)\">"
            out += XMLEscaping.text(testCase.failing.map(Self.line).joined(separator: "\n"))
            out += "</failure>\n  </testcase>\n"
        }
        out += "  <system-out>" + XMLEscaping.text(infos.map(Self.line).joined(separator: "\n")) + "</system-out>\n"
        out += "  <system-err></system-err>\n"
        out += "</testsuite>\n"
        return out
    }

    /// Cases for every (rule, file) pair with findings, plus one passing case per quiet rule.
    private func testCases(_ result: LintResult) -> [TestCase] {
        var cases: [String: TestCase] = [:]
        for finding in result.findings {
            let id = finding.ruleID + "\u{0}" + finding.location.path
            var testCase = cases[id] ?? TestCase(ruleID: finding.ruleID, file: finding.location.path)
            if finding.severity != .info { testCase.failing.append(finding) }
            cases[id] = testCase
        }
        let rulesWithFindings = Set(result.findings.map(\.ruleID))
        for rule in result.rules where !rulesWithFindings.contains(rule.id) {
            cases[rule.id] = TestCase(ruleID: rule.id, file: "all files")
        }
        return cases.values.sorted { ($0.ruleID, $0.file) < ($1.ruleID, $1.file) }
    }

    /// A finding as one compiler-style line.
    static func line(_ finding: Finding) -> String {
        TextReporter.header(finding, style: ANSIStyle(enabled: false))
    }

    /// `YYYY-MM-DDTHH:MM:SS` in UTC, the only form the schema accepts (no zone, no fraction).
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let s = String(n ?? 0); return s.count < 2 ? "0" + s : s }
        return "\(String(format: "%04d", c.year ?? 1970))-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    /// Seconds with three decimals, as `xs:decimal`.
    static func seconds(_ value: Double) -> String { String(format: "%.3f", max(0, value)) }
}
