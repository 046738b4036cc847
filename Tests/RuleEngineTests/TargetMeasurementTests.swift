import Foundation
import TestSupport
import Testing
@testable import RuleEngine

/// A `target` without a bound only measures: the scorecard has it, no finding comes of it.
@Suite("Targets without a bound")
struct TargetMeasurementTests {
    @Test func aMeasurementGoesIntoTheScorecardOnly() throws {
        let rules = TargetLocationTests.rules(forEach: "$.report.procedures", target: "{ ratio: [online, total] }")
        let (result, _) = try Fixture.run(rules: rules, files: ["r.yml": TargetLocationTests.data])
        #expect(result.findings.map(\.ruleID) == [])
        #expect(result.scorecard.targets.map { "\($0.ruleID) \($0.measured) \($0.bound) \($0.passed) \($0.isMeasurement)" } == [
            "t/share 10.0 — true true",
        ])
    }

    @Test func twoBoundsAreAnError() {
        let yaml = TargetLocationTests.rules(forEach: "$.report.procedures", target: "{ ratio: [online, total], at-least: 10%, at-most: 90% }")
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:7:13: error: 'target' takes at most one of 'at-least', 'at-most', 'equals'",
        ])
    }
}
