import ArgumentParser
import DataModel

/// What to check and with which rules.
struct CheckInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders to check (default: the configuration's include, else the current folder).", valueName: "PATHS"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The configuration file (default: the nearest .govlint.yml upward from the current folder).", valueName: "FILE"))
    var config: String?

    @Option(help: ArgumentHelp("A rule set: a file, a folder or a built-in name; repeatable; replaces the default rule sets.", valueName: "PATH"))
    var rules: [String] = []

    @Option(help: ArgumentHelp("The date open items are judged against (default: today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Parallel workers (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    mutating func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
        if let asOf, Self.date(asOf) == nil { throw ValidationError(CLIError.badDate(asOf)) }
    }

    /// `text` read as an ISO or day-first date.
    static func date(_ text: String) -> CivilDate? {
        for format in [DateFormat.iso, .dayFirst] {
            if case .date(let date)? = format.parse(text) { return date }
        }
        return nil
    }
}

/// Baseline files to read or write.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Hide the findings recorded in this baseline file.", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record the current findings in this baseline file and exit 0.", valueName: "FILE"))
    var writeBaseline: String?
}
