import DataModel

/// The settings of a `.govlint.yml`: what to check, with which rules, and how to judge it.
/// Every field is optional; command-line flags override what is set here.
public struct Configuration: Sendable {
    /// The file the configuration was read from.
    public var path: String
    /// The folder holding it: relative paths and globs in it are relative to this folder.
    public var root: String
    /// Rule sets: files, folders or built-in names (`builtin:vn-tthc`).
    public var rules: [String]?
    /// Globs of the data files to check when no paths are given.
    public var include: [Glob]?
    /// Globs of files never to check.
    public var exclude: [Glob]
    /// The date open items are judged against.
    public var asOf: CivilDate?
    /// The working-day calendar (`builtin:vn` or a file).
    public var calendar: String?
    /// The formats date strings are read in.
    public var dateFormats: [DateFormat]?
    /// Rule levels overriding the rule sets' severities, by full rule id.
    public var severity: [String: RuleLevel]
    /// The baseline file hiding recorded findings.
    public var baseline: String?
    /// The lowest severity that fails the run.
    public var failOn: FailThreshold?
    /// Reports to write, each `FORMAT` or `FORMAT:FILE`.
    public var formats: [String]?

    /// An empty configuration read from `path` in folder `root`.
    public init(path: String, root: String) {
        self.path = path
        self.root = root
        exclude = []
        severity = [:]
    }
}
