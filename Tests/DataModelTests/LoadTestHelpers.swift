@testable import DataModel

/// Loads `text` as a file named `path` of the format its extension names.
func load(_ text: String, path: String = "t.yaml", options: LoadOptions = LoadOptions()) -> LoadedFile {
    DataLoader.load(text: text, path: path, format: DataFormat(path: path)!, options: options)
}

/// The single document's root of a file that loaded without problems, or `nil`.
func root(_ text: String, path: String = "t.yaml", options: LoadOptions = LoadOptions()) -> Value? {
    let loaded = load(text, path: path, options: options)
    guard loaded.problems.isEmpty, loaded.documents.count == 1 else { return nil }
    return loaded.documents[0].root
}

/// `line:column-endLine:endColumn` of a location, for compact exact expectations.
func span(_ location: SourceLocation) -> String {
    "\(location.line):\(location.column)-\(location.endLine):\(location.endColumn)"
}

/// `line:column kind message` of each problem.
func describe(_ problems: [LoadProblem]) -> [String] {
    problems.map { "\($0.location.line):\($0.location.column) \($0.kind.rawValue) \($0.message)" }
}
