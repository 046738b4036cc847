import Foundation
import TestSupport
import Testing
@testable import RuleEngine

/// A folder of rule sets may hold calendar files (`Rules/calendars/vn.yml`): they are validated
/// as calendars, not read as rule sets.
@Suite("Loading a folder with calendar files")
struct CalendarFileLoadingTests {
    static let ruleSet = "ruleset: demo\nrules:\n  - id: code-given\n    severity: error\n    summary: s\n    require: [code]\n"

    private func folder(calendar: String) throws -> URL {
        let root = try PackagePaths.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("calendars"), withIntermediateDirectories: true)
        try Self.ruleSet.write(to: root.appendingPathComponent("demo.yml"), atomically: true, encoding: .utf8)
        try calendar.write(to: root.appendingPathComponent("calendars/cal.yml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func aValidCalendarIsNoRuleSet() throws {
        let root = try folder(calendar: "calendar: demo\nweekend: [saturday, sunday]\ncovers: [2020, 2020]\nholidays:\n  - { date: 2020-01-01, name: New Year }\n")
        let result = RuleSetLoader().load([root.path])
        #expect(result.diagnostics.map(\.message) == [])
        #expect(result.ruleSets.map(\.id) == ["demo"])
    }

    @Test func aBrokenCalendarIsReportedAsACalendar() throws {
        let root = try folder(calendar: "calendar: demo\nweekend: [saturday, sunday]\nholidayz: []\n")
        let result = RuleSetLoader().load([root.path])
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
            "3:1: invalid calendar: unknown key 'holidayz'; did you mean 'holidays'?",
        ])
        #expect(result.ruleSets.map(\.id) == ["demo"])
    }
}
