import DataModel
import Expressions
import JSONPath
import RuleEngine

/// Reads what `govlint eval` is given: the as-of date, the calendar, the query and the data.
enum EvalInputs {
    /// The calendar used when none is named.
    static let defaultCalendar = "vn"

    /// The `--as-of` date (ISO or day-first, as `govlint check` reads it), else today.
    static func asOf(_ text: String?) throws(EvalFailure) -> CivilDate {
        guard let text else { return CheckSettings.today() }
        guard let date = CheckInputOptions.date(text) else { throw .usage(CLIError.badDate(text)) }
        return date
    }

    /// A built-in calendar by name, or a calendar file, loaded as `calendar:` in a rule set is;
    /// its problems are printed compiler-style.
    static func calendar(_ reference: String) throws(EvalFailure) -> WorkdayCalendar {
        let (calendar, diagnostics) = RuleSetLoader(builtins: LintInvocation.builtins).loadCalendar(reference)
        // A reference given on the command line has no place in a file to point at.
        let placed = diagnostics.filter { $0.location.line > 0 }
        for diagnostic in diagnostics where diagnostic.location.line == 0 {
            Terminal.printError("\(diagnostic.level.rawValue): \(diagnostic.message)")
        }
        LintInvocation.print(placed)
        guard let calendar, !diagnostics.contains(where: { $0.level == .error }) else {
            throw EvalFailure(message: nil, exitCode: ExitStatus.usage)
        }
        return calendar
    }

    static func query(_ text: String) throws(EvalFailure) -> JSONPathQuery {
        do { return try JSONPathQuery(text) } catch {
            let caret = String(repeating: " ", count: max(0, error.column - 1)) + "^"
            throw .usage("invalid query: \(error.message) at column \(error.column)\n    \(text)\n    \(caret)")
        }
    }

    static func documents(_ path: String) throws(EvalFailure) -> [Document] {
        let loaded: LoadedFile
        do { loaded = try DataLoader.load(path: path) } catch { throw .usage(error.description) }
        if !loaded.problems.isEmpty {
            throw .usage(loaded.problems.map { "\($0.location): \($0.message)" }.joined(separator: "\n"))
        }
        return loaded.documents
    }
}
