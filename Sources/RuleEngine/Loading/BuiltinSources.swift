/// The built-in rule sets and calendars, as YAML sources by name, injected by the caller (the
/// CLI and tests pass the shipped ones) so the engine does not depend on where they live.
public struct BuiltinSources: Sendable {
    /// Rule-set sources by name (`vn-dossiers`).
    public var ruleSets: [String: String]
    /// Calendar sources by name (`vn`).
    public var calendars: [String: String]
    /// Names that stand for several rule sets (`vn-tthc`).
    public var groups: [String: [String]]

    /// Built-ins made of `ruleSets`, `calendars` and `groups`.
    public init(ruleSets: [String: String] = [:], calendars: [String: String] = [:], groups: [String: [String]] = [:]) {
        self.ruleSets = ruleSets
        self.calendars = calendars
        self.groups = groups
    }

    /// No built-ins at all.
    public static let none = BuiltinSources()

    /// The path locations in a built-in source are reported against: `builtin:vn-dossiers`.
    static func path(_ name: String) -> String { "builtin:\(name)" }

    /// Whether a rule-set reference names a built-in: `builtin:NAME`, or a bare name without
    /// `/` or a YAML extension.
    static func builtinName(_ reference: String) -> String? {
        if reference.hasPrefix("builtin:") { return String(reference.dropFirst("builtin:".count)) }
        let isPath = reference.contains("/") || reference.hasSuffix(".yml") || reference.hasSuffix(".yaml")
        return isPath ? nil : reference
    }
}
