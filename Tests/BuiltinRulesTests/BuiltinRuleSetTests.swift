import BuiltinRules
import DataModel
import RuleEngine
import Testing

/// The built-in rule sets load cleanly, hold exactly the catalogue of DATA.md, document every
/// rule for a compliance officer, and their examples behave.
@Suite struct BuiltinRuleSetTests {
    /// The fixed catalogue: full rule id and severity.
    static let catalogue: [(String, Severity)] = [
        ("vn-procedures/procedure-required-fields", .error), ("vn-procedures/procedure-code-format", .error),
        ("vn-procedures/procedure-code-unique", .error), ("vn-procedures/processing-time-within-legal-max", .error),
        ("vn-procedures/online-level-valid", .error), ("vn-procedures/disclosure-mandatory-channels", .error),
        ("vn-procedures/disclosure-national-database-on-time", .warning),
        ("vn-dossiers/dossier-required-fields", .error), ("vn-dossiers/dossier-id-unique", .error),
        ("vn-dossiers/dossier-procedure-known", .error), ("vn-dossiers/dossier-dates-ordered", .error),
        ("vn-dossiers/dossier-due-date-within-limit", .error), ("vn-dossiers/dossier-resolved-on-time", .error),
        ("vn-dossiers/dossier-overdue-open", .error), ("vn-dossiers/dossier-late-has-apology", .error),
        ("vn-dossiers/dossier-status-consistent", .warning), ("vn-dossiers/dossier-online-channel-allowed", .error),
        ("vn-dossiers/online-dossier-share", .warning),
        ("vn-report/report-percent-matches-counts", .error), ("vn-report/report-levels-consistent", .error),
        ("vn-report/report-dossier-outcomes-sum", .error), ("vn-report/report-counts-match-records", .error),
        ("vn-report/online-level3-share-measured", .info), ("vn-report/online-level3-share", .warning),
        ("vn-report/online-level4-share", .warning), ("vn-report/online-dossier-share-reported", .warning),
        ("vn-documents/document-number-format", .error), ("vn-documents/document-type-known", .error),
        ("vn-documents/document-issuer-matches", .error), ("vn-documents/document-year-matches-date", .error),
        ("vn-documents/document-citation-complete", .warning),
    ]

    static var rules: [Rule] { BuiltinLoading.tthc.ruleSets.flatMap(\.rules) }

    @Test func theGroupLoadsWithoutAnyDiagnostic() {
        #expect(BuiltinLoading.tthc.diagnostics.map(\.description) == [])
        #expect(BuiltinLoading.tthc.ruleSets.map(\.id) == ["vn-procedures", "vn-dossiers", "vn-report", "vn-documents"])
    }

    @Test func eachSetLoadsByItsOwnName() {
        for name in BuiltinRules.ruleSets.keys.sorted() {
            let result = RuleSetLoader(builtins: BuiltinLoading.sources).load([name])
            #expect(result.diagnostics.map(\.description) == [], "\(name)")
            #expect(result.ruleSets.map(\.id) == [name])
        }
    }

    @Test func theRulesAreExactlyTheCatalogue() {
        #expect(Self.rules.map(\.id) == Self.catalogue.map(\.0))
        #expect(Self.rules.map(\.descriptor.severity) == Self.catalogue.map(\.1))
    }

    @Test func everyRuleExplainsItselfToAnOfficer() {
        for rule in Self.rules {
            let d = rule.descriptor
            #expect(d.summary.hasSuffix("."), "\(d.id): the summary is a sentence")
            #expect((d.description ?? "").contains("To fix"), "\(d.id): the description says how to fix a violation")
            #expect((d.description ?? "").count >= 200, "\(d.id): the description explains the requirement")
            #expect(!(d.basis ?? "").isEmpty, "\(d.id): the legal basis is given")
            // A measurement cannot fail, so it shows what it measures with passing examples only.
            let failing = rule.isMeasurement ? 0 : 1
            #expect((rule.examples?.pass.count ?? 0) >= 1 && (rule.examples?.fail.count ?? 0) >= failing, "\(d.id): examples")
        }
    }

    @Test func everyExampleBehaves() {
        let asOf = CivilDate(year: 2020, month: 12, day: 31)!
        for set in BuiltinLoading.tthc.ruleSets {
            #expect(ExampleRunner.run(set, asOf: asOf).map(\.description) == [], "\(set.id)")
        }
    }
}
