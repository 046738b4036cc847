import Foundation
import RuleEngine
import Testing

/// `Samples/violations` marks every finding the built-in rules must report; the run must give
/// exactly those (rule, file, line), and the marks must cover every rule of the catalogue.
@Suite struct PlantedViolationsTests {
    /// The marked findings as `file:line rule-id`, one entry per expected finding.
    static func expectedFindings() throws -> [String] {
        let (_, files) = try BuiltinLoading.sampleFiles("violations")
        var expected: [String] = []
        for path in files {
            let name = (path as NSString).lastPathComponent
            if path.hasSuffix(".csv") {
                let sidecar = try String(contentsOfFile: path + ".expect", encoding: .utf8)
                for line in sidecar.split(separator: "\n") where !line.hasPrefix("#") {
                    let parts = line.split(separator: " ")
                    try #require(parts.count == 2, "bad line in \(name).expect: \(line)")
                    expected.append("\(name):\(parts[0]) \(parts[1])")
                }
            } else {
                let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() {
                    guard let mark = line.range(of: "# expect:") else { continue }
                    for id in line[mark.upperBound...].split(separator: ",") {
                        expected.append("\(name):\(index + 1) \(id.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        return expected.sorted()
    }

    @Test func theRunFindsExactlyTheMarkedViolations() throws {
        let result = try BuiltinLoading.runSamples("violations")
        let found = result.findings.map(BuiltinLoading.brief).sorted()
        let expected = try Self.expectedFindings()
        #expect(found.filter { !expected.contains($0) } == [], "reported but not marked")
        #expect(expected.filter { !found.contains($0) } == [], "marked but not reported")
        #expect(found == expected)
    }

    @Test func everyCatalogueRuleIsPlanted() throws {
        let planted = Set(try Self.expectedFindings().map { String($0.split(separator: " ")[1]) })
        // A measurement gives no finding, so there is nothing to plant for it.
        let measurements = Set(BuiltinRuleSetTests.rules.filter(\.isMeasurement).map(\.id))
        #expect(measurements == ["vn-report/online-level3-share-measured"])
        #expect(BuiltinRuleSetTests.catalogue.map(\.0).filter { !planted.contains($0) && !measurements.contains($0) } == [])
    }
}
