import DataModel
import Foundation
import Reporters
import RuleEngine

/// One `govlint check` run: settings, files, lint, suppressions, baseline, reports, exit status.
struct CheckRunner {
    let input: CheckInputOptions
    let output: OutputOptions
    let baseline: BaselineOptions

    /// Runs the check and returns the exit status; throws for errors that mean exit 2.
    func run() throws(CLIError) -> Int32 {
        let startedAt = Date()
        let workingDirectory = FileManager.default.currentDirectoryPath
        let configuration = try loadConfiguration(workingDirectory: workingDirectory)
        let settings = try CheckSettings(
            input: input, output: output, baseline: baseline, configuration: configuration, workingDirectory: workingDirectory)
        let files = try selectFiles(settings)
        var result = try LintInvocation(settings: settings, files: files).run()
        let suppressed = FindingFilters.suppress(&result)
        if let path = settings.writeBaseline {
            let written = try FindingFilters.writeBaseline(result, to: path, workingDirectory: settings.configRoot)
            if !settings.quiet {
                Terminal.printError("wrote \(baseline.writeBaseline ?? path): \(written.entries.count) entries recording \(result.findings.count) findings")
            }
            return ExitStatus.clean
        }
        var baselined = 0
        if let path = settings.baseline {
            baselined = try FindingFilters.applyBaseline(path, to: &result, workingDirectory: settings.configRoot)
        }
        try ReportOutput(settings: settings, startedAt: startedAt, hidden: HiddenFindings(suppressed: suppressed, baselined: baselined))
            .write(result)
        return result.findings.contains { settings.failOn.fails($0.severity) } ? ExitStatus.findings : ExitStatus.clean
    }

    /// The data files to check, relative to the config root, which becomes the current folder so
    /// rule-set globs and reported paths are relative to it.
    private func selectFiles(_ settings: CheckSettings) throws(CLIError) -> [String] {
        for path in settings.paths where !FileManager.default.fileExists(atPath: path) {
            throw CLIError.pathNotFound(path)
        }
        let toRoot = PathRelativizer(baseFolder: settings.configRoot, workingDirectory: settings.workingDirectory)
        let paths = settings.paths.map { toRoot.relative($0) }.map { $0.isEmpty ? "." : $0 }
        if settings.configRoot != settings.workingDirectory {
            guard FileManager.default.changeCurrentDirectoryPath(settings.configRoot) else {
                throw CLIError.configUnreadable("cannot enter \(settings.configRoot)")
            }
        }
        let selection = DataFileSelection(
            include: paths.isEmpty && !settings.include.isEmpty ? settings.include : nil, exclude: settings.exclude)
        return try selection.files(in: paths.isEmpty ? ["."] : paths)
    }

    private func loadConfiguration(workingDirectory: String) throws(CLIError) -> Configuration? {
        guard let path = try ConfigurationDiscovery.locate(explicit: input.config, from: workingDirectory) else { return nil }
        let display = PathRelativizer(baseFolder: workingDirectory, workingDirectory: workingDirectory).relative(path)
        return try ConfigurationLoading.load(path, displayPath: display, color: Terminal.stderrIsTerminal && !Terminal.noColorRequested)
    }
}
