import Foundation
import Testing
import TestSupport
@testable import DataModel

/// Runs the YAML loader over every case of the yaml-test-suite (`../shared/testdata/external`).
@Suite struct YAMLTestSuiteTests {
    /// Cases the loader is known to read differently from the suite, grouped by the reason.
    static let skipReasons: [(reason: String, cases: [String])] = [
        (
            "libyaml 0.2.5 rejects this valid input (YAML 1.2 syntax it predates: tabs as separation, empty keys, plain scalars with ':' or '-' in flow, bare documents, reserved directives)",
            [
                "2JQS", "2LFX", "2SXE", "4ABK", "4MUZ/00", "4MUZ/01", "4MUZ/02", "58MP", "5MUD", "5T43", "6BCT",
                "6CA3", "6LVF", "6M2F", "7Z25", "8XYN", "96NN/00", "96NN/01", "9SA2", "A2M4", "BEC7", "CFD4",
                "DBG4", "DK3J", "DK95/00", "DK95/03", "DK95/04", "FP8R", "FRK4", "HM87/00", "HWV9", "K3WX",
                "M2N8/00", "M7A3", "MUS6/05", "MUS6/06", "NHX8", "NJ66", "NKF9", "Q5MG", "QT73", "R4YG", "S3PD",
                "SM9W/01", "UKK6/00", "UT92", "VJP3/01", "W4TN", "W5VH", "Y79Y/001", "Y79Y/010"
            ]
        ),
        (
            "libyaml 0.2.5 accepts this invalid input (lenient about indentation of flow and quoted scalars, comments without a space, directives without a document end)",
            [
                "9C9N", "9HCY", "9JBA", "CVW2", "DK95/01", "EB22", "G5U8", "MUS6/00", "MUS6/01", "QB6E", "RHX7",
                "S98Z", "SU5Z", "X4QW", "Y79Y/003", "YJV2"
            ]
        ),
        (
            "libyaml 0.2.5 scans this differently ('?' starting a plain scalar in flow, trailing spaces in block scalars)",
            [
                "652Z", "HM87/01", "JEF9/02", "L24T/01", "Y2GN"
            ]
        ),
        (
            "a list or map used as a mapping key: govlint's data model has text keys, so the loader reports it as a problem",
            [
                "4FJ6", "6BFJ", "6PBE", "9MMW", "KK5P", "LX3P", "M2N8/01", "M5DY", "Q9WF", "RZP5", "SBG9", "V9D5",
                "X38W", "XW4D"
            ]
        ),
        (
            "a stream with no content: govlint reports an empty file as a problem",
            [
                "AVM7"
            ]
        ),
    ]

    /// The reason each skipped case is skipped.
    static let skipped: [String: String] = Dictionary(
        uniqueKeysWithValues: skipReasons.flatMap { group in group.cases.map { ($0, group.reason) } })

    @Test(.enabled(if: PackagePaths.external("yaml-test-suite") != nil, Comment(rawValue: PackagePaths.sharedTestDataMissing)))
    func everyCase() throws {
        let suite = try #require(PackagePaths.external("yaml-test-suite"))
        let cases = Self.caseDirectories(in: suite)
        #expect(cases.count > 300)
        var passed = 0, skipped = 0
        var failures: [String] = []
        for directory in cases {
            let id = directory.path.replacingOccurrences(of: suite.path + "/", with: "")
            let failure = try Self.run(directory)
            if Self.skipped[id] != nil {
                // Skipped cases still run (no crash), and one that starts passing must leave the list.
                skipped += 1
                if failure == nil { failures.append("\(id): passes now; remove it from the skip list") }
            } else if let failure {
                failures.append("\(id): \(failure)")
            } else {
                passed += 1
            }
        }
        print("yaml-test-suite: \(passed) of \(cases.count) passed, \(skipped) skipped")
        #expect(failures == [])
    }

    /// `nil` when the case behaves as the suite says, else what went wrong.
    static func run(_ directory: URL) throws -> String? {
        let yaml = try [UInt8](Data(contentsOf: directory.appendingPathComponent("in.yaml")))
        let loaded = DataLoader.load(bytes: yaml, path: "in.yaml", format: .yaml, options: LoadOptions(dateFormats: []))
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: directory.appendingPathComponent("error").path) {
            return loaded.problems.isEmpty ? "invalid YAML loaded without a problem" : nil
        }
        if let problem = loaded.problems.first { return "unexpected problem \(problem.location): \(problem.message)" }
        let jsonURL = directory.appendingPathComponent("in.json")
        guard fileManager.fileExists(atPath: jsonURL.path) else { return nil }
        let expected = try jsonStream([UInt8](Data(contentsOf: jsonURL)))
        let actual = loaded.documents.map { asJSON($0.root) }
        return actual == expected ? nil : "documents \(actual) differ from in.json \(expected)"
    }

    /// Every folder holding an `in.yaml`, sorted.
    static func caseDirectories(in suite: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: suite, includingPropertiesForKeys: nil)
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == "in.yaml" { found.append(url.deletingLastPathComponent()) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The JSON texts of an `in.json`, which holds one per YAML document, concatenated.
    static func jsonStream(_ bytes: [UInt8]) throws -> [Value] {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(text: buffer, file: FileID("in.json"), options: LoadOptions(dateFormats: []))
            var values: [Value] = []
            while !parser.isAtEnd() { values.append(try parser.parseValue()) }
            return values
        }
    }

    /// A loaded YAML value as JSON would hold it: dates as the text they were written with.
    static func asJSON(_ value: Value) -> Value {
        switch value.kind {
        case .date, .dateTime: return Value(.string(value.text))
        case .list(let elements): return Value(.list(elements.map(asJSON)))
        case .map(let map):
            return Value(.map(ValueMap(map.entries.map { ValueMap.Entry(key: $0.key, value: asJSON($0.value)) })))
        default: return value
        }
    }
}
