import Foundation

/// Writes files whole or not at all: into a temporary file in the same folder, then renamed.
enum AtomicFile {
    /// Replaces the file at `path` with `text`.
    static func write(_ text: String, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            // Same folder, so the rename stays on one file system and is atomic.
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(utf8Of: text)) else {
                throw CLIError.cannotWrite(path, Self.reason(folder: folder))
            }
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CLIError.cannotWrite(path, reason)
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.cannotWrite(path, "\(error)")
        }
    }

    private static func reason(folder: URL) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "the folder \(folder.path) does not exist"
        }
        return "permission denied"
    }
}
