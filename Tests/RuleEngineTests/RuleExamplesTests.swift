import BuiltinRules
import DataModel
import Foundation
@testable import RuleEngine
import TestSupport
import Testing

/// Every rule of every rule set under `Rules/` and the fixtures has its examples run: a pass
/// example gives no finding of its rule, a fail example at least one.
@Suite("Rule examples")
struct RuleExamplesTests {
    static let builtins = BuiltinSources(
        ruleSets: BuiltinRules.ruleSets, calendars: BuiltinRules.calendars, groups: BuiltinRules.groups)

    /// The rule-set files, relative to the package root.
    static let ruleFiles: [String] = {
        let root = PackagePaths.root
        var files: [String] = []
        for folder in ["Rules", "Tests/RuleEngineTests/Fixtures/rules"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files += names.filter { $0.hasSuffix(".yml") }.sorted().map { "\(folder)/\($0)" }
        }
        return files
    }()

    @Test(arguments: ruleFiles)
    func examplesBehave(_ file: String) {
        let path = PackagePaths.root.appendingPathComponent(file).path
        let loaded = RuleSetLoader(builtins: Self.builtins).load([path])
        #expect(loaded.diagnostics.filter { $0.level == .error }.map(\.description) == [])
        let asOf = CivilDateParsing.iso("2020-12-31")
        for set in loaded.ruleSets {
            #expect(ExampleRunner.run(set, asOf: asOf).map(\.description) == [])
        }
    }

    @Test func everyBuiltinRuleHasExamples() {
        let loaded = RuleSetLoader(builtins: Self.builtins).load(["builtin:vn-tthc"])
        // A measurement cannot fail: passing examples show what it measures.
        let missing = loaded.ruleSets.flatMap(\.rules).filter {
            ($0.examples?.pass.isEmpty ?? true) || (!$0.isMeasurement && ($0.examples?.fail.isEmpty ?? true))
        }
        #expect(missing.map(\.id) == [])
    }
}
