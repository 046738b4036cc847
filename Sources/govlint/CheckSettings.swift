import DataModel
import Foundation
import Reporters
import RuleEngine

/// The settings of one `govlint check` run: the configuration file's, overridden by flags.
struct CheckSettings {
    /// The folder the command runs in.
    var workingDirectory: String
    /// The folder rule-set globs and config paths are relative to: the config's, else the working one.
    var configRoot: String
    /// Paths to check, as given on the command line; empty when `include` globs decide.
    var paths: [String]
    /// Globs (relative to `configRoot`) selecting files when no paths are given.
    var include: [String]
    /// Globs (relative to `configRoot`) of files never checked when walking folders.
    var exclude: [String]
    /// Rule sets to run; `nil` for the built-in defaults.
    var ruleSets: [String]?
    /// The date open items are judged against.
    var asOf: CivilDate
    /// Parallel workers.
    var jobs: Int
    /// Rule levels overriding the rule sets.
    var severity: [String: RuleLevel]
    /// The working-day calendar, if set.
    var calendar: String?
    /// Date formats of the data, if set.
    var dateFormats: [DateFormat]?
    /// The baseline to apply, if any.
    var baseline: String?
    /// The baseline to write, if asked.
    var writeBaseline: String?
    /// What fails the run.
    var failOn: FailThreshold
    /// The reports to write.
    var formats: [FormatSpec]
    /// Whether `--summary` was given.
    var summary: Bool
    /// Whether `--quiet` was given.
    var quiet: Bool
    /// Whether text on standard output is coloured.
    var color: Bool

    /// Settings from `configuration` (if any) overridden by the flags.
    init(input: CheckInputOptions, output: OutputOptions, baseline: BaselineOptions,
         configuration: Configuration?, workingDirectory: String) throws(CLIError) {
        self.workingDirectory = workingDirectory
        let root = configuration?.root ?? workingDirectory
        configRoot = root
        func fromConfig(_ path: String) -> String { path.hasPrefix("/") || path.hasPrefix("builtin:") ? path : root + "/" + path }
        paths = input.paths
        include = configuration?.include ?? []
        exclude = configuration?.exclude ?? []
        ruleSets = input.rules.isEmpty ? configuration?.rules.map { $0.map(fromConfig) } : input.rules
        asOf = input.asOf.flatMap(CheckInputOptions.date) ?? configuration?.asOf ?? Self.today()
        jobs = input.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        severity = configuration?.severity ?? [:]
        calendar = configuration?.calendar.map(fromConfig)
        dateFormats = configuration?.dateFormats
        self.baseline = baseline.baseline ?? configuration?.baseline.map(fromConfig)
        writeBaseline = baseline.writeBaseline
        failOn = output.failOn ?? configuration?.failOn ?? .error
        if !output.formats.isEmpty {
            formats = output.formats
        } else if let specs = configuration?.formats {
            formats = try specs.map { spec throws(CLIError) in
                switch FormatSpec.parse(spec) {
                case .success(var parsed):
                    parsed.file = parsed.file.map(fromConfig)
                    return parsed
                case .failure(let error): throw CLIError.badFormatInConfig(spec, error.message)
                }
            }
        } else {
            formats = [FormatSpec(format: .text, file: nil)]
        }
        if formats.filter({ $0.file == nil }).count > 1 { throw CLIError.severalToStandardOutput }
        summary = output.summary
        quiet = output.quiet
        color = Terminal.useColor(output.color)
    }

    /// Today's date in the local time zone.
    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
