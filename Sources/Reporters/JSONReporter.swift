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
        return JSONWriter.document { json in
            json.object { json in
                json.member("version", Self.schemaVersion)
                json.object("tool") { json in
                    json.member("name", "govlint")
                    json.member("version", context.toolVersion)
                }
                json.array("findings") { json in
                    for finding in result.findings { write(finding, of: result, to: &json) }
                }
                json.object("scorecard") { write(result.scorecard, to: &$0) }
                json.object("summary") { write(statistics, hidden: context.hidden, to: &$0) }
            }
        }
    }

    private func write(_ finding: Finding, of result: LintResult, to json: inout JSONWriter) {
        let location = finding.location
        json.object { json in
            json.member("rule", finding.ruleID)
            json.member("severity", finding.severity.rawValue)
            json.member("message", finding.message)
            json.member("file", location.path.isEmpty ? nil : location.path)
            json.member("line", Int(location.line))
            json.member("column", Int(location.column))
            json.member("endLine", Int(location.endLine))
            json.member("endColumn", Int(location.endColumn))
            json.member("path", finding.path)
            json.member("key", finding.key)
            json.member("basis", result.rule(finding.ruleID)?.basis)
        }
    }

    private func write(_ scorecard: Scorecard, to json: inout JSONWriter) {
        json.array("targets") { json in
            for target in scorecard.targets {
                json.object { json in
                    json.member("rule", target.ruleID)
                    json.member("group", target.group)
                    json.member("file", target.location.path.isEmpty ? nil : target.location.path)
                    json.member("line", Int(target.location.line))
                    json.member("column", Int(target.location.column))
                    json.member("measure", target.measure.rawValue)
                    json.member("matched", target.matched)
                    json.member("total", target.total)
                    json.member("measured", target.measured)
                    json.member("bound", target.bound)
                    json.member("passed", target.passed)
                }
            }
        }
        json.object("itemsChecked") { json in
            for (rule, count) in scorecard.itemsChecked.sorted(by: { $0.key < $1.key }) { json.member(rule, count) }
        }
    }

    private func write(_ statistics: FindingStatistics, hidden: HiddenFindings, to json: inout JSONWriter) {
        json.member("files", statistics.filesChecked)
        json.member("filesWithFindings", statistics.filesWithFindings)
        json.member("errors", statistics.errors)
        json.member("warnings", statistics.warnings)
        json.member("info", statistics.infos)
        json.member("suppressed", hidden.suppressed)
        json.member("baselined", hidden.baselined)
        json.array("byRule") { json in
            for rule in statistics.byRule {
                json.object { json in
                    json.member("rule", rule.ruleID)
                    json.member("severity", rule.severity.rawValue)
                    json.member("count", rule.count)
                    json.array("files") { json in
                        for file in rule.files { json.value(file) }
                    }
                }
            }
        }
        json.array("byFile") { json in
            for file in statistics.byFile {
                json.object { json in
                    json.member("file", file.path)
                    json.member("errors", file.errors)
                    json.member("warnings", file.warnings)
                    json.member("info", file.infos)
                }
            }
        }
    }
}
