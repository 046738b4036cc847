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
        // Looked up once per finding, so by id rather than by a scan of the rules; only rules with
        // a basis are entered, and finding nothing in an empty table costs no hashing.
        let basisByRule = Dictionary(
            result.rules.compactMap { rule in rule.basis.map { (rule.id, $0) } }, uniquingKeysWith: { first, _ in first })
        return JSONWriter.document { json in
            json.object { json in
                json.member("version", Self.schemaVersion)
                json.object("tool") { json in
                    json.member("name", "govlint")
                    json.member("version", context.toolVersion)
                }
                json.array("findings") { json in
                    for finding in result.findings { write(finding, basis: basisByRule[finding.ruleID], to: &json) }
                }
                json.object("scorecard") { write(result.scorecard, to: &$0) }
                json.object("summary") { write(statistics, hidden: context.hidden, to: &$0) }
            }
        }
    }

    private func write(_ finding: borrowing Finding, basis: String?, to json: inout JSONWriter) {
        let location = finding.location
        let path = location.path
        json.object { json in
            json.member("rule", finding.ruleID)
            json.member("severity", finding.severity.rawValue)
            json.member("message", finding.message)
            json.member("file", path.isEmpty ? nil : path)
            json.member("line", Int(location.line))
            json.member("column", Int(location.column))
            json.member("endLine", Int(location.endLine))
            json.member("endColumn", Int(location.endColumn))
            json.member("path", finding.path)
            json.member("key", finding.key)
            json.member("basis", basis)
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
            for (rule, count) in scorecard.itemsChecked.sorted(by: { $0.key < $1.key }) {
                json.member(JSONWriter.Key(escaping: rule), count)
            }
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
