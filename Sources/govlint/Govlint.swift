import ArgumentParser

/// The `govlint` command: checks agency data against compliance rule sets.
@main
struct Govlint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govlint",
        abstract: "Check government agency data (YAML, JSON, CSV) against compliance rule sets.",
        version: GovlintVersion.current,
        subcommands: [QueryCommand.self, EvalCommand.self],
    )
}
