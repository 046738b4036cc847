import BuiltinRules
import DataModel
import Expressions
import Foundation
import Reporters
import RuleEngine

/// Loads the rule sets and calendar, then runs the engine over the selected files.
struct LintInvocation {
    let settings: CheckSettings
    let files: [String]

    /// The built-in rule sets and calendars shipped in the binary.
    static let builtins = BuiltinSources(
        ruleSets: BuiltinRules.ruleSets, calendars: BuiltinRules.calendars, groups: BuiltinRules.groups)

    /// The rule sets run when neither `--rules` nor `rules:` names any: every built-in set.
    static var defaultRuleSets: [String] { BuiltinRules.ruleSets.keys.sorted().map { "builtin:\($0)" } }

    /// The result of the run; rule-set or calendar errors are printed and end the run (exit 2).
    func run() throws(CLIError) -> LintResult {
        let loader = RuleSetLoader(builtins: Self.builtins)
        let loaded = loader.load(settings.ruleSets ?? Self.defaultRuleSets)
        var diagnostics = loaded.diagnostics
        var calendar: WorkdayCalendar?
        if let reference = settings.calendar {
            let (found, problems) = loader.loadCalendar(reference)
            calendar = found
            diagnostics += problems
        }
        Self.print(diagnostics)
        let errors = diagnostics.filter { $0.level == .error }.count
        if errors > 0 { throw CLIError.ruleSetsInvalid(errors) }
        var options = LintOptions(
            files: files, ruleSets: loaded.ruleSets, configRoot: ".", asOf: settings.asOf, jobs: settings.jobs,
            severityOverrides: settings.severity, calendar: calendar, dateFormats: settings.dateFormats)
        guard ProgressDisplay.isWanted(quiet: settings.quiet) else { return Linter.run(options) }
        let display = ProgressDisplay()
        options.progress = { done, total in display.update(done: done, total: total) }
        defer { display.finish() }
        return Linter.run(options)
    }

    /// Prints rule-set diagnostics to standard error in compiler form, with the source line.
    static func print(_ diagnostics: [RuleSetDiagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let sources = BuiltinAwareSourceText(builtins: builtins)
        let color = Terminal.stderrIsTerminal && !Terminal.noColorRequested
        for diagnostic in diagnostics {
            let rendered = CompilerDiagnostic(
                severity: diagnostic.level == .error ? .error : .warning, message: diagnostic.message, location: diagnostic.location)
            Terminal.printError(rendered.render(sources: sources, color: color))
        }
    }
}

/// Source lines of rule files on disk and of built-in rule sets (`builtin:NAME`), for frames
/// under rule-set diagnostics.
struct BuiltinAwareSourceText: SourceTextProvider {
    let builtins: BuiltinSources
    private let disk = DiskSourceText()

    init(builtins: BuiltinSources) { self.builtins = builtins }

    func line(_ number: Int, of path: String) -> String? {
        if path.hasPrefix("builtin:") {
            let name = String(path.dropFirst("builtin:".count))
            guard let text = builtins.ruleSets[name] ?? builtins.calendars[name] else { return nil }
            return InMemorySourceText([path: text]).line(number, of: path)
        }
        return disk.line(number, of: path)
    }
}
