import DataModel

/// The findings govlint reports about the run itself, and the final ordering of all findings.
enum RunFindings {
    /// An expression failed on an item.
    static let ruleErrorID = "govlint/rule-error"
    /// A rule's selector matched nothing in any document its set applied to.
    static let unmatchedSelectorID = "govlint/unmatched-selector"
    /// A lookup read no document, so the reference checks using it were skipped.
    static let emptyLookupID = "govlint/empty-lookup"
    /// Working-day arithmetic reached years the calendar has no holidays for.
    static let calendarCoverageID = "govlint/calendar-coverage"

    /// The finding for a problem met while reading a data file.
    static func loadProblem(_ problem: LoadProblem) -> Finding {
        Finding(ruleID: problem.kind.rawValue, severity: .error, message: problem.message, location: problem.location)
    }

    /// Findings in report order: file, line, column, rule, message.
    static func finish(_ findings: [Finding]) -> [Finding] {
        findings.sorted()
    }
}
