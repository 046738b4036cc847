import DataModel
import Foundation
import Reporters
import RuleEngine

/// Reads and decodes the configuration file, printing its errors in compiler form.
enum ConfigurationLoading {
    /// The configuration at `path`; on any error, prints every problem and throws.
    static func load(_ path: String, displayPath: String, color: Bool) throws(CLIError) -> Configuration {
        let file: LoadedFile
        do {
            file = try DataLoader.load(path: displayPath, format: .yaml)
        } catch {
            throw CLIError.configUnreadable(error.description)
        }
        let root = URL(fileURLWithPath: path).deletingLastPathComponent().path
        switch ConfigurationDecoder.decode(file, root: root) {
        case .success(let configuration):
            return configuration
        case .failure(let failure):
            let sources = DiskSourceText()
            for error in failure.errors {
                Terminal.printError(CompilerDiagnostic(message: error.message, location: error.location).render(sources: sources, color: color))
            }
            throw CLIError.configInvalid(failure.errors.count)
        }
    }
}
