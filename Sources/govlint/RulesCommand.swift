import ArgumentParser
import RuleEngine

/// `govlint rules`: list, explain and validate rule sets.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and validate rule sets.",
        subcommands: [RulesListCommand.self, RulesExplainCommand.self, RulesCheckCommand.self]
    )
}

/// The `--rules` option the `rules` subcommands share, and the loading it implies.
struct RuleSetSelection: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A rule set: a file, a folder or a built-in name (repeatable; default: the built-in sets).")
    var references: [String] = []

    /// Loads the selected sets; rule-set errors are printed and end the command with exit 2.
    func load() throws -> [RuleSet] {
        let loaded = RuleSetLoader(builtins: LintInvocation.builtins)
            .load(references.isEmpty ? LintInvocation.defaultRuleSets : references)
        LintInvocation.print(loaded.diagnostics)
        if loaded.hasErrors { throw ExitCode(ExitStatus.usage) }
        return loaded.ruleSets
    }
}
