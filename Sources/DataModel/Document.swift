/// The syntax a data file is written in.
public enum DataFormat: String, Sendable, CaseIterable {
    case yaml, json, csv

    /// The format a file's extension names (`.yml`, `.yaml`, `.json`, `.csv`, any case), if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "yml", "yaml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }
}

/// One document of a data file: a YAML stream holds one per `---`; JSON and CSV files hold one.
public struct Document: Sendable {
    /// The file the document was read from.
    public var file: FileID
    /// The syntax of the file.
    public var format: DataFormat
    /// The document's position in its file's stream, from 0.
    public var index: Int
    /// The root node; for CSV, the list of rows, each a map from header to cell.
    public var root: Value
    /// The header names of a CSV document, in order; `nil` for YAML and JSON.
    public var columns: [String]?

    /// A document of `file` with `root`.
    public init(file: FileID, format: DataFormat, index: Int = 0, root: Value, columns: [String]? = nil) {
        self.file = file
        self.format = format
        self.index = index
        self.root = root
        self.columns = columns
    }

    /// The path of the file.
    public var path: String { file.path }
}

/// The result of loading one file: its documents, and every problem met while reading it.
///
/// A file with problems may still yield documents (a CSV with one ragged row keeps its other
/// rows; a YAML stream keeps the documents before a syntax error).
public struct LoadedFile: Sendable {
    /// The file.
    public var file: FileID
    /// The syntax the file was read as.
    public var format: DataFormat
    /// The documents read.
    public var documents: [Document]
    /// The problems met, in the order of their locations.
    public var problems: [LoadProblem]

    /// A loaded `file` with its `documents` and `problems`.
    public init(file: FileID, format: DataFormat, documents: [Document], problems: [LoadProblem]) {
        self.file = file
        self.format = format
        self.documents = documents
        self.problems = problems
    }

    /// The path of the file.
    public var path: String { file.path }
}
