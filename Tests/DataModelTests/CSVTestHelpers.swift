@testable import DataModel

/// Loads `text` as a CSV file named `t.csv`, with both date formats the built-in sets read.
func loadCSV(_ text: String, columnTypes: [String: ColumnType] = [:]) -> LoadedFile {
    loadCSV(Array(text.utf8), columnTypes: columnTypes)
}

/// Loads `bytes` as a CSV file named `t.csv`, with both date formats the built-in sets read.
func loadCSV(_ bytes: [UInt8], columnTypes: [String: ColumnType] = [:]) -> LoadedFile {
    CSVLoader.load(bytes, file: FileID("t.csv"), options: LoadOptions(dateFormats: [.iso, .dayFirst], columnTypes: columnTypes))
}

extension SourceLocation {
    /// `line:column-endLine:endColumn`, compact for exact expectations.
    var span: String { "\(line):\(column)-\(endLine):\(endColumn)" }
}

extension LoadedFile {
    /// The rows of the single document.
    var rows: [Value] { documents.first?.root.list ?? [] }

    /// Each problem as `line:column rule: message`.
    var problemLines: [String] { problems.map { "\($0.location.line):\($0.location.column) \($0.ruleID): \($0.message)" } }
}
