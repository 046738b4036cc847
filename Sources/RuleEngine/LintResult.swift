import DataModel

/// Everything a run produced: findings in report order, the scorecard, the rules that ran, and
/// the files checked. Reporters render this.
public struct LintResult: Sendable {
    /// The findings, sorted by file, line, column and rule.
    public var findings: [Finding]
    /// Targets and item counts.
    public var scorecard: Scorecard
    /// The rules that ran, by full id, for rule metadata in reports.
    public var rules: [RuleDescriptor]
    /// Every file the run read, in path order.
    public var files: [FileID]

    /// A result with `findings`, `scorecard`, `rules` and `files`.
    public init(findings: [Finding], scorecard: Scorecard, rules: [RuleDescriptor], files: [FileID]) {
        self.findings = findings
        self.scorecard = scorecard
        self.rules = rules
        self.files = files
    }

    /// The descriptor of the rule `id`, if it ran.
    public func rule(_ id: String) -> RuleDescriptor? { rules.first { $0.id == id } }
}
