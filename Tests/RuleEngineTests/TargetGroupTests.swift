import Foundation
import TestSupport
import Testing
@testable import RuleEngine

/// `group-by` measures each group on its own, in the order groups first appear.
@Suite("Targets by group")
struct TargetGroupTests {
    static let data = """
    dossiers:
      - { procedure: A, channel: online }
      - { procedure: B, channel: counter }
      - { procedure: A, channel: counter }
      - { channel: online }
      - { procedure: B, channel: counter }
      - { procedure: C, channel: online }
    """

    static let rules = """
    ruleset: t
    rules:
      - id: share
        severity: warning
        summary: s
        for-each: $.dossiers[*]
        target: { share: channel == "online", at-least: 50%, group-by: procedure, min-items: 2 }
        message: "procedure {group}: {share} ({matched} of {total})"
    """

    @Test func eachGroupIsMeasuredAndAFailingOneIsAFinding() throws {
        let (result, _) = try Fixture.run(rules: Self.rules, files: ["d.yml": Self.data])
        #expect(result.scorecard.targets.map { "\($0.group ?? "-") \($0.matched)/\($0.total) \($0.passed)" } == [
            "A 1.0/2.0 true", "B 0.0/2.0 false",
        ])
        #expect(result.findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID) \($0.message)" } == [
            "1:1 t/share procedure B: 0.0% (0 of 2)",
            "5:5 govlint/rule-error rule t/share could not be evaluated on this item: no such key: procedure",
        ])
    }
}
