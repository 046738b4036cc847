import Foundation
import TestSupport
import Testing

/// `govlint rules list | explain | check`, run as a user would.
@Suite("govlint rules")
struct RulesCommandTests {
    @Test func checkReportsErrorsAndExitsTwo() throws {
        let folder = try PackagePaths.temporaryDirectory()
        let yaml = "ruleset: demo\nrules:\n  - id: a\n    severty: error\n    summary: s\n    require: [a]\n"
        try yaml.write(to: folder.appendingPathComponent("rules.yml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run("govlint", ["rules", "check", "rules.yml"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.components(separatedBy: "\n").first == "rules.yml:4:5: error: unknown key 'severty'; did you mean 'severity'?")
    }

    @Test func checkPassesTheFixturesAndBuiltins() throws {
        let output = try CommandRunner.run("govlint", ["rules", "check", "--as-of", "2020-12-31"], in: PackagePaths.root)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("ok: 4 rule set(s)"))
        let fixtures = try CommandRunner.run(
            "govlint", ["rules", "check", "Tests/RuleEngineTests/Fixtures/rules"], in: PackagePaths.root)
        #expect(fixtures.stdout == "ok: 2 rule set(s), 16 rule(s), 46 example(s)\n")
        #expect(fixtures.status == 0)
    }

    @Test func listAndExplain() throws {
        let list = try CommandRunner.run("govlint", ["rules", "list", "--rules", "Tests/RuleEngineTests/Fixtures/rules/register.yml"],
                                         in: PackagePaths.root)
        #expect(list.stdout.components(separatedBy: "\n").prefix(2) == [
            "ID                                 SEVERITY  SUMMARY                                                        BASIS",
            "fixture-register/procedure-known   error     A dossier's procedure is in the catalogue.",
        ])
        let explain = try CommandRunner.run(
            "govlint", ["rules", "explain", "id-unique", "--rules", "Tests/RuleEngineTests/Fixtures/rules/register.yml"],
            in: PackagePaths.root)
        #expect(explain.stdout == """
            fixture-register/id-unique [error]

            No two dossiers share an id.

            Examples
              pass:
                - { dossier_id: A }
                - { dossier_id: B }
              fail:
                - { dossier_id: A }
                - { dossier_id: A }

            """)
        let unknown = try CommandRunner.run("govlint", ["rules", "explain", "id-uniqe", "--rules", "Tests/RuleEngineTests/Fixtures/rules/register.yml"],
                                            in: PackagePaths.root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: unknown rule 'id-uniqe'; did you mean 'fixture-register/id-unique'?\n")
    }
}
