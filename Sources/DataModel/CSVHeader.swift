/// The header row of a CSV file: which column becomes which key, and how its cells are typed.
struct CSVHeader {
    /// Where the header row was written.
    let location: SourceLocation
    /// The number of cells in the header row, which every row must have.
    let columnCount: Int
    /// The names that became keys, in order (empty and repeated names are left out).
    let keys: [String]
    /// The key of each column, `nil` for a column that is left out.
    let keyOfColumn: [String?]
    /// Whether each column becomes a key (read per cell, where fetching the key would cost more).
    let isKept: [Bool]
    /// The declared type of each column, `nil` where cells are inferred.
    let typeOfColumn: [ColumnType?]
}
