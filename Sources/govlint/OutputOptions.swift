import ArgumentParser
import Reporters
import RuleEngine

/// Where reports go and how they look, and what makes the run fail.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Report format, optionally to a file; repeatable (text json sarif junit github markdown checkstyle).",
            valueName: "FMT[:FILE]"),
        transform: { text in
            switch FormatSpec.parse(text) {
            case .success(let spec): return spec
            case .failure(let error): throw ValidationError(error.message)
            }
        })
    var formats: [FormatSpec] = []

    @Option(help: ArgumentHelp("The lowest severity that fails the run (default: error).", valueName: "LEVEL"))
    var failOn: FailThreshold?

    @Flag(help: "Print the scorecard (targets, findings per rule and per file) after the findings.")
    var summary = false

    @Option(help: ArgumentHelp("When to colour the text report; auto: when stdout is a terminal and NO_COLOR is unset.", valueName: "WHEN"))
    var color: ColorChoice = .auto

    @Flag(help: "Findings only: no progress and no totals line.")
    var quiet = false
}

/// When text output is coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension FailThreshold: ExpressibleByArgument {}
