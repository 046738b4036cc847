import DataModel

/// A set of `files` globs; a path is selected when any of them matches it.
struct FileSelector: Sendable {
    let globs: [Glob]

    func matches(_ relativePath: String) -> Bool {
        globs.contains { $0.matches(relativePath) }
    }
}
