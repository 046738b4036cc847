import DataModel

/// One violation (or diagnostic) reported by a run: which rule, how serious, what, and where.
public struct Finding: Sendable, Equatable {
    /// The full rule id, `<ruleset>/<rule>` (or `govlint/<name>` for govlint's own diagnostics).
    public var ruleID: String
    /// How serious it is.
    public var severity: Severity
    /// The message, with its template filled in.
    public var message: String
    /// Where it points: the field's location, else the item's, else the collection's.
    public var location: SourceLocation
    /// The identity of the record it is about (`dossier_id`), or its normalized path.
    public var key: String?
    /// The RFC 9535 normalized path of the item (`$['dossiers'][12]`).
    public var path: String?

    /// A finding of `ruleID` at `location`.
    public init(
        ruleID: String, severity: Severity, message: String, location: SourceLocation,
        key: String? = nil, path: String? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.key = key
        self.path = path
    }
}

extension Finding: Comparable {
    /// The deterministic report order: file, line, column, then rule id, then message.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        // Locations order by file, line and column only; two findings at the same place with
        // different extents must still fall through to the rule id.
        if lhs.location < rhs.location || rhs.location < lhs.location { return lhs.location < rhs.location }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
