import DataModel
import JSONPath
import TestSupport
import Testing

/// Runs every case of the JSONPath Compliance Test Suite (`../shared/testdata/external/cts.json`).
@Suite struct ComplianceSuiteTests {
    /// Cases this implementation is known to fail, by name, with the reason.
    static let knownFailures: [String: String] = [:]

    /// One case of the suite.
    struct ComplianceCase {
        var name: String
        var selector: String
        var document: Value?
        /// The acceptable results, each a nodelist and its normalized paths (several when member order is not fixed).
        var outcomes: [(nodes: [Value], paths: [String]?)]
        var isInvalid: Bool

        init(_ value: Value) {
            name = value["name"]?.string ?? ""
            selector = value["selector"]?.string ?? ""
            document = value["document"]
            isInvalid = value["invalid_selector"] != nil
            if let result = value["result"]?.list {
                outcomes = [(result, value["result_paths"]?.list?.compactMap(\.string))]
            } else {
                let paths = value["results_paths"]?.list ?? []
                outcomes = (value["results"]?.list ?? []).enumerated().map { index, result in
                    (result.list ?? [], paths.indices.contains(index) ? paths[index].list?.compactMap(\.string) : nil)
                }
            }
        }

        /// Why the case fails, or `nil` when it passes.
        func failure() -> String? {
            let query: JSONPathQuery
            do {
                query = try JSONPathQuery(selector)
            } catch {
                return isInvalid ? nil : "rejected a valid selector: \(error)"
            }
            if isInvalid { return "accepted an invalid selector" }
            guard let document else { return "case has no document" }
            let matches = query.evaluate(document)
            let nodes = matches.map(\.node)
            let paths = matches.map(\.path.description)
            let passes = outcomes.contains { outcome in
                outcome.nodes == nodes && (outcome.paths == nil || outcome.paths == paths)
            }
            return passes ? nil : "selected \(paths) = \(nodes.map(\.text))"
        }
    }

    static func loadCases() throws -> [ComplianceCase] {
        let url = try #require(PackagePaths.external("cts.json"))
        // No date formats: the suite's strings must stay strings.
        let loaded = try DataLoader.load(path: url.path, options: LoadOptions(dateFormats: []))
        #expect(loaded.problems.isEmpty)
        let suite = try #require(loaded.documents.first?.root)
        return try #require(suite["tests"]?.list).map(ComplianceCase.init)
    }

    @Test(.enabled(if: PackagePaths.sharedTestData != nil, Comment(rawValue: PackagePaths.sharedTestDataMissing)))
    func everyCasePassesExceptTheKnownFailures() throws {
        let cases = try Self.loadCases()
        #expect(cases.count == 703)
        var passed = 0
        for complianceCase in cases {
            let failure = complianceCase.failure()
            if let reason = Self.knownFailures[complianceCase.name] {
                #expect(failure != nil, "\(complianceCase.name) is listed as failing (\(reason)) but passes")
            } else if let failure {
                Issue.record("\(complianceCase.name): \(complianceCase.selector): \(failure)")
            }
            if failure == nil { passed += 1 }
        }
        print("JSONPath compliance suite: \(passed) of \(cases.count) cases pass")
    }
}
