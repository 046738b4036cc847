import DataModel
import Expressions
import Foundation

/// What loading rule sets produced: the compiled sets, and every problem found in them.
public struct RuleSetLoadResult: Sendable {
    /// The sets that compiled (a set with a broken rule still holds its other rules).
    public var ruleSets: [RuleSet]
    /// Every problem, in file and line order.
    public var diagnostics: [RuleSetDiagnostic]

    /// Whether any diagnostic is an error (`govlint` exits 2).
    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
}

/// Loads rule sets from files, folders and built-in names, validating them strictly and
/// compiling each once.
public struct RuleSetLoader: Sendable {
    /// The built-in sets and calendars bare names resolve to.
    public let builtins: BuiltinSources
    /// A calendar replacing every set's own (the config's `calendar`).
    public let calendarOverride: WorkdayCalendar?
    /// Date formats replacing every set's own (the config's `date-formats`).
    public let dateFormatsOverride: [DateFormat]?

    /// A loader resolving built-in names against `builtins`; expressions are compiled with the
    /// overriding calendar and date formats when given.
    public init(builtins: BuiltinSources = .none, calendar: WorkdayCalendar? = nil, dateFormats: [DateFormat]? = nil) {
        self.builtins = builtins
        calendarOverride = calendar
        dateFormatsOverride = dateFormats
    }

    /// Loads each reference: a file, a folder (its `.yml`/`.yaml` files, recursively, in path
    /// order), `builtin:NAME` or a bare built-in name (a group such as `vn-tthc` names several).
    public func load(_ references: [String]) -> RuleSetLoadResult {
        let session = LoadSession(loader: self)
        var seen = Set<String>()
        for reference in references {
            for origin in session.expand(reference) where seen.insert(origin.key).inserted {
                session.loadRuleSet(origin)
            }
        }
        return session.result()
    }

    /// Loads one rule set from YAML text, as if read from `path` (tests, examples in docs).
    public func load(source: String, path: String) -> RuleSetLoadResult {
        let session = LoadSession(loader: self)
        let folder = (path as NSString).deletingLastPathComponent
        session.loadRuleSet(.init(key: path, path: path, folder: folder, source: source))
        return session.result()
    }

    /// Loads a calendar by built-in name or path (the CLI's `calendar:` setting).
    public func loadCalendar(_ reference: String) -> (WorkdayCalendar?, [RuleSetDiagnostic]) {
        let session = LoadSession(loader: self)
        let calendar = session.calendar(named: Value(.string(reference)), folder: nil)
        return (calendar, session.result().diagnostics)
    }
}
