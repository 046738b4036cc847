import RuleEngine

/// The versioned JSON report (schema in `docs/json-format.md`): findings, scorecard and counts.
public struct JSONReporter: Reporter {
    /// The schema version this reporter writes; bumped on any incompatible change.
    public static let schemaVersion = 1

    /// A JSON reporter.
    public init() {}

    public var format: OutputFormat { .json }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        let statistics = FindingStatistics(result)
        let document: JSONValue = .object([
            ("version", .int(Self.schemaVersion)),
            ("tool", .object([("name", .string("govlint")), ("version", .string(context.toolVersion))])),
            ("findings", .array(result.findings.map { finding(result, $0) })),
            ("scorecard", scorecard(result.scorecard)),
            ("summary", summary(statistics, hidden: context.hidden)),
        ])
        return document.serialized()
    }

    private func finding(_ result: LintResult, _ finding: Finding) -> JSONValue {
        let location = finding.location
        return .object([
            ("rule", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("file", .optional(location.path.isEmpty ? nil : location.path)),
            ("line", .int(Int(location.line))),
            ("column", .int(Int(location.column))),
            ("endLine", .int(Int(location.endLine))),
            ("endColumn", .int(Int(location.endColumn))),
            ("path", .optional(finding.path)),
            ("key", .optional(finding.key)),
            ("basis", .optional(result.rule(finding.ruleID)?.basis)),
        ])
    }

    private func scorecard(_ scorecard: Scorecard) -> JSONValue {
        .object([
            ("targets", .array(scorecard.targets.map { target in
                .object([
                    ("rule", .string(target.ruleID)),
                    ("group", .optional(target.group)),
                    ("file", .optional(target.location.path.isEmpty ? nil : target.location.path)),
                    ("line", .int(Int(target.location.line))),
                    ("column", .int(Int(target.location.column))),
                    ("measure", .string(target.measure.rawValue)),
                    ("matched", .double(target.matched)),
                    ("total", .double(target.total)),
                    ("measured", .double(target.measured)),
                    ("bound", .string(target.bound)),
                    ("passed", .bool(target.passed)),
                ])
            })),
            ("itemsChecked", .object(scorecard.itemsChecked.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
        ])
    }

    private func summary(_ statistics: FindingStatistics, hidden: HiddenFindings) -> JSONValue {
        .object([
            ("files", .int(statistics.filesChecked)),
            ("filesWithFindings", .int(statistics.filesWithFindings)),
            ("errors", .int(statistics.errors)),
            ("warnings", .int(statistics.warnings)),
            ("info", .int(statistics.infos)),
            ("suppressed", .int(hidden.suppressed)),
            ("baselined", .int(hidden.baselined)),
            ("byRule", .array(statistics.byRule.map { rule in
                .object([
                    ("rule", .string(rule.ruleID)), ("severity", .string(rule.severity.rawValue)),
                    ("count", .int(rule.count)), ("files", .array(rule.files.map(JSONValue.string))),
                ])
            })),
            ("byFile", .array(statistics.byFile.map { file in
                .object([
                    ("file", .string(file.path)), ("errors", .int(file.errors)),
                    ("warnings", .int(file.warnings)), ("info", .int(file.infos)),
                ])
            })),
        ])
    }
}
