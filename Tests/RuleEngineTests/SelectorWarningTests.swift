import Foundation
import TestSupport
import Testing
@testable import RuleEngine

/// A literal `match()`/`search()` pattern that is not I-Regexp makes the function always false: the
/// selector is accepted, and `govlint rules check` warns at the pattern without failing.
@Suite("JSONPath warnings in rule sets")
struct SelectorWarningTests {
    static let yaml = """
    ruleset: demo
    rules:
      - id: coded
        severity: error
        summary: Every listed procedure has a code.
        for-each: "$.procedures[?match(@.code, '[z-a]')]"
        require: [code]
    """

    @Test func aNonIRegexpPatternIsAWarningAtThePattern() {
        let result = Fixture.load(Self.yaml)
        #expect(result.diagnostics.map(\.description) == [
            "rules.yml:6:44: warning: suspicious JSONPath: '[z-a]' is not valid I-Regexp (RFC 9485), so match() is always false",
        ])
        #expect(!result.hasErrors)
        #expect(result.ruleSets.first?.rules.count == 1)
    }

    @Test func rulesCheckPrintsTheWarningAndExitsZero() throws {
        let folder = try PackagePaths.temporaryDirectory()
        try Self.yaml.write(to: folder.appendingPathComponent("rules.yml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run("govlint", ["rules", "check", "rules.yml"], in: folder)
        #expect(output.status == 0)
        #expect(output.stderr.contains(
            "rules.yml:6:44: warning: suspicious JSONPath: '[z-a]' is not valid I-Regexp (RFC 9485), so match() is always false"))
        #expect(output.stdout == "ok: 1 rule set(s), 1 rule(s), 0 example(s)\n")
    }
}
