import RuleEngine

/// The rules a report describes: every rule that ran, plus any rule that only appears in findings
/// (govlint's own diagnostics), in id order with a stable index for SARIF's `ruleIndex`.
struct RuleCatalog {
    /// The descriptors, sorted by id.
    let rules: [RuleDescriptor]
    private let indexByID: [String: Int]

    init(_ result: LintResult) {
        var byID: [String: RuleDescriptor] = [:]
        for rule in result.rules { byID[rule.id] = rule }
        for finding in result.findings where byID[finding.ruleID] == nil {
            byID[finding.ruleID] = RuleDescriptor(id: finding.ruleID, severity: finding.severity, summary: finding.ruleID)
        }
        rules = byID.values.sorted { $0.id < $1.id }
        indexByID = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    }

    /// The position of rule `id` in `rules`.
    func index(of id: String) -> Int? { indexByID[id] }
}
