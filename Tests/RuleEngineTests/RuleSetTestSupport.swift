import DataModel
import Foundation
@testable import RuleEngine
import TestSupport

/// Helpers shared by the rule-engine tests.
enum Fixture {
    static let folder = PackagePaths.root.appendingPathComponent("Tests/RuleEngineTests/Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Loads a rule set from text as `rules.yml`.
    static func load(_ yaml: String, path: String = "rules.yml", builtins: BuiltinSources = .none) -> RuleSetLoadResult {
        RuleSetLoader(builtins: builtins).load(source: yaml, path: path)
    }

    /// The compiler-form lines of a load's diagnostics.
    static func diagnostics(_ yaml: String) -> [String] {
        load(yaml).diagnostics.map(\.description)
    }

    /// Runs `rules` (a YAML rule-set text) over data files written to a temporary folder.
    static func run(rules yaml: String, files: [String: String], asOf: String = "2020-12-31", jobs: Int = 1,
                    builtins: BuiltinSources = .none) throws -> (result: LintResult, folder: URL) {
        let folder = try PackagePaths.temporaryDirectory()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let loaded = load(yaml, path: folder.appendingPathComponent("rules.yml").path, builtins: builtins)
        precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
        let options = LintOptions(
            files: files.keys.map { folder.appendingPathComponent($0).path }, ruleSets: loaded.ruleSets,
            configRoot: folder.path, asOf: date(asOf), jobs: jobs)
        return (Linter.run(options), folder)
    }

    static func date(_ text: String) -> CivilDate {
        guard case .date(let d)? = DateFormat.iso.parse(text) else { fatalError("bad date \(text)") }
        return d
    }
}

extension Finding {
    /// `name:line:col: rule: message` with the file's name only, for exact comparisons.
    var brief: String {
        let name = location.path.split(separator: "/").last.map(String.init) ?? ""
        return "\(name):\(location.line):\(location.column): \(ruleID): \(message)"
    }
}

/// ISO dates for tests.
enum CivilDateParsing {
    static func iso(_ text: String) -> CivilDate { Fixture.date(text) }
}
