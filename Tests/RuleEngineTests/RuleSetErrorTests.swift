import Foundation
import TestSupport
import Testing
@testable import RuleEngine

@Suite("Rule-set errors")
struct RuleSetErrorTests {
    @Test func unknownKeyWithSuggestion() {
        let yaml = """
        ruleset: demo
        rules:
          - id: code-given
            severty: error
            summary: Every procedure has a code.
            require: [code]
        """
        #expect(Fixture.diagnostics(yaml) == ["rules.yml:4:5: error: unknown key 'severty'; did you mean 'severity'?"])
    }

    @Test func unknownTopLevelKeyAndCheckKind() {
        let yaml = """
        ruleset: demo
        titel: Demo
        rules:
          - id: code-given
            severity: error
            summary: Every procedure has a code.
            requier: [code]
        """
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:2:1: error: unknown key 'titel'; did you mean 'title'?",
            "rules.yml:7:5: error: unknown key 'requier'; did you mean 'require'?",
        ])
    }

    @Test func twoCheckKeys() {
        let yaml = """
        ruleset: demo
        rules:
          - id: days
            severity: error
            summary: Days are sane.
            require: [days]
            range: { days: { min: 1 } }
        """
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:7:5: error: rule 'days' has two check keys, 'require' and 'range'; a rule has exactly one",
        ])
    }

    @Test func noCheckKey() {
        let yaml = """
        ruleset: demo
        rules:
          - id: days
            severity: error
            summary: Days are sane.
        """
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:3:9: error: rule 'days' has no check key; add exactly one of require, types, pattern, one-of, range, unique, reference, includes, equals, deadline, target, assert",
        ])
    }

    @Test func badJSONPathPointsInsideTheString() {
        let yaml = """
        ruleset: demo
        rules:
          - id: days
            severity: error
            summary: Days are sane.
            for-each: $.procedures[?@.days > ]
            require: [days]
        """
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:6:38: error: invalid JSONPath: expected a literal, a singular query or a function call",
        ])
    }

    @Test func badExpressionPointsInsideTheString() {
        let yaml = """
        ruleset: demo
        rules:
          - id: days
            severity: error
            summary: Days are sane.
            where: "days > 0 && sizee(name) > 0"
            require: [days]
        """
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:6:25: error: invalid expression: unknown function 'sizee'; did you mean 'size'?",
        ])
    }

    @Test func duplicateRuleID() {
        let yaml = """
        ruleset: demo
        rules:
          - id: days
            severity: error
            summary: Days are given.
            require: [days]
          - id: days
            severity: warning
            summary: Days again.
            require: [days]
        """
        #expect(Fixture.diagnostics(yaml) == ["rules.yml:7:9: error: duplicate rule id 'days' (first defined at line 3)"])
    }

    @Test func newerFormatVersion() {
        let yaml = """
        ruleset: demo
        version: 2
        rules: []
        """
        #expect(Fixture.diagnostics(yaml) == [
            "rules.yml:2:10: error: format version 2 is newer than this govlint supports (1); upgrade govlint to use this rule set",
        ])
    }

    @Test func extendsCycle() throws {
        let folder = try PackagePaths.temporaryDirectory()
        try "ruleset: a\nextends: [./b.yml]\nrules: []\n".write(to: folder.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
        try "ruleset: b\nextends: [./a.yml]\nrules: []\n".write(to: folder.appendingPathComponent("b.yml"), atomically: true, encoding: .utf8)
        let result = RuleSetLoader().load([folder.appendingPathComponent("a.yml").path])
        let b = folder.appendingPathComponent("b.yml").path
        let a = folder.appendingPathComponent("a.yml").path
        #expect(result.diagnostics.map(\.description) == ["\(b):2:11: error: 'extends' cycle: \(a) → \(b) → \(a)"])
    }

    @Test func oneBrokenRuleKeepsTheOthers() {
        let yaml = """
        ruleset: demo
        rules:
          - id: broken
            severity: fatal
            summary: Broken.
            require: [a]
          - id: fine
            severity: error
            summary: Fine.
            require: [b]
        """
        let result = Fixture.load(yaml)
        #expect(result.diagnostics.map(\.description) == [
            "rules.yml:4:15: error: unknown severity 'fatal'; use error, warning, info or off",
        ])
        #expect(result.ruleSets.first?.rules.map(\.id) == ["demo/fine"])
    }
}
