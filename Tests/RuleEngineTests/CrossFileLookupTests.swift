import DataModel
import Foundation
@testable import RuleEngine
import Testing

/// A CSV dossier register checked against a YAML procedure catalogue of the same run.
@Suite("Cross-file lookups")
struct CrossFileLookupTests {
    static func run(files: [String]) -> LintResult {
        let loaded = RuleSetLoader().load([Fixture.path("rules/register.yml")])
        #expect(loaded.diagnostics.map(\.description) == [])
        return Linter.run(LintOptions(files: files.map { Fixture.path("data/\($0)") }, ruleSets: loaded.ruleSets,
                                      configRoot: Fixture.folder.path, asOf: Fixture.date("2020-12-31"), jobs: 2))
    }

    @Test func registerAgainstCatalogue() {
        let prefix = Fixture.folder.path + "/data/"
        let result = Self.run(files: ["register.csv", "catalogue.yml"])
        #expect(result.findings.map { $0.brief.replacingOccurrences(of: prefix, with: "") } == [
            "register.csv:1:1: fixture-register/online-share: share 25.0% (1 of 4); the target is at-least 50%",
            "register.csv:3:41: fixture-register/resolved-on-time: dossier HS-02 is late by 2 working day(s) (due 2020-02-10)",
            "register.csv:4:7: fixture-register/procedure-known: 'procedure_code' value '1.999999' is not a key of lookup 'procedure'",
            "register.csv:5:1: fixture-register/id-unique: duplicate HS-01; first seen at register.csv:2",
            "register.csv:5:1: fixture-register/resolved-on-time: dossier HS-01 is overdue by 217 working day(s) (due 2020-03-03)",
        ])
        // The second row with id HS-01 is that id's second item in each rule.
        #expect(result.findings.map(\.key) == ["$", "HS-02", "HS-03", "HS-01#2", "HS-01#2"])
    }

    @Test func registerAloneSkipsTheReferenceCheckOnce() {
        let result = Self.run(files: ["register.csv"])
        #expect(result.findings.map(\.ruleID) == [
            "fixture-register/online-share", "fixture-register/id-unique", "govlint/empty-lookup",
        ])
    }
}
