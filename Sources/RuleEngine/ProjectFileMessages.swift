/// Every text govlint's own project files produce (configuration, suppression comments,
/// baselines), in one place.
enum ProjectFileMessages {
    static func unknownKey(_ key: String, suggestion: String?) -> String {
        "unknown key '\(key)' in .govlint.yml" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + " (known keys: \(ConfigurationDecoder.keys.joined(separator: ", ")))"
    }
    static func wrongType(_ key: String, expected: String, found: String) -> String {
        "'\(key)' must be \(expected), not \(found)"
    }
    static let notAMapping = "a .govlint.yml must be a mapping of settings (rules:, include:, …)"
    static let severalDocuments = "a .govlint.yml holds one document; remove the extra '---'"
    static func unsupportedVersion(_ version: String) -> String {
        "configuration version \(version) is not supported (this govlint reads version 1)"
    }
    static func badDate(_ text: String) -> String { "'as-of' must be a date such as 2020-12-31, not '\(text)'" }
    static func badDateFormat(_ text: String) -> String {
        "'\(text)' is not a date format; use a pattern such as yyyy-MM-dd or dd/MM/yyyy (optionally with HH:mm)"
    }
    static func badGlob(_ reason: String) -> String { "invalid glob: \(reason)" }
    static func badLevel(_ rule: String, _ text: String) -> String {
        "the level of '\(rule)' must be error, warning, info or off, not '\(text)'"
    }
    static func badFailOn(_ text: String) -> String { "'fail-on' must be error, warning, info or never, not '\(text)'" }
    static func emptyString(_ key: String) -> String { "'\(key)' must not be empty" }

    static let unusedSuppressionSummary = "A govlint-disable comment names a rule that reports nothing there."
    static let unusedSuppressionDescription =
        "Remove the comment or the rule id from it: the finding it silenced is gone or the id is misspelt."
    static func suppressionNamesNoRule(_ directive: String) -> String {
        "\(directive) names no rule, so it suppresses nothing; write the rule ids to silence"
    }
    static func unusedSuppression(_ directive: Suppression.Scope, _ ruleID: String) -> String {
        let scope = switch directive {
        case .line: "on this line"
        case .nextLine: "on the next line"
        case .file: "in this file"
        }
        return "\(directive.rawValue) names \(ruleID), which reports nothing \(scope)"
    }

    static let staleBaselineSummary = "A baseline entry matches no current finding."
    static let staleBaselineDescription =
        "The recorded finding was fixed or its item renamed; rewrite the baseline with --write-baseline."
    static func staleBaseline(_ entry: Baseline.Entry, unmatched: Int) -> String {
        let matches = unmatched == entry.count ? "matches no finding" : "matches \(entry.count - unmatched) of \(entry.count) findings"
        return "baseline entry for \(entry.rule) in \(entry.file) (key \(entry.key)) \(matches); rewrite the baseline with --write-baseline"
    }
    static func notABaseline(_ detail: String) -> String { "not a govlint baseline (\(detail)); write one with --write-baseline" }
    static func baselineVersion(_ version: Int) -> String {
        "baseline version \(version) is not supported (this govlint reads version \(Baseline.formatVersion))"
    }
}
