import Foundation

/// Finds the `.govlint.yml` that applies: the one named by `--config`, else the nearest one in
/// the current folder or a parent.
enum ConfigurationDiscovery {
    /// The configuration file name.
    static let fileName = ".govlint.yml"

    /// The absolute path of the configuration to use, `nil` when there is none.
    static func locate(explicit: String?, from directory: String) throws(CLIError) -> String? {
        if let explicit {
            let path = explicit.hasPrefix("/") ? explicit : directory + "/" + explicit
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError.configNotFound(explicit) }
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
