import ArgumentParser

/// `govlint check`: lints data files against rule sets and reports the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check data files against rule sets (the default subcommand).",
        discussion: """
            Exit status: 0 when no finding is at or above --fail-on, 1 when one is (a file that does \
            not parse is such a finding), 2 for a usage error, an unreadable configuration or rule \
            set, or a path that does not exist. Findings hidden by a baseline or a suppression do \
            not count; a --write-baseline run exits 0 once the baseline is written.
            """)

    @OptionGroup(title: "Input") var input: CheckInputOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Baseline") var baseline: BaselineOptions

    func run() throws {
        let status: Int32
        do {
            status = try CheckRunner(input: input, output: output, baseline: baseline).run()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}
