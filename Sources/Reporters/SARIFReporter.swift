import DataModel
import RuleEngine

/// SARIF 2.1.0 for code-scanning upload: rule metadata in `tool.driver.rules`, one result per
/// finding with a physical location relative to `SRCROOT`, and a fingerprint from the item key.
public struct SARIFReporter: Reporter {
    /// A SARIF reporter.
    public init() {}

    public var format: OutputFormat { .sarif }

    public func render(_ result: LintResult, context: ReportContext) -> String {
        let catalog = RuleCatalog(result)
        let fingerprints = FindingFingerprints(result.findings)
        // Percent-encoding is slow and findings share few files, so each file's location is made
        // once; findings about no file have none.
        var artifacts: [FileID: URIReference.ArtifactLocation] = [:]
        for file in Set(result.findings.map(\.location.file)) where !file.path.isEmpty {
            artifacts[file] = URIReference.ArtifactLocation(path: file.path)
        }
        return JSONWriter.document { json in
            json.object { json in
                json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
                json.member("version", "2.1.0")
                json.array("runs") { json in
                    json.object { json in
                        json.object("tool") { json in
                            json.object("driver") { write(catalog, context: context, to: &$0) }
                        }
                        if let root = context.sourceRootURI {
                            json.object("originalUriBaseIds") { json in
                                json.object("SRCROOT") { $0.member("uri", root) }
                            }
                        }
                        json.array("results") { json in
                            for (index, finding) in result.findings.enumerated() {
                                write(finding, ruleIndex: catalog.index(of: finding.ruleID), artifact: artifacts[finding.location.file],
                                      fingerprint: fingerprints[index], to: &json)
                            }
                        }
                        json.member("columnKind", "unicodeCodePoints")
                    }
                }
            }
        }
    }

    private func write(_ catalog: RuleCatalog, context: ReportContext, to json: inout JSONWriter) {
        json.member("name", "govlint")
        json.member("version", context.toolVersion)
        if let informationURI = context.informationURI { json.member("informationUri", informationURI) }
        json.member("semanticVersion", context.toolVersion)
        json.array("rules") { json in
            for rule in catalog.rules { write(rule, to: &json) }
        }
    }

    private func write(_ rule: RuleDescriptor, to json: inout JSONWriter) {
        json.object { json in
            json.member("id", rule.id)
            json.object("shortDescription") { $0.member("text", rule.summary) }
            json.object("fullDescription") { $0.member("text", rule.description ?? rule.summary) }
            if let docs = rule.docs, URIReference.isAbsolute(docs) { json.member("helpUri", docs) }
            json.object("defaultConfiguration") { $0.member("level", Self.level(rule.severity)) }
            if let basis = rule.basis { json.object("properties") { $0.member("basis", basis) } }
        }
    }

    private func write(
        _ finding: borrowing Finding, ruleIndex: Int?, artifact: URIReference.ArtifactLocation?, fingerprint: String,
        to json: inout JSONWriter
    ) {
        json.object { json in
            json.member("ruleId", finding.ruleID)
            if let ruleIndex { json.member("ruleIndex", ruleIndex) }
            json.member("level", Self.level(finding.severity))
            json.object("message") { $0.member("text", finding.message) }
            let location = finding.location
            if let artifact {
                json.array("locations") { json in
                    json.object { json in
                        json.object("physicalLocation") { json in
                            json.object("artifactLocation") { artifact.write(to: &$0) }
                            if location.line > 0 { json.object("region") { write(region: location, to: &$0) } }
                        }
                    }
                }
            }
            json.object("partialFingerprints") { $0.member("govlintItem/v1", fingerprint) }
        }
    }

    private func write(region location: SourceLocation, to json: inout JSONWriter) {
        json.member("startLine", Int(location.line))
        if location.column > 0 { json.member("startColumn", Int(location.column)) }
        // An empty span would be an insertion point; leave the end out so viewers highlight the start.
        let spans = location.endLine > location.line || (location.endLine == location.line && location.endColumn > location.column)
        if spans {
            json.member("endLine", Int(location.endLine))
            json.member("endColumn", Int(location.endColumn))
        }
    }

    /// SARIF's level for a severity: error → error, warning → warning, info → note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
