import DataModel

/// One `# govlint-disable-…` comment in a YAML file.
public struct Suppression: Sendable, Equatable {
    /// Which lines a suppression covers.
    public enum Scope: String, Sendable, CaseIterable {
        /// The comment's own line (`govlint-disable-line`).
        case line = "govlint-disable-line"
        /// The line after the comment (`govlint-disable-next-line`).
        case nextLine = "govlint-disable-next-line"
        /// The whole file (`govlint-disable-file`).
        case file = "govlint-disable-file"
    }

    /// A rule id named by the comment, with where it is written (unused ones are reported there).
    public struct RuleReference: Sendable, Equatable {
        /// The full rule id.
        public var ruleID: String
        /// Where the id is written in the comment.
        public var location: SourceLocation
    }

    /// Which lines it covers.
    public var scope: Scope
    /// The rules it silences.
    public var rules: [RuleReference]
    /// The text after `--`, if any.
    public var reason: String?
    /// Where the directive word is written.
    public var location: SourceLocation

    /// Whether the suppression covers a finding on `line` (1-based).
    public func covers(line: Int32) -> Bool {
        switch scope {
        case .line: line == location.line
        case .nextLine: line == location.line + 1
        case .file: true
        }
    }
}
