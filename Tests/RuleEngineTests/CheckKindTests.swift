import DataModel
import Foundation
@testable import RuleEngine
import Testing

/// Each check kind on the fixture data, with exact findings.
@Suite("Check kinds")
struct CheckKindTests {
    static func run(jobs: Int = 1, asOf: String = "2020-12-31") throws -> LintResult {
        let loaded = RuleSetLoader().load([Fixture.path("rules/checks.yml")])
        #expect(loaded.diagnostics.map(\.description) == [])
        let files = ["catalogue.yml", "report.yml", "dossiers.yml"].map { Fixture.path("data/\($0)") }
        return Linter.run(LintOptions(files: files, ruleSets: loaded.ruleSets, configRoot: Fixture.folder.path,
                                      asOf: Fixture.date(asOf), jobs: jobs))
    }

    @Test func findingsOfEveryKind() throws {
        let prefix = Fixture.folder.path + "/data/"
        let findings = try Self.run().findings
        // HS-5, received on 2020-12-28, is due in 2021, a year the fixture calendar does not cover.
        #expect(findings.last?.brief == "checks.yml:4:11: govlint/calendar-coverage: the working-day calendar tet-2020 has no holiday data for 2021; only weekends were counted there")
        let briefs = findings.dropLast().map { $0.brief.replacingOccurrences(of: prefix, with: "") }
        #expect(briefs == [
            "catalogue.yml:3:1: fixture-checks/online-share: 33.3% of procedures are online (1 of 3); the target is 50%",
            "catalogue.yml:14:5: fixture-checks/procedure-required: required field 'sector' is missing or empty",
            "catalogue.yml:14:5: fixture-checks/within-legal-max: procedure 1.00002 takes 20 days, more than the legal 15",
            "catalogue.yml:14:11: fixture-checks/code-format: code 1.00002 is not of the form 1.000001",
            "catalogue.yml:15:11: fixture-checks/procedure-required: required field 'name' is missing or empty",
            "catalogue.yml:16:22: fixture-checks/processing-days-sane: 'processing_days' value 20 is not between 1 and 15",
            "catalogue.yml:18:19: fixture-checks/online-level-known: 'online_level' value '5' is not one of 1, 2, 3, 4",
            "catalogue.yml:20:7: fixture-checks/mandatory-channels: procedure 1.00002 is not published on national_database, provincial_portal",
            "catalogue.yml:21:5: fixture-checks/mandatory-channels: procedure 1.000001 is not published on national_database, provincial_portal, office_notice",
            "catalogue.yml:21:11: fixture-checks/code-unique: code 1.000001 repeats the one at catalogue.yml:4",
            "catalogue.yml:24:22: fixture-checks/processing-days-integer: 'processing_days' should be of type integer, not string",
            "dossiers.yml:2:91: fixture-checks/resolved-on-time: dossier HS-1 is late by 2 working day(s) (due 2020-02-10)",
            "dossiers.yml:4:41: fixture-checks/procedure-known: 'procedure_code' value '9.999999' is not a key of lookup 'procedure'",
            "dossiers.yml:5:5: fixture-checks/resolved-on-time: dossier HS-4 is overdue by 12 working day(s) (due 2020-12-15)",
            "report.yml:4:25: fixture-checks/outcomes-add-up: 'received' is 51 but should be 50",
        ])
    }

    @Test func workingDaysSkipTet() throws {
        // HS-2, received on 2020-01-20 with 10 working days, is due on 2020-02-10 because the
        // Tết holiday (23–29 January) does not count; resolved that day, it is on time.
        let findings = try Self.run().findings.filter { $0.ruleID == "fixture-checks/resolved-on-time" }
        #expect(findings.map(\.key) == ["HS-1", "HS-4"])
    }

    @Test func scorecardHoldsTargetsAndCounts() throws {
        let scorecard = try Self.run().scorecard
        #expect(scorecard.targets.map { "\($0.ruleID) \($0.matched)/\($0.total) \($0.bound) \($0.passed)" } == [
            "fixture-checks/online-share 1.0/3.0 at-least 50% false",
        ])
        #expect(scorecard.itemsChecked["fixture-checks/code-unique"] == 3)
        #expect(scorecard.itemsChecked["fixture-checks/resolved-on-time"] == 4)
    }

    @Test func sameFindingsWithOneOrFourJobs() throws {
        let one = try Self.run(jobs: 1)
        let four = try Self.run(jobs: 4)
        #expect(one.findings == four.findings)
        #expect(one.scorecard == four.scorecard)
    }
}
