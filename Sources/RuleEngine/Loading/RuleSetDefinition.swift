import DataModel

/// A rule-set file read and shape-checked, not yet compiled: what `extends` merges.
struct RuleSetDefinition {
    /// Where it came from: a file path, or `builtin:NAME`.
    var origin: String
    /// The folder relative paths in it resolve from; `nil` for a built-in.
    var folder: String?
    /// The file's root, for the location of whole-file problems.
    var rootLocation: SourceLocation

    var id: Value?
    var title: String?
    var description: String?
    var basis: String?
    var docs: String?
    var files: [Value]?
    var match: Value?
    var calendar: Value?
    var dateFormats: [Value]?
    var columns: [ValueMap.Entry] = []
    var extends: [Value] = []
    var lookups: [ValueMap.Entry] = []
    var defaults: [ValueMap.Entry] = []
    var rules: [Value] = []
    var lets: [ValueMap.Entry] = []

    /// Reads `root` strictly, reporting every shape problem to `sink`.
    init(root: Value, origin: String, folder: String?, sink: DiagnosticSink) {
        self.origin = origin
        self.folder = folder
        rootLocation = root.location
        let top = StrictMap(root, what: "rule set", allowed: RuleSetSchema.topLevelKeys, sink: sink)
        guard root.map != nil else { return }
        RuleSetDefinition.rejectLooseBooleans(root, sink: sink)
        id = top.string("ruleset")
        top.requireKey("ruleset", in: "rule set")
        if let id, let text = id.string, !RuleSetSchema.isKebabCase(text) {
            sink.error(RuleSetMessages.badIdentifier("rule set id", text), at: id.location)
        }
        title = top.string("title")?.string
        description = top.string("description")?.string
        basis = top.string("basis")?.string
        docs = top.string("docs")?.string
        if let (version, location) = top.integer("version"), version > RuleSetSchema.supportedVersion {
            sink.error(RuleSetMessages.newerVersion(version, supported: RuleSetSchema.supportedVersion), at: location)
        }
        files = top.strings("files")
        match = top.string("match")
        calendar = top.string("calendar")
        dateFormats = top.strings("date-formats")
        columns = top.namedEntries("columns") ?? []
        extends = top.strings("extends") ?? []
        lookups = top.namedEntries("lookups") ?? []
        if let defaults = top.map("defaults", allowed: RuleSetSchema.defaultsKeys) { self.defaults = defaults.entries }
        lets = top.namedEntries("let") ?? []
        if let rules = top["rules"] {
            if let list = rules.list { self.rules = list } else {
                sink.error(RuleSetMessages.expectedList("rules", found: rules), at: rules.location)
            }
        }
    }

    /// Only `true` and `false` are booleans in a rule set: a YAML 1.1 `yes` or `on` read as a
    /// boolean is almost always a mistake.
    private static func rejectLooseBooleans(_ value: Value, sink: DiagnosticSink) {
        switch value.kind {
        case .bool:
            if let literal = value.literal, literal != "true", literal != "false" {
                sink.error(RuleSetMessages.notABoolean(literal), at: value.location)
            }
        case .list(let items): items.forEach { rejectLooseBooleans($0, sink: sink) }
        case .map(let map): map.entries.forEach { rejectLooseBooleans($0.value, sink: sink) }
        default: break
        }
    }

    /// This definition with `base` merged under it: the base's rules, lookups, lets and defaults
    /// join, and this set's own entries win where both define one.
    func merging(base: RuleSetDefinition) -> RuleSetDefinition {
        var merged = self
        let ownRuleIDs = Set(rules.compactMap { $0["id"]?.string })
        merged.rules = base.rules.filter { !ownRuleIDs.contains($0["id"]?.string ?? "") } + rules
        merged.lookups = Self.union(base.lookups, lookups)
        merged.lets = Self.union(base.lets, lets)
        merged.defaults = Self.union(base.defaults, defaults)
        merged.columns = Self.union(base.columns, columns)
        merged.calendar = calendar ?? base.calendar
        merged.dateFormats = dateFormats ?? base.dateFormats
        return merged
    }

    private static func union(_ base: [ValueMap.Entry], _ own: [ValueMap.Entry]) -> [ValueMap.Entry] {
        let ownKeys = Set(own.map(\.key))
        return base.filter { !ownKeys.contains($0.key) } + own
    }
}
