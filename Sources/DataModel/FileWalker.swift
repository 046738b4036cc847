#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The data files found under some paths, and what could not be looked at on the way.
public struct FileWalk: Sendable {
    /// The data files to check, sorted by path, each once.
    public var files: [String]
    /// Folders that could not be listed and broken symbolic links that look like data files.
    public var problems: [FileReadError]

    /// A walk that found `files` and met `problems`.
    public init(files: [String], problems: [FileReadError] = []) {
        self.files = files
        self.problems = problems
    }
}

/// Paths given to `FileWalker` that do not exist.
public struct MissingPathsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The paths, in the order they were given.
    public var paths: [String]

    /// The error for `paths`.
    public init(paths: [String]) { self.paths = paths }

    public var description: String { DataModelMessages.missingPaths(paths) }
}

/// Finds the data files to check under files and folders given on a command line.
///
/// Folders are walked recursively for `.yml`, `.yaml`, `.json` and `.csv` files (any case);
/// hidden files and folders (`.name`) met on the way are skipped; symbolic links are followed,
/// but a folder is walked once however many links lead to it, so a link loop ends the descent
/// rather than hanging. A file named explicitly is taken whatever its extension. A file reached
/// twice (two names for one file) is listed once, under the name met first in sorted order.
public enum FileWalker {
    /// The data files under `paths`; throws when a path does not exist (each missing path is named).
    public static func walk(_ paths: [String]) throws(MissingPathsError) -> FileWalk {
        let missing = paths.filter { !exists($0) }
        guard missing.isEmpty else { throw MissingPathsError(paths: missing) }
        var state = WalkState()
        for path in paths {
            if let identity = identity(of: path), identity.isDirectory {
                state.walkFolder(path, identity: identity)
            } else {
                state.add(file: path)
            }
        }
        let files = state.files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return FileWalk(files: files, problems: state.problems)
    }

    /// Whether `path` names something, following links (a broken link counts as existing, and
    /// is reported when it is read).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    fileprivate struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
        var isDirectory: Bool
    }

    /// The device and inode of what `path` finally names, following links; `nil` when it cannot be reached.
    fileprivate static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), isDirectory: (info.st_mode & S_IFMT) == S_IFDIR)
    }

    private struct WalkState {
        var files: [String] = []
        var problems: [FileReadError] = []
        var seenFolders: Set<Identity> = []
        var seenFiles: Set<Identity> = []

        mutating func add(file path: String) {
            // A broken link or unreadable entry has no identity; it is listed so that reading it reports why.
            if let identity = FileWalker.identity(of: path), !seenFiles.insert(identity).inserted { return }
            files.append(path)
        }

        mutating func walkFolder(_ path: String, identity: Identity) {
            guard seenFolders.insert(identity).inserted else { return }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                problems.append(FileReadError(path: path, reason: DataModelMessages.unreadableFolder))
                return
            }
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                guard let childIdentity = FileWalker.identity(of: child) else {
                    // Usually a broken or looping link; reported only where it looks like a data file.
                    let reason = String(cString: strerror(errno))
                    if DataFormat(path: name) != nil {
                        problems.append(FileReadError(path: child, reason: DataModelMessages.unreachable(reason)))
                    }
                    continue
                }
                if childIdentity.isDirectory {
                    walkFolder(child, identity: childIdentity)
                } else if DataFormat(path: name) != nil {
                    add(file: child)
                }
            }
        }
    }
}
