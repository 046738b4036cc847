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

    /// Sorts findings into report order and numbers repeated keys within a rule: the second
    /// distinct item with a key gets `#2`, the third `#3`.
    static func finish(_ findings: [Finding]) -> [Finding] {
        var sorted = findings.sorted()
        var itemsByKey: [String: [String]] = [:]
        for i in sorted.indices {
            guard let key = sorted[i].key else { continue }
            let slot = "\(sorted[i].ruleID)\u{0}\(key)"
            let item = "\(sorted[i].location.path)\u{0}\(sorted[i].path ?? "")"
            var items = itemsByKey[slot, default: []]
            let number: Int
            if let existing = items.firstIndex(of: item) {
                number = existing + 1
            } else {
                items.append(item)
                itemsByKey[slot] = items
                number = items.count
            }
            if number > 1 { sorted[i].key = "\(key)#\(number)" }
        }
        return sorted
    }
}
