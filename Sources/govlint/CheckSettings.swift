import DataModel
import Foundation
import Reporters
import RuleEngine

/// The settings of one `govlint check` run: the configuration file's, overridden by flags.
struct CheckSettings {
    /// The folder the command runs in.
    var workingDirectory: String
    /// The folder rule-set globs, config paths and reported file paths are relative to: the
    /// config's, else the working one. The run reads files from there.
    var configRoot: String
    /// Paths to check, as given on the command line (relative to `workingDirectory`); empty when
    /// `include` globs decide.
    var paths: [String]
    /// Globs (relative to `configRoot`) selecting files when no paths are given.
    var include: [Glob]
    /// Globs (relative to `configRoot`) of files never checked when walking folders.
    var exclude: [Glob]
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
    /// The baseline to apply (absolute), if any.
    var baseline: String?
    /// The baseline to write (absolute), if asked.
    var writeBaseline: String?
    /// What fails the run.
    var failOn: FailThreshold
    /// The reports to write (files absolute).
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
        func fromConfig(_ path: String) -> String { Self.absolute(path, in: root) }
        func fromFlag(_ path: String) -> String { Self.absolute(path, in: workingDirectory) }
        paths = input.paths
        include = configuration?.include ?? []
        exclude = configuration?.exclude ?? []
        ruleSets = input.rules.isEmpty
            ? configuration?.rules.map { $0.map { BuiltinSources.isBuiltinReference($0) ? $0 : fromConfig($0) } }
            : input.rules.map { BuiltinSources.isBuiltinReference($0) ? $0 : fromFlag($0) }
        asOf = input.asOf.flatMap(CheckInputOptions.date) ?? configuration?.asOf ?? Self.today()
        jobs = input.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        severity = configuration?.severity ?? [:]
        calendar = configuration?.calendar.map { BuiltinSources.isBuiltinReference($0) ? $0 : fromConfig($0) }
        dateFormats = configuration?.dateFormats
        self.baseline = baseline.baseline.map(fromFlag) ?? configuration?.baseline.map(fromConfig)
        writeBaseline = baseline.writeBaseline.map(fromFlag)
        failOn = output.failOn ?? configuration?.failOn ?? .error
        if !output.formats.isEmpty {
            formats = output.formats.map { spec in FormatSpec(format: spec.format, file: spec.file.map(fromFlag)) }
        } else if let specs = configuration?.formats {
            formats = try specs.map { spec throws(CLIError) in
                switch FormatSpec.parse(spec) {
                case .success(var parsed):
                    parsed.file = parsed.file.map(fromConfig)
                    return parsed
                case .failure(let error): throw CLIError.badFormatInConfig(error.message)
                }
            }
        } else {
            formats = [FormatSpec(format: .text, file: nil)]
        }
        if formats.filter({ $0.file == nil }).count > 1 { throw CLIError.severalToStandardOutput }
        let files = formats.compactMap(\.file)
        if let repeated = files.first(where: { file in files.filter { $0 == file }.count > 1 }) {
            throw CLIError.sameReportFile(repeated)
        }
        summary = output.summary
        quiet = output.quiet
        color = Terminal.useColor(output.color)
    }

    /// `path` made absolute against `folder`.
    static func absolute(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: folder + "/" + path).standardizedFileURL.path
    }

    /// Today's date in the local time zone.
    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
