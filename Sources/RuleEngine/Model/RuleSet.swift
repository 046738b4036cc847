import DataModel
import Expressions

/// A compiled rule set, ready to run over many documents.
public struct RuleSet: Sendable {
    /// Its id (`vn-dossiers`).
    public let id: String
    /// Where it was loaded from: a path, or `builtin:NAME`.
    public let origin: String
    /// Text for people.
    public let title: String?
    public let description: String?
    public let basis: String?
    public let docs: String?
    /// Its rules, in the order written (extended rules first).
    public let rules: [Rule]
    /// The `files` globs as written, relative to the config root; `nil` applies to every document.
    public var files: [String]? { fileSelector?.globs.map(\.pattern) }
    /// How data files it applies to are read.
    public let dateFormats: [DateFormat]
    public let columns: [String: ColumnType]
    /// Its working-day calendar, when it names one.
    public let calendar: WorkdayCalendar?

    let fileSelector: FileSelector?
    /// Where `calendar:` was written, for the run's coverage warning.
    let calendarLocation: SourceLocation?
    let match: RuleExpression?
    let matchScope: ExpressionScope
    let lookups: [LookupDefinition]
    /// The names every rule scope starts with, in slot order: `root`, `doc`, `as_of`, lookups.
    let variableNames: [String]
}

/// A named index of a rule set: which nodes (`from`), in which documents (`files`, or the
/// item's own document), under which key.
struct LookupDefinition: Sendable {
    let name: String
    let from: [Selector]
    let files: FileSelector?
    let key: RuleExpression
    let keyScope: ExpressionScope
    let location: SourceLocation
}
