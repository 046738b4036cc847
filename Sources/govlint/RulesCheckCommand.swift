import ArgumentParser
import DataModel
import Foundation
import RuleEngine

/// `govlint rules check [FILES...]`: validates rule sets and runs their examples; exits 2 with
/// compiler-style errors on any problem.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate rule sets and run their examples (exit 2 on any problem).")

    @Argument(help: "Rule-set files, folders or built-in names (default: the built-in sets).")
    var files: [String] = []

    @Option(help: "The date examples without their own as-of are judged against (yyyy-MM-dd; default today).")
    var asOf: String?

    func run() throws {
        let date: CivilDate
        if let asOf {
            guard case .date(let d)? = DateFormat.iso.parse(asOf) else {
                throw ValidationError("--as-of must be a date in yyyy-MM-dd form, not '\(asOf)'")
            }
            date = d
        } else {
            date = Self.today()
        }
        let loaded = RuleSetLoader(builtins: LintInvocation.builtins)
            .load(files.isEmpty ? LintInvocation.defaultRuleSets : files)
        let exampleProblems = loaded.ruleSets.flatMap { ExampleRunner.run($0, asOf: date) }
        let diagnostics = loaded.diagnostics + exampleProblems
        LintInvocation.print(diagnostics)
        let errors = diagnostics.filter { $0.level == .error }.count
        let rules = loaded.ruleSets.reduce(0) { $0 + $1.rules.count }
        let examples = loaded.ruleSets.flatMap(\.rules).reduce(0) { $0 + ($1.examples.map { $0.pass.count + $0.fail.count } ?? 0) }
        let summary = "\(loaded.ruleSets.count) rule set(s), \(rules) rule(s), \(examples) example(s)"
        if errors > 0 {
            Terminal.printError("\(errors) error(s) in \(summary)")
            throw ExitCode(ExitStatus.usage)
        }
        print("ok: \(summary)")
    }

    /// Today's date in the local time zone.
    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
    }
}
