/// The type a CSV column's cells are read as, when a rule set declares it in `columns`.
public enum ColumnType: String, Sendable, CaseIterable {
    case string, integer, number, boolean, date, datetime
}

/// How data files are read: date formats, declared CSV column types, and safety limits.
public struct LoadOptions: Sendable {
    /// The formats string scalars are tried against, in order; a match becomes a date or
    /// date-time that keeps its text.
    public var dateFormats: [DateFormat]
    /// Declared types of CSV columns by header name; other columns are inferred.
    public var columnTypes: [String: ColumnType]
    /// The most nodes that alias expansion may add to one YAML document before the file is
    /// rejected as an alias bomb.
    public var aliasExpansionBudget: Int
    /// The deepest nesting of lists and maps accepted.
    public var maxDepth: Int

    /// Options with ISO dates only, no declared columns and the default limits.
    public init(
        dateFormats: [DateFormat] = [.iso],
        columnTypes: [String: ColumnType] = [:],
        aliasExpansionBudget: Int = 1_000_000,
        maxDepth: Int = 512
    ) {
        self.dateFormats = dateFormats
        self.columnTypes = columnTypes
        self.aliasExpansionBudget = aliasExpansionBudget
        self.maxDepth = maxDepth
    }
}
