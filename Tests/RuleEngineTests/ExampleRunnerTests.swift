import Testing
@testable import RuleEngine

@Suite("Example runner")
struct ExampleRunnerTests {
    @Test func misbehavingExamplesAreReported() throws {
        let yaml = """
        ruleset: demo
        rules:
          - id: days-positive
            severity: error
            summary: Processing days are positive.
            range: { processing_days: { min: 1 } }
            examples:
              pass: [{ processing_days: 0 }, { processing_days: 3 }]
              fail: [{ processing_days: 5 }, { processing_days: -1 }]
        """
        let set = try #require(Fixture.load(yaml).ruleSets.first)
        #expect(ExampleRunner.run(set, asOf: CivilDateParsing.iso("2020-12-31")).map(\.description) == [
            "rules.yml:3:9: error: pass example 1 of rule 'demo/days-positive' gave a finding: 'processing_days' value 0 is not at least 1",
            "rules.yml:3:9: error: fail example 1 of rule 'demo/days-positive' gave no finding of that rule",
        ])
    }

    @Test func builtinExamplesAreCounted() {
        let loaded = RuleSetLoader(builtins: RuleExamplesTests.builtins).load(["builtin:vn-tthc"])
        let examples = loaded.ruleSets.flatMap(\.rules).reduce(0) { $0 + ($1.examples.map { $0.pass.count + $0.fail.count } ?? 0) }
        #expect(loaded.ruleSets.map(\.id).sorted() == ["vn-documents", "vn-dossiers", "vn-procedures", "vn-report"])
        #expect(examples > 60)
    }
}
