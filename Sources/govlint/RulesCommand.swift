import ArgumentParser
import BuiltinRules
import RuleEngine

/// `govlint rules`: list, explain and validate rule sets.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and validate rule sets.",
        subcommands: [RulesList.self, RulesExplain.self, RulesCheck.self]
    )
}

/// The `--rules` option the `rules` subcommands share, and the loading it implies.
struct RuleSetSelection: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A rule set: a file, a folder or a built-in name (repeatable; default: the built-in sets).")
    var references: [String] = []

    /// The shipped rule sets and calendars.
    static let builtins = BuiltinSources(
        ruleSets: BuiltinRules.ruleSets, calendars: BuiltinRules.calendars, groups: BuiltinRules.groups)

    /// Loads the selected sets; rule-set errors are printed and end the command with exit 2.
    func load() throws -> [RuleSet] {
        let loaded = RuleSetLoader(builtins: Self.builtins).load(references.isEmpty ? Self.defaultReferences : references)
        RuleSetDiagnosticPrinter.print(loaded.diagnostics)
        if loaded.hasErrors { throw ExitCode(2) }
        return loaded.ruleSets
    }

    static var defaultReferences: [String] { BuiltinRules.ruleSets.keys.sorted().map { "builtin:\($0)" } }
}

/// Prints rule-set diagnostics to standard error in compiler form.
enum RuleSetDiagnosticPrinter {
    static func print(_ diagnostics: [RuleSetDiagnostic]) {
        for diagnostic in diagnostics { StandardError.write(diagnostic.description) }
    }
}
