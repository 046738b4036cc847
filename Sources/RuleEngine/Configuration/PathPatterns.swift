/// The `include` and `exclude` globs of a configuration, matched against paths relative to the
/// config root with the same rules as rule sets' `files` (`**`, `*`, `?`, `{a,b}`).
public struct PathPatterns: Sendable {
    private let selector: FileSelector

    /// Patterns from `globs`.
    public init(_ globs: [String]) {
        selector = FileSelector(globs)
    }

    /// Whether `relativePath` matches any pattern.
    public func matches(_ relativePath: String) -> Bool { selector.matches(relativePath) }
}
