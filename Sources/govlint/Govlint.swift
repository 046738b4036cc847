import ArgumentParser
import Foundation

/// The `govlint` command: checks agency data against compliance rule sets.
@main
struct Govlint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govlint",
        abstract: "Check government agency data (YAML, JSON, CSV) against compliance rule sets.",
        version: GovlintVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, QueryCommand.self, EvalCommand.self, InitCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Runs the command line, mapping usage errors to exit code 2 as the product's exit codes say
    /// (swift-argument-parser's own code for them is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit codes of the product: 0 clean, 1 findings at or above `--fail-on`, 2 usage or input errors.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2
}
