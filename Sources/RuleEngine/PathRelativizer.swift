import Foundation

/// Turns paths into paths relative to one folder (a baseline's, the current one), so what is
/// recorded or shown does not depend on where the command runs.
public struct PathRelativizer: Sendable {
    private let base: [String]
    private let workingDirectory: String

    /// Paths relative to `baseFolder`; relative finding paths are read against `workingDirectory`.
    public init(baseFolder: String, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
        base = Self.components(Self.absolute(baseFolder, in: workingDirectory))
    }

    /// `path` relative to the base folder, with `/` separators and `..` where it lies outside.
    public func relative(_ path: String) -> String {
        guard !path.isEmpty else { return path }
        let target = Self.components(Self.absolute(path, in: workingDirectory))
        var shared = 0
        while shared < base.count, shared < target.count, base[shared] == target[shared] { shared += 1 }
        let up = Array(repeating: "..", count: base.count - shared)
        return (up + target[shared...]).joined(separator: "/")
    }

    private static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// The path's components with `.` and `..` resolved lexically (symlinks are left as written).
    private static func components(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !out.isEmpty { out.removeLast() }
            default: out.append(String(part))
            }
        }
        return out
    }
}
