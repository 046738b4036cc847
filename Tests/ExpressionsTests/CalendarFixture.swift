import DataModel
import Expressions
import Foundation
import TestSupport

/// The Vietnamese 2019–2020 test calendar, Fixtures/vn-2019-2020.yml.
enum CalendarFixture {
    static func date(_ text: String) -> CivilDate {
        guard case .date(let d)? = DateFormat.iso.parse(text) else { fatalError("bad test date \(text)") }
        return d
    }

    static let path = PackagePaths.root.appendingPathComponent("Tests/ExpressionsTests/Fixtures/vn-2019-2020.yml").path

    /// Loads a YAML text's first document.
    static func load(yaml text: String, path: String = "calendar.yml") -> Value {
        let loaded = DataLoader.load(text: text, path: path, format: .yaml)
        guard loaded.problems.isEmpty, let root = loaded.documents.first?.root else { fatalError("\(loaded.problems)") }
        return root
    }

    /// A fresh calendar (each has its own record of uncovered years).
    static func calendar() -> WorkdayCalendar {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return try WorkdayCalendar(from: load(yaml: text, path: path))
        } catch {
            fatalError("test calendar: \(error)")
        }
    }
}
