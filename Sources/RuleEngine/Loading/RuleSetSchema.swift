/// The keys a rule set may use, by place (RULES.md is the contract).
enum RuleSetSchema {
    /// The newest format `version` this engine reads.
    static let supportedVersion = 1

    static let topLevelKeys = [
        "ruleset", "title", "description", "basis", "docs", "version", "files", "match", "calendar",
        "date-formats", "columns", "extends", "lookups", "defaults", "rules", "let",
    ]

    /// Rule keys other than the check keys.
    static let ruleKeys = [
        "id", "severity", "summary", "description", "basis", "docs", "effective", "for-each", "key",
        "where", "let", "at", "message", "examples",
    ]

    /// Every key a rule may have: its own keys and the check kinds.
    static let allRuleKeys = ruleKeys + CheckKind.allCases.map(\.rawValue)

    static let defaultsKeys = ["severity", "for-each", "key", "effective"]
    static let lookupKeys = ["from", "files", "key"]
    static let effectiveKeys = ["from", "until", "date"]
    static let exampleKeys = ["pass", "fail", "as-of", "with"]

    /// Whether `id` is kebab-case (`dossier-id-unique`).
    static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) else { return false }
        return !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
