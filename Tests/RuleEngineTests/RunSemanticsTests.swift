import DataModel
import Foundation
@testable import RuleEngine
import Testing

/// Run-level semantics: rule errors, keys, applicability, unmatched selectors, empty lookups,
/// effective ranges.
@Suite("Run semantics")
struct RunSemanticsTests {
    static func briefs(_ result: LintResult, _ folder: URL) -> [String] {
        result.findings.map { $0.brief }
    }

    @Test func failingExpressionGivesOneRuleErrorPerItem() throws {
        let rules = """
        ruleset: demo
        rules:
          - id: days-positive
            severity: warning
            summary: Days are positive.
            for-each: $.procedures[*]
            assert: days > 0
        """
        let data = """
        procedures:
          - { code: A, days: 3 }
          - { code: B }
          - { code: C, days: -1 }
        """
        let (result, _) = try Fixture.run(rules: rules, files: ["p.yml": data])
        #expect(result.findings.map(\.brief) == [
            "p.yml:3:5: govlint/rule-error: rule demo/days-positive could not be evaluated on this item: no such key: days",
            "p.yml:4:5: demo/days-positive: assertion failed: days > 0",
        ])
        #expect(result.findings.map(\.severity) == [.error, .warning])
    }

    @Test func repeatedKeysGetSuffixes() throws {
        let rules = """
        ruleset: demo
        rules:
          - id: named
            severity: error
            summary: Dossiers are named.
            for-each: $.dossiers[*]
            key: id
            require: [name]
        """
        let data = """
        dossiers:
          - { id: D1 }
          - { id: D1 }
          - { id: D2 }
        """
        let (result, _) = try Fixture.run(rules: rules, files: ["d.yml": data])
        #expect(result.findings.map(\.key) == ["D1", "D1#2", "D2"])
        #expect(result.findings.map(\.path) == ["$['dossiers'][0]", "$['dossiers'][1]", "$['dossiers'][2]"])
    }

    @Test func matchAndFilesDecideApplicability() throws {
        let rules = """
        ruleset: demo
        files: ["data/**"]
        match: has(root.procedures)
        rules:
          - id: coded
            severity: error
            summary: Procedures have codes.
            for-each: $.procedures[*]
            require: [code]
        """
        let (result, _) = try Fixture.run(rules: rules, files: [
            "data/a.yml": "procedures:\n  - { name: x }\n",
            "data/b.yml": "dossiers:\n  - { name: x }\n",
            "other/c.yml": "procedures:\n  - { name: x }\n",
        ])
        #expect(result.findings.map(\.brief) == ["a.yml:2:5: demo/coded: required field 'code' is missing or empty"])
    }

    @Test func selectorThatNeverMatchesIsReportedOnce() throws {
        let rules = """
        ruleset: demo
        rules:
          - id: coded
            severity: error
            summary: Procedures have codes.
            for-each: $.procedurs[*]
            require: [code]
        """
        let (result, folder) = try Fixture.run(rules: rules, files: ["a.yml": "procedures: []\n", "b.yml": "x: 1\n"])
        #expect(result.findings.map(\.brief) == [
            "rules.yml:6:15: govlint/unmatched-selector: the selector '$.procedurs[*]' of rule demo/coded matched nothing in any document it applied to",
        ])
        #expect(result.findings.first?.location.path == folder.appendingPathComponent("rules.yml").path)
    }

    @Test func referenceToAnEmptyLookupIsSkippedWithOneInfo() throws {
        let rules = """
        ruleset: demo
        lookups:
          procedure:
            from: $.procedures[*]
            files: "catalogue*.yml"
            key: code
        rules:
          - id: known
            severity: error
            summary: Dossiers name known procedures.
            for-each: $.dossiers[*]
            reference: { field: procedure_code, lookup: procedure }
        """
        let data = "dossiers:\n  - { procedure_code: A }\n  - { procedure_code: B }\n"
        let (alone, _) = try Fixture.run(rules: rules, files: ["d.yml": data])
        #expect(alone.findings.map(\.brief) == [
            "rules.yml:3:3: govlint/empty-lookup: lookup 'procedure' of rule set demo read no document, so its reference checks were skipped",
        ])
        let (together, _) = try Fixture.run(rules: rules, files: ["d.yml": data, "catalogue.yml": "procedures:\n  - { code: A }\n"])
        #expect(together.findings.map(\.brief) == [
            "d.yml:3:23: demo/known: 'procedure_code' value 'B' is not a key of lookup 'procedure'",
        ])
    }

    @Test func effectiveRangeUsesTheDocumentYear() throws {
        let rules = """
        ruleset: demo
        rules:
          - id: old-levels
            severity: error
            summary: Before 2022, online levels are 1 to 4.
            effective: { until: 2021-12-31 }
            for-each: $.procedures[*]
            one-of: { online_level: [1, 2, 3, 4] }
        """
        let (result, _) = try Fixture.run(rules: rules, files: [
            "a.yml": "year: 2020\nprocedures:\n  - { online_level: full }\n",
            "b.yml": "year: 2022\nprocedures:\n  - { online_level: full }\n",
        ])
        #expect(result.findings.map(\.brief) == ["a.yml:3:21: demo/old-levels: 'online_level' value 'full' is not one of 1, 2, 3, 4"])
    }

    @Test func messagePlaceholdersAndBraces() throws {
        let rules = """
        ruleset: demo
        rules:
          - id: named
            severity: info
            summary: Items are named.
            for-each: $.items[*]
            require: [name]
            message: "{{literal}} {field} of {id} {nosuch} {size(item)}"
        """
        let (result, _) = try Fixture.run(rules: rules, files: ["a.yml": "items:\n  - { id: X1 }\n"])
        #expect(result.findings.map(\.message) == ["{literal} name of X1 {?} 1"])
    }
}
