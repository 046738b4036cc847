import DataModel

/// Applies inline suppressions to findings and reports the suppressions that silenced nothing.
public enum SuppressionFilter {
    /// The rule id of the warning for a suppression that matched no finding.
    public static let unusedRuleID = "govlint/unused-suppression"

    /// What applying suppressions left.
    public struct Outcome: Sendable {
        /// The findings no suppression covered, plus an `unused-suppression` warning per unused rule reference.
        public var findings: [Finding]
        /// How many findings were suppressed.
        public var suppressedCount: Int
    }

    /// The descriptor reports show for unused-suppression warnings.
    public static let unusedDescriptor = RuleDescriptor(
        id: unusedRuleID, severity: .warning,
        summary: ProjectFileMessages.unusedSuppressionSummary, description: ProjectFileMessages.unusedSuppressionDescription)

    /// `findings` without those covered by `suppressions` (by file), with unused ones reported.
    public static func apply(_ findings: [Finding], suppressions: [FileID: [Suppression]]) -> Outcome {
        // Marks which rule references were used, by file, suppression index and reference index.
        var used: [FileID: [[Bool]]] = suppressions.mapValues { $0.map { Array(repeating: false, count: $0.rules.count) } }
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count)
        var suppressedCount = 0
        for finding in findings {
            guard let fileSuppressions = suppressions[finding.location.file] else { kept.append(finding); continue }
            var silenced = false
            for (s, suppression) in fileSuppressions.enumerated() where suppression.covers(line: finding.location.line) {
                for (r, reference) in suppression.rules.enumerated() where reference.ruleID == finding.ruleID {
                    used[finding.location.file]![s][r] = true
                    silenced = true
                }
            }
            if silenced { suppressedCount += 1 } else { kept.append(finding) }
        }
        for (file, fileSuppressions) in suppressions {
            for (s, suppression) in fileSuppressions.enumerated() {
                if suppression.rules.isEmpty {
                    kept.append(Finding(
                        ruleID: unusedRuleID, severity: .warning,
                        message: ProjectFileMessages.suppressionNamesNoRule(suppression.scope.rawValue),
                        location: suppression.location, key: suppression.scope.rawValue))
                }
                for (r, reference) in suppression.rules.enumerated() where !used[file]![s][r] {
                    kept.append(Finding(
                        ruleID: unusedRuleID, severity: .warning,
                        message: ProjectFileMessages.unusedSuppression(suppression.scope, reference.ruleID),
                        location: reference.location, key: "\(suppression.scope.rawValue) \(reference.ruleID)"))
                }
            }
        }
        return Outcome(findings: kept.sorted(), suppressedCount: suppressedCount)
    }
}
