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
        var driver: [(String, JSONValue)] = [
            ("name", .string("govlint")),
            ("version", .string(context.toolVersion)),
            ("semanticVersion", .string(context.toolVersion)),
            ("rules", .array(catalog.rules.map(rule))),
        ]
        if let informationURI = context.informationURI { driver.insert(("informationUri", .string(informationURI)), at: 2) }
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object(driver))])),
        ]
        if let root = context.sourceRootURI {
            run.append(("originalUriBaseIds", .object([("SRCROOT", .object([("uri", .string(root))]))])))
        }
        let fingerprints = FindingFingerprints(result.findings)
        run.append(("results", .array(result.findings.enumerated().map { index, finding in
            self.result(finding, index: catalog.index(of: finding.ruleID), fingerprint: fingerprints[index])
        })))
        run.append(("columnKind", .string("unicodeCodePoints")))
        let document: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
        return document.serialized()
    }

    private func rule(_ rule: RuleDescriptor) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.description ?? rule.summary))])),
        ]
        if let docs = rule.docs, URIReference.isAbsolute(docs) { members.append(("helpUri", .string(docs))) }
        members.append(("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])))
        if let basis = rule.basis { members.append(("properties", .object([("basis", .string(basis))]))) }
        return .object(members)
    }

    private func result(_ finding: Finding, index: Int?, fingerprint: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let index { members.append(("ruleIndex", .int(index))) }
        members.append(("level", .string(Self.level(finding.severity))))
        members.append(("message", .object([("text", .string(finding.message))])))
        let location = finding.location
        if !location.path.isEmpty {
            var physical: [(String, JSONValue)] = [("artifactLocation", URIReference.artifactLocation(location.path))]
            if location.line > 0 { physical.append(("region", region(location))) }
            members.append(("locations", .array([.object([("physicalLocation", .object(physical))])])))
        }
        members.append(("partialFingerprints", .object([("govlintItem/v1", .string(fingerprint))])))
        return .object(members)
    }

    private func region(_ location: SourceLocation) -> JSONValue {
        var members: [(String, JSONValue)] = [("startLine", .int(Int(location.line)))]
        if location.column > 0 { members.append(("startColumn", .int(Int(location.column)))) }
        // An empty span would be an insertion point; leave the end out so viewers highlight the start.
        let spans = location.endLine > location.line || (location.endLine == location.line && location.endColumn > location.column)
        if spans {
            members.append(("endLine", .int(Int(location.endLine))))
            members.append(("endColumn", .int(Int(location.endColumn))))
        }
        return .object(members)
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
