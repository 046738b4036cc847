import DataModel
import Foundation
import RuleEngine

/// Turns the paths of a run (or the configuration's `include`) into the data files to check:
/// folders are walked for `.yml`, `.yaml`, `.json` and `.csv` files, hidden entries skipped,
/// symbolic-link loops followed once at most, and `exclude` applied to what walking finds.
struct DataFileSelection {
    let include: PathPatterns?
    let exclude: PathPatterns

    /// The data files under `paths` (relative to the current folder or absolute), sorted; a missing path is an error.
    func files(in paths: [String]) throws(CLIError) -> [String] {
        var found: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.pathNotFound(path)
            }
            if isDirectory.boolValue {
                var visited: Set<String> = []
                walk(path, into: &found, visited: &visited)
            } else {
                // A file named explicitly is checked whatever its name or the excludes say.
                found.insert(Self.clean(path))
            }
        }
        return found.sorted()
    }

    private func walk(_ folder: String, into found: inout Set<String>, visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            Terminal.printError(CLIError.folderUnreadable(folder).description)
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder == "." ? name : Self.clean(folder + "/" + name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if !exclude.matches(path) && !exclude.matches(path + "/") { walk(path, into: &found, visited: &visited) }
            } else if DataFormat(path: name) != nil, !exclude.matches(path), include?.matches(path) ?? true {
                found.insert(path)
            }
        }
    }

    private static func clean(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        while p.contains("//") { p = p.replacingOccurrences(of: "//", with: "/") }
        return p
    }
}
