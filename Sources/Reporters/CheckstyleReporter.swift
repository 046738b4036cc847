import RuleEngine

/// Checkstyle XML for Jenkins and other dashboards: findings grouped by file.
public struct CheckstyleReporter: Reporter {
    /// A Checkstyle reporter.
    public init() {}

    public var format: OutputFormat { .checkstyle }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        var byFile: [String: [Finding]] = [:]
        for finding in result.findings { byFile[finding.location.path, default: []].append(finding) }
        for path in byFile.keys.sorted() {
            out += "  <file name=\"\(XMLEscaping.attribute(path))\">\n"
            for finding in byFile[path]! {
                out += "    <error"
                if finding.location.line > 0 {
                    out += " line=\"\(finding.location.line)\" column=\"\(finding.location.column)\""
                }
                out += " severity=\"\(finding.severity.rawValue)\""
                out += " message=\"\(XMLEscaping.attribute(finding.message))\""
                out += " source=\"\(XMLEscaping.attribute(finding.ruleID))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
