import RuleEngine
import Testing

/// The Trà Vinh 2020 sample is consistent data; its only findings are the national targets it
/// really misses, and the scorecard shows its shares.
@Suite struct TraVinhSampleTests {
    @Test func onlyTheMissedOnlineDossierTargetIsReported() throws {
        let result = try BuiltinLoading.runSamples("skhcn-travinh-2020")
        #expect(result.findings.map(BuiltinLoading.brief) == [
            "dossiers.csv:1 vn-dossiers/online-dossier-share",
            "report.yml:24 vn-report/online-dossier-share-reported",
        ])
        #expect(result.findings.map(\.message) == [
            "9 of 51 dossiers (17.6%) were received online, below the target of 20%",
            "9 of 51 dossiers (17.6%) were received online, below the target of 20%",
        ])
        #expect(result.findings.allSatisfy { $0.severity == .warning })
    }

    /// Checked beside another agency's data, the report is still reconciled with its own register.
    @Test func aRunOverBothSampleFoldersKeepsTheAgenciesApart() throws {
        let result = try BuiltinLoading.runSamples("skhcn-travinh-2020", "violations")
        let traVinh = result.findings.filter { $0.location.path.contains("/skhcn-travinh-2020/") }
        #expect(traVinh.map(BuiltinLoading.brief) == [
            "dossiers.csv:1 vn-dossiers/online-dossier-share",
            "report.yml:24 vn-report/online-dossier-share-reported",
        ])
    }

    @Test func theScorecardShowsTheLevelAndOnlineShares() throws {
        let targets = try BuiltinLoading.runSamples("skhcn-travinh-2020").scorecard.targets
        let summary = targets.map { target in
            "\(target.ruleID) \(Int(target.matched))/\(Int(target.total)) \(target.measured)% "
                + (target.isMeasurement ? "measured" : target.passed ? "met" : "missed")
        }
        #expect(summary.sorted() == [
            "vn-dossiers/online-dossier-share 9/51 17.6% missed",
            "vn-report/online-dossier-share-reported 9/51 17.6% missed",
            "vn-report/online-level3-share-measured 46/61 75.4% measured",
            "vn-report/online-level4-share 22/61 36.1% met",
        ])
    }
}
