import ArgumentParser
import Foundation

/// `govlint init`: writes a commented starter `.govlint.yml` in the current folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter .govlint.yml in the current folder (never overwrites one).")

    func run() throws {
        let path = FileManager.default.currentDirectoryPath + "/" + ConfigurationDiscovery.fileName
        do throws(CLIError) {
            guard !FileManager.default.fileExists(atPath: path) else { throw CLIError.configExists(ConfigurationDiscovery.fileName) }
            try AtomicFile.write(StarterConfiguration.text, to: path)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        Terminal.printOutput("wrote \(ConfigurationDiscovery.fileName); edit it, then run: govlint check\n")
    }
}
