import BuiltinRules
import DataModel
import Foundation
import RuleEngine
import TestSupport

/// The built-in rule sets compiled by the engine, and runs of them over sample folders.
enum BuiltinLoading {
    static let sources = BuiltinSources(
        ruleSets: BuiltinRules.ruleSets, calendars: BuiltinRules.calendars, groups: BuiltinRules.groups)

    /// `builtin:vn-tthc`, loaded as `govlint` loads it.
    static let tthc: RuleSetLoadResult = RuleSetLoader(builtins: sources).load(["builtin:vn-tthc"])

    /// The data files of `Samples/NAME` (YAML, JSON and CSV; not the config), as absolute paths.
    static func sampleFiles(_ name: String) throws -> (folder: URL, files: [String]) {
        let folder = PackagePaths.root.appendingPathComponent("Samples").appendingPathComponent(name)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") && ["yml", "yaml", "json", "csv"].contains(($0 as NSString).pathExtension) }
            .sorted()
        return (folder, names.map { folder.appendingPathComponent($0).path })
    }

    /// Runs `builtin:vn-tthc` over the given `Samples/` folders together, as of 31/12/2020, the
    /// date both samples use.
    static func runSamples(_ names: String...) throws -> LintResult {
        let files = try names.flatMap { try sampleFiles($0).files }
        let root = PackagePaths.root.appendingPathComponent("Samples").path
        let asOf = CivilDate(year: 2020, month: 12, day: 31)!
        return Linter.run(LintOptions(files: files, ruleSets: tthc.ruleSets, configRoot: root, asOf: asOf, jobs: 1))
    }

    /// `file-name:line rule-id` of a finding.
    static func brief(_ finding: Finding) -> String {
        "\((finding.location.path as NSString).lastPathComponent):\(finding.location.line) \(finding.ruleID)"
    }
}
