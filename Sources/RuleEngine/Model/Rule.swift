import DataModel
import Expressions
import JSONPath

/// A compiled rule: what it selects, which items it judges, its check, and how it reports.
public struct Rule: Sendable {
    /// Its id, severity and texts for people; `id` is the full `<ruleset>/<rule>`.
    public let descriptor: RuleDescriptor
    /// Its level as written (`off` disables it unless the run overrides it).
    public let level: RuleLevel
    /// Where the rule's `id` was written in the rule file.
    public let location: SourceLocation
    /// Its examples, if it has any.
    public let examples: RuleExamples?

    /// The `for-each` selectors, each with its text and place.
    let selectors: [Selector]
    let check: any Check
    let kind: CheckKind
    let key: RuleExpression?
    let condition: RuleExpression?
    let at: FieldPath?
    let effective: Effective?
    /// The scope of the rule's expressions (variables, the set's and the rule's lets).
    let scope: ExpressionScope
    /// The scope of its message templates: the same, plus the check's names.
    let messageScope: ExpressionScope
    /// The message template, and the check's default templates by variant.
    let message: MessageTemplate?
    let defaultMessages: [MessageTemplate]

    /// The full rule id.
    public var id: String { descriptor.id }

    /// Whether the rule is a `target` without a bound: it only measures, for the scorecard, so it
    /// never gives a finding and has no failing examples.
    public var isMeasurement: Bool { (check as? TargetCheck).map { $0.comparison == nil } ?? false }
}

/// A compiled `for-each` path, with its text and where it was written.
struct Selector: Sendable {
    let query: JSONPathQuery
    let text: String
    let location: SourceLocation
}

/// A rule's `examples`: items that must pass, items that must fail, and the run around them.
public struct RuleExamples: Sendable {
    /// Items that must give no finding of the rule.
    public var pass: [Value]
    /// Items that must each give at least one finding of the rule.
    public var fail: [Value]
    /// The as-of date of the example run, when given.
    public var asOf: CivilDate?
    /// Documents in the run for lookups: a file name (`procedures.yml`) and its root.
    public var with: [(name: String, root: Value)]
}
