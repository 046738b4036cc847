import Foundation
import RuleEngine

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns
/// into annotations; every value is escaped so no data can end a command or start another.
public struct GitHubReporter: Reporter {
    /// A GitHub Actions reporter.
    public init() {}

    public var format: OutputFormat { .github }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        var out = ""
        for finding in result.findings {
            var properties: [(String, String)] = []
            let location = finding.location
            if !location.path.isEmpty { properties.append(("file", location.path)) }
            if location.line > 0 {
                properties.append(("line", String(location.line)))
                properties.append(("col", String(location.column)))
                properties.append(("endLine", String(location.endLine)))
                properties.append(("endColumn", String(location.endColumn)))
            }
            properties.append(("title", finding.ruleID))
            let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
            out += "::\(Self.command(finding.severity)) \(list)::\(Self.escapeData(finding.message))\n"
        }
        return out
    }

    /// The annotation command for a severity: error, warning, or notice for info.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A command's message escaped as the Actions toolkit's `escapeData` does: `%`, CR, LF.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value escaped as `escapeProperty` does: as data, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
