/// A defect met while reading a data file, at the place it was met.
public struct LoadProblem: Error, Sendable, Equatable {
    /// What kind of defect it is; it decides the rule id the finding is reported under.
    public enum Kind: String, Sendable {
        /// The file is not well-formed YAML, JSON or CSV, is not UTF-8, is binary or empty, or
        /// exceeds a safety limit (nesting depth, alias expansion).
        case parseError = "govlint/parse-error"
        /// A mapping repeats a key; reported at the second occurrence.
        case duplicateKey = "govlint/duplicate-key"
        /// A CSV cell does not fit the type its column is declared with.
        case cellType = "govlint/cell-type"
    }

    /// What kind of defect it is.
    public var kind: Kind
    /// What went wrong, in plain words (`found character that cannot start any token`).
    public var message: String
    /// Where it went wrong.
    public var location: SourceLocation

    /// A problem of `kind` at `location`.
    public init(_ kind: Kind, _ message: String, at location: SourceLocation) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// The rule id findings for this problem carry.
    public var ruleID: String { kind.rawValue }
}

/// A file that could not be read at all (missing, a directory, no permission).
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    /// The path that could not be read.
    public var path: String
    /// Why, in plain words.
    public var reason: String

    /// An error reading `path` because of `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
