import DataModel
import Expressions

/// What a run checks and how: the files (already discovered), the compiled rule sets, and the
/// run-wide settings.
public struct LintOptions: Sendable {
    /// The data files to check, in any order (results are ordered by path).
    public var files: [String]
    /// The rule sets to apply.
    public var ruleSets: [RuleSet]
    /// The folder `files` globs are relative to (the config root, or the current folder).
    public var configRoot: String
    /// The date open items are judged against.
    public var asOf: CivilDate
    /// Parallel workers; 1 checks files one after another.
    public var jobs: Int
    /// Severity overrides by full rule id (`off` disables a rule).
    public var severityOverrides: [String: RuleLevel]
    /// A calendar replacing every set's own.
    public var calendar: WorkdayCalendar?
    /// Date formats replacing every set's own.
    public var dateFormats: [DateFormat]?
    /// Called from worker threads as files finish loading, with the count done and the total.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Options for checking `files` against `ruleSets` as of `asOf`.
    public init(
        files: [String], ruleSets: [RuleSet], configRoot: String = ".", asOf: CivilDate,
        jobs: Int = LintOptions.defaultJobs, severityOverrides: [String: RuleLevel] = [:],
        calendar: WorkdayCalendar? = nil, dateFormats: [DateFormat]? = nil
    ) {
        self.files = files
        self.ruleSets = ruleSets
        self.configRoot = configRoot
        self.asOf = asOf
        self.jobs = max(1, jobs)
        self.severityOverrides = severityOverrides
        self.calendar = calendar
        self.dateFormats = dateFormats
    }

    /// The number of active processor cores.
    public static var defaultJobs: Int { ProcessInfoCores.count }
}
