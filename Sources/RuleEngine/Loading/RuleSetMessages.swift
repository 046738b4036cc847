import DataModel
import Expressions

/// Every user-facing text of the rule engine: rule-set errors, and the messages of the findings
/// govlint itself reports. Kept in one place so wording stays consistent and reviewable.
enum RuleSetMessages {
    static func unknownKey(_ key: String, suggestion: String?) -> String {
        "unknown key '\(key)'" + didYouMean(suggestion)
    }

    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func kindName(_ value: Value) -> String {
        value.isNull ? "null" : "a \(value.typeName)"
    }

    static func expectedMap(_ what: String, found: Value) -> String { "'\(what)' must be a map, not \(kindName(found))" }
    static func expectedList(_ what: String, found: Value) -> String { "'\(what)' must be a list, not \(kindName(found))" }
    static func expectedString(_ key: String, found: Value) -> String { "'\(key)' must be a string, not \(kindName(found))" }
    static func expectedStrings(_ key: String, found: Value) -> String {
        "'\(key)' must be a string or a list of strings, not \(kindName(found))"
    }
    static func expectedInteger(_ key: String, found: Value) -> String {
        "'\(key)' must be a whole number 0 or more, not \(kindName(found)) '\(found.text)'"
    }
    static func expectedNumber(_ key: String, found: Value) -> String {
        "'\(key)' must be a number or a percentage such as \"20%\", not '\(found.text)'"
    }
    static func expectedScalar(_ key: String, found: Value) -> String {
        "'\(key)' must be a number or a date, not \(kindName(found))"
    }
    static func missingKey(_ key: String, in what: String) -> String { "\(what) is missing required key '\(key)'" }
    static func notABoolean(_ literal: String) -> String {
        "'\(literal)' is not a boolean in a rule set (only true and false are); quote it to write a string"
    }
    static func newerVersion(_ version: Int, supported: Int) -> String {
        "format version \(version) is newer than this govlint supports (\(supported)); upgrade govlint to use this rule set"
    }
    static func badIdentifier(_ what: String, _ id: String) -> String {
        "\(what) '\(id)' must be kebab-case: lowercase letters, digits and '-' (e.g. 'dossier-id-unique')"
    }
    static func duplicateRuleID(_ id: String, first: SourceLocation) -> String {
        "duplicate rule id '\(id)' (first defined at line \(first.line))"
    }
    static func duplicateRuleSetID(_ id: String, first: String) -> String {
        "duplicate rule set id '\(id)' (also defined by \(first))"
    }
    static func twoCheckKeys(_ rule: String, _ first: String, _ second: String) -> String {
        "rule '\(rule)' has two check keys, '\(first)' and '\(second)'; a rule has exactly one"
    }
    static func noCheckKey(_ rule: String) -> String {
        "rule '\(rule)' has no check key; add exactly one of \(CheckKind.allCases.map(\.rawValue).joined(separator: ", "))"
    }
    static func badSeverity(_ text: String) -> String {
        "unknown severity '\(text)'; use error, warning, info or off"
            + didYouMean(Suggestion.closest(to: text, among: ["error", "warning", "info", "off"]))
    }
    static func badJSONPath(_ reason: String) -> String { "invalid JSONPath: \(reason)" }
    static func suspectJSONPath(_ reason: String) -> String { "suspicious JSONPath: \(reason)" }
    static func badExpression(_ reason: String) -> String { "invalid expression: \(reason)" }
    static func badTemplate(_ reason: String) -> String { "invalid message template: \(reason)" }
    static func badFieldPath(_ path: String) -> String {
        "invalid field path '\(path)'; write names separated by dots, e.g. 'publication.decided_on'"
    }
    static func badRegex(_ pattern: String) -> String { "invalid regular expression '\(pattern)' (regexes use ICU syntax)" }
    static func unknownType(_ name: String) -> String {
        "unknown type '\(name)'; use one of \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))"
            + didYouMean(Suggestion.closest(to: name, among: FieldType.allCases.map(\.rawValue)))
    }
    static func unknownColumnType(_ name: String) -> String {
        "unknown column type '\(name)'; use one of \(ColumnType.allCases.map(\.rawValue).joined(separator: ", "))"
            + didYouMean(Suggestion.closest(to: name, among: ColumnType.allCases.map(\.rawValue)))
    }
    static func unknownLookup(_ name: String, known: [String]) -> String {
        "unknown lookup '\(name)'" + (known.isEmpty ? "; this rule set defines no lookups" : didYouMean(Suggestion.closest(to: name, among: known)))
    }
    static func extendsCycle(_ chain: [String]) -> String { "'extends' cycle: \(chain.joined(separator: " → "))" }
    static func unknownBuiltinRuleSet(_ name: String, known: [String]) -> String {
        "unknown built-in rule set '\(name)'" + didYouMean(Suggestion.closest(to: name, among: known))
    }
    static func unknownCalendar(_ name: String, known: [String]) -> String {
        "unknown calendar '\(name)'" + didYouMean(Suggestion.closest(to: name, among: known))
            + (known.isEmpty ? "" : " (built-in calendars: \(known.sorted().joined(separator: ", ")))")
    }
    static func badGlob(_ reason: String) -> String { "invalid glob: \(reason)" }
    static func badCalendar(_ reason: String) -> String { "invalid calendar: \(reason)" }
    static func badDateFormat(_ pattern: String) -> String {
        "invalid date format '\(pattern)'; use yyyy, MM and dd once each with separators, e.g. 'dd/MM/yyyy'"
    }
    static func badDate(_ key: String, _ text: String) -> String { "'\(key)' must be a date (yyyy-MM-dd), not '\(text)'" }
    static func unreadable(_ path: String, _ reason: String) -> String { "cannot read rule set \(path): \(reason)" }
    static func emptyRuleSet() -> String { "the rule set is empty" }
    static func noRuleSetsIn(_ folder: String) -> String { "no rule sets (.yml, .yaml) in folder \(folder)" }
    static func emptyChoice(_ key: String) -> String { "'\(key)' needs at least one of all-of, any-of, none-of" }
    static func needsOne(_ check: String, _ keys: [String]) -> String {
        "'\(check)' needs exactly one of \(keys.map { "'\($0)'" }.joined(separator: ", "))"
    }
    static func atMostOne(_ check: String, _ keys: [String]) -> String {
        "'\(check)' takes at most one of \(keys.map { "'\($0)'" }.joined(separator: ", "))"
    }
    static func badScope(_ text: String) -> String { "unknown scope '\(text)'; use document or run" }
    static func badUnit(_ text: String) -> String { "unknown deadline unit '\(text)'; use working or calendar" }
    static func badBound(_ text: String) -> String {
        "invalid bound '\(text)'; write a number, or a percentage such as \"20%\" for a share"
    }
    static func ratioPair() -> String { "'ratio' must be a list of two expressions: [numerator, denominator]" }
    static func deadlineNeedsDays() -> String { "'deadline' needs 'due', or 'from' with 'days'" }
    static func nonLiteralRegexWarning(_ pattern: String) -> String {
        "'\(pattern)' is not a valid I-Regexp, so match() and search() with it are always false"
    }

    // Findings govlint reports about a run.
    static func notBoolean(_ key: String, _ value: ExprValue) -> String {
        "'\(key)' gave \(value.celLiteral()), not true or false"
    }
    static func notDate(_ key: String, _ value: ExprValue) -> String { "'\(key)' gave \(value.celLiteral()), not a date" }
    static func notNumber(_ key: String, _ value: ExprValue) -> String { "'\(key)' gave \(value.celLiteral()), not a number" }
    static func ruleError(_ rule: String, _ reason: String) -> String { "rule \(rule) could not be evaluated on this item: \(reason)" }
    static func selectorNeverMatches(_ rule: String, _ path: String) -> String {
        "the selector '\(path)' of rule \(rule) matched nothing in any document it applied to"
    }
    static func emptyLookup(_ lookup: String, _ ruleSet: String) -> String {
        "lookup '\(lookup)' of rule set \(ruleSet) read no document, so its reference checks were skipped"
    }
    static func uncoveredYears(_ calendar: String, _ years: [Int]) -> String {
        "the working-day calendar \(calendar) has no holiday data for \(years.map(String.init).joined(separator: ", ")); only weekends were counted there"
    }

    // Examples.
    static func passExampleFailed(_ rule: String, _ number: Int, _ finding: String) -> String {
        "pass example \(number) of rule '\(rule)' gave a finding: \(finding)"
    }
    static func failExamplePassed(_ rule: String, _ number: Int) -> String {
        "fail example \(number) of rule '\(rule)' gave no finding of that rule"
    }
    static func exampleCollectionFailed(_ rule: String, _ finding: String) -> String {
        "the pass examples of rule '\(rule)' gave a finding: \(finding)"
    }
    static func exampleCollectionPassed(_ rule: String) -> String {
        "the fail examples of rule '\(rule)' gave no finding of that rule"
    }
}
