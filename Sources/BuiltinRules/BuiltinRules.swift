/// The rule sets and working-day calendars that ship inside govlint, compiled from the package's
/// top-level `Rules/` folder at build time.
///
/// Each value is the exact text of its file, to be loaded like any rule set or calendar on disk;
/// rule sets and configs refer to them by name (`vn-dossiers`, `calendar: vn`,
/// `builtin:vn-tthc`).
public enum BuiltinRules {
    /// The built-in rule sets by name (`"vn-procedures"`), each the YAML text of `Rules/NAME.yml`.
    public static let ruleSets: [String: String] = embeddedRuleSets

    /// The built-in working-day calendars by name (`"vn"`), each the YAML text of
    /// `Rules/calendars/NAME.yml`.
    public static let calendars: [String: String] = embeddedCalendars

    /// Names that stand for several built-in rule sets together: `"vn-tthc"` is the four sets for
    /// Vietnamese administrative-procedure reform.
    public static let groups: [String: [String]] = [
        "vn-tthc": ["vn-procedures", "vn-dossiers", "vn-report", "vn-documents"],
    ]
}
