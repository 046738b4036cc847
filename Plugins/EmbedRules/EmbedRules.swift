import Foundation
import PackagePlugin

/// Compiles the package's top-level `Rules/` folder into the target it is applied to, so the
/// built-in rule sets and calendars ship inside the binary and can never go stale.
///
/// Every rule file is a declared input, so editing one regenerates the embedded copy. Adding or
/// removing one changes the file list itself, which only a new build plan picks up: the target
/// holds a `Rules` link to the folder (excluded from its sources) so that such a change alters
/// the target's structure and makes the build re-plan and run this plugin again.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let files = try yamlFiles(under: rules)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        let relativePaths = files.map { String($0.path.dropFirst(rules.path.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files of Rules/ into \(target.name)",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [rules.path, output.path] + relativePaths,
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }

    /// Every `.yml` file under `folder`, sorted so the generated source is deterministic.
    private func yamlFiles(under folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw EmbedRulesError.missingFolder(folder.path)
        }
        var found: [URL] = []
        for case let url as URL in walker where url.pathExtension == "yml" {
            found.append(url.standardizedFileURL)
        }
        return found.sorted { $0.path < $1.path }
    }
}

/// Why the rule files could not be listed.
enum EmbedRulesError: Error, CustomStringConvertible {
    case missingFolder(String)

    var description: String {
        switch self {
        case .missingFolder(let path): "the built-in rules folder \(path) cannot be read"
        }
    }
}
