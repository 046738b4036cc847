import BuiltinRules
import DataModel
import Expressions
import Foundation
import JSONPath

/// Reads what `govlint eval` is given: the as-of date, the calendar, the query and the data.
enum EvalInputs {
    /// The calendar used when none is named.
    static let defaultCalendar = "vn"

    static func asOf(_ text: String?) throws(EvalFailure) -> CivilDate {
        guard let text else { return today() }
        guard case .date(let date)? = DateFormat.iso.parse(text) else {
            throw .usage("--as-of must be a date in yyyy-MM-dd, got '\(text)'")
        }
        return date
    }

    /// Today's date in the local time zone.
    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// A built-in calendar by name (a name without `/` or `.yml`), else a calendar file.
    static func calendar(_ name: String) throws(EvalFailure) -> WorkdayCalendar {
        let isBuiltin = !name.contains("/") && !name.hasSuffix(".yml") && !name.hasSuffix(".yaml")
        let loaded: LoadedFile
        if isBuiltin {
            guard let text = BuiltinRules.calendars[name] else {
                let known = BuiltinRules.calendars.keys.sorted().joined(separator: ", ")
                throw .usage("unknown built-in calendar '\(name)' (built-in: \(known)); give a path to use a file")
            }
            loaded = DataLoader.load(text: text, path: "builtin:calendars/\(name).yml", format: .yaml)
        } else {
            do { loaded = try DataLoader.load(path: name, format: .yaml) } catch { throw .usage(error.description) }
        }
        if let problem = loaded.problems.first { throw .usage("\(problem.location): \(problem.message)") }
        guard let document = loaded.documents.first else { throw .usage("\(name): the calendar file is empty") }
        do {
            return try WorkdayCalendar(from: document.root)
        } catch {
            throw .usage(error.location.line > 0 ? "\(error.location): \(error.message)" : error.message)
        }
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
