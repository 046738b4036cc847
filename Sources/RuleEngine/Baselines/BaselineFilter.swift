import DataModel

/// Hides findings a baseline records and reports entries that no longer match anything.
public enum BaselineFilter {
    /// The rule id of the note for a baseline entry that matched no finding.
    public static let staleRuleID = "govlint/stale-baseline"

    /// The descriptor reports show for stale-baseline notes.
    public static let staleDescriptor = RuleDescriptor(
        id: staleRuleID, severity: .info,
        summary: ProjectFileMessages.staleBaselineSummary, description: ProjectFileMessages.staleBaselineDescription)

    /// What applying a baseline left.
    public struct Outcome: Sendable {
        /// Findings the baseline does not record, plus a stale-baseline note per unmatched entry.
        public var findings: [Finding]
        /// How many findings the baseline hid.
        public var hiddenCount: Int
    }

    /// `findings` less those `baseline` records; `baselinePath` and `baselineText` place stale
    /// notes, which are given only for entries of `checkedFiles` (a run over part of the tree
    /// says nothing about the other files' entries).
    public static func apply(
        _ findings: [Finding], baseline: Baseline, paths: PathRelativizer, baselinePath: String, baselineText: String,
        checkedFiles: [String]
    ) -> Outcome {
        let checked = Set(checkedFiles.map(paths.relative))
        var remaining: [BaselineIdentity: Int] = [:]
        for entry in baseline.entries { remaining[entry.identity, default: 0] += entry.count }
        var kept: [Finding] = []
        var hidden = 0
        for finding in findings {
            let identity = BaselineIdentity(rule: finding.ruleID, file: paths.relative(finding.location.path), key: finding.identity)
            if let left = remaining[identity], left > 0 {
                remaining[identity] = left - 1
                hidden += 1
            } else {
                kept.append(finding)
            }
        }
        let file = FileID(baselinePath)
        let locations = BaselineFile.entryLocations(baselineText, file: file)
        for (index, entry) in baseline.entries.enumerated() {
            guard let left = remaining[entry.identity], left > 0, checked.contains(entry.file) else { continue }
            remaining[entry.identity] = 0
            // Entries are written one a line; a hand-reformatted file loses the line, not the note.
            let location = locations.count == baseline.entries.count ? locations[index] : SourceLocation(file: file, line: 0, column: 0)
            kept.append(Finding(
                ruleID: staleRuleID, severity: .info,
                message: ProjectFileMessages.staleBaseline(entry, unmatched: left),
                location: location, key: "\(entry.rule)|\(entry.file)|\(entry.key)"))
        }
        return Outcome(findings: kept.sorted(), hiddenCount: hidden)
    }
}
