/// What people and reports are told about a rule: its id, default severity and documentation.
public struct RuleDescriptor: Sendable, Equatable {
    /// The full rule id, `<ruleset>/<rule>`.
    public var id: String
    /// The severity its findings carry.
    public var severity: Severity
    /// One sentence: what the rule requires.
    public var summary: String
    /// What the rule requires and how to fix a violation, in plain language.
    public var description: String?
    /// The legal basis (`Decree 61/2018/NĐ-CP, Art. 19(9)`).
    public var basis: String?
    /// A link to more documentation.
    public var docs: String?

    /// A rule `id` with its texts.
    public init(
        id: String, severity: Severity, summary: String, description: String? = nil,
        basis: String? = nil, docs: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.description = description
        self.basis = basis
        self.docs = docs
    }
}
