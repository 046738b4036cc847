import DataModel
import Foundation

/// Turns the paths of a run (or the configuration's `include`) into the data files to check:
/// the file walker finds the files; `include` (when no paths were given) and `exclude` filter
/// what walking folders found, while a file named explicitly is always checked.
struct DataFileSelection {
    /// Globs a walked file must match (relative to the current folder, the config root).
    let include: [Glob]?
    /// Globs a walked file must not match.
    let exclude: [Glob]

    /// The data files under `paths`, sorted; a missing path is an error, an unreadable folder a warning.
    func files(in paths: [String]) throws(CLIError) -> [String] {
        let walk: FileWalk
        do {
            walk = try FileWalker.walk(paths)
        } catch {
            throw CLIError.pathNotFound(error.paths[0])
        }
        for problem in walk.problems { Terminal.printError("warning: \(problem.description)") }
        let named = Set(paths.map(Self.clean))
        return walk.files.map(Self.clean).filter { path in
            named.contains(path)
                || (!exclude.contains { $0.matches(path) } && (include?.contains { $0.matches(path) } ?? true))
        }
    }

    /// `path` without a leading `./`, as reports show it.
    private static func clean(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }
}
