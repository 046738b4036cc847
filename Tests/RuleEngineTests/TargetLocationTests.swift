import Foundation
import TestSupport
import Testing
@testable import RuleEngine

/// Aggregate findings point at the collection: the key naming it (RULES.md, "Locations").
@Suite("Where target findings point")
struct TargetLocationTests {
    static let data = """
    report:
      agency: { id: demo }
      year: 2020
      procedures:
        total: 10
        online: 1
      offices:
        north: { online: false }
        south: { online: false }
    """

    static func rules(forEach: String, target: String) -> String {
        """
        ruleset: t
        rules:
          - id: share
            severity: warning
            summary: s
            for-each: "\(forEach)"
            target: \(target)
        """
    }

    @Test("a map selected by name points at its own key")
    func mapSelectedByName() throws {
        let (result, _) = try Fixture.run(
            rules: Self.rules(forEach: "$.report.procedures", target: "{ ratio: [online, total], at-least: 50% }"),
            files: ["r.yml": Self.data])
        #expect(result.findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == ["4:3 t/share"])
        #expect(result.scorecard.targets.map { "\($0.location.line):\($0.location.column)" } == ["4:3"])
    }

    @Test("the members of a map point at the key naming the map")
    func membersOfAMap() throws {
        let (result, _) = try Fixture.run(
            rules: Self.rules(forEach: "$.report.offices[*]", target: "{ share: online, at-least: 50% }"),
            files: ["r.yml": Self.data])
        #expect(result.findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == ["7:3 t/share"])
    }
}
