import Foundation
import Testing
import TestSupport
@testable import DataModel

/// Inputs built to break a loader; each must end in one clear problem, quickly (the time limit
/// only guards against hangs: debug builds on a loaded machine are slow).
@Suite(.timeLimit(.minutes(5))) struct HostileInputTests {
    @Test(arguments: ["t.yaml", "t.json"])
    func hundredThousandDeepNesting(path: String) {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let loaded = load(text, path: path)
        #expect(loaded.documents.isEmpty)
        #expect(describe(loaded.problems) == ["1:513 govlint/parse-error nesting is deeper than 512 levels"])
    }

    @Test func deepBlockNestingInYAML() {
        let text = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(describe(load(text).problems) == ["1:1025 govlint/parse-error nesting is deeper than 512 levels"])
        let maps = (0..<1_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        #expect(describe(load(maps).problems) == ["513:513 govlint/parse-error nesting is deeper than 512 levels"])
    }

    @Test func billionLaughsIsStoppedByTheBudget() throws {
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ", ") + "]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let loaded = load(lines.joined(separator: "\n") + "\n")
        #expect(loaded.documents.isEmpty)
        // Levels b–e copy 123,440 nodes; each alias in f copies 111,111, so its 8th passes 1,000,000.
        #expect(describe(loaded.problems) == [
            "6:36 govlint/parse-error alias expansion exceeds the budget of 1000000 nodes (an alias bomb?)",
        ])
        let column = lines[5].ranges(of: "*e").map { lines[5].distance(from: lines[5].startIndex, to: $0.lowerBound) + 1 }
        #expect(column[7] == 36)
    }

    @Test func aliasesWithinTheBudgetShareStorage() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
        let doc = try #require(root(text, options: LoadOptions(aliasExpansionBudget: 12)))
        #expect(doc["b"] == [[1, 2, 3], [1, 2, 3], [1, 2, 3]])
        #expect(describe(load(text, options: LoadOptions(aliasExpansionBudget: 11)).problems) == [
            "2:13 govlint/parse-error alias expansion exceeds the budget of 11 nodes (an alias bomb?)",
        ])
    }

    @Test(arguments: ["yaml", "json"])
    func fiftyMegabyteSingleLine(format: String) throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let size = 50_000_000
        let long = String(repeating: "é", count: size / 2)
        func write(_ name: String, _ before: String, _ after: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try (before + long + after).write(to: url, atomically: false, encoding: .utf8)
            return url.path
        }
        let isYAML = format == "yaml"
        let good = try write("good.\(format)", isYAML ? "k: " : "{\"k\": \"", isYAML ? "\n" : "\"}")
        let bad = try write("bad.\(format)", isYAML ? "k: [\"" : "{\"k\": [\"", isYAML ? "\", @]\n" : "\", @]}")

        let loaded = try DataLoader.load(path: good)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.documents.first?.root["k"]?.string?.utf8.count == size)
        // "é" is one column: the error column counts 25 million scalars, not 50 million bytes.
        let badColumn = (isYAML ? 6 : 9) + size / 2 + 3
        let message = isYAML
            ? "found character that cannot start any token (while scanning for the next token)"
            : "expected a value, found '@'"
        let problems = describe(try DataLoader.load(path: bad).problems)
        #expect(problems == ["1:\(badColumn) govlint/parse-error \(message)"])
    }

    @Test(arguments: [
        ([0x61, 0x3A, 0x20, 0x62, 0x0A, 0x63, 0x3A, 0x20, 0xFF, 0x0A], "2:4 govlint/parse-error invalid UTF-8 byte 0xFF"),
        ([0x61, 0x3A, 0x20, 0xC3, 0xA9, 0xC0, 0xAF], "1:5 govlint/parse-error invalid UTF-8 byte 0xC0"),
        ([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80], "1:4 govlint/parse-error invalid UTF-8 byte 0xED"),
        ([0x61, 0x3A, 0x20, 0xE2, 0x82], "1:4 govlint/parse-error invalid UTF-8 byte 0xE2"),
        ([0x61, 0x3A, 0x20, 0xF4, 0x90, 0x80, 0x80], "1:4 govlint/parse-error invalid UTF-8 byte 0xF4"),
        ([0x61, 0x0A, 0xC3, 0xA9, 0x62, 0x00, 0x01], "2:3 govlint/parse-error file is binary (NUL byte at line 2, column 3)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "1:1 govlint/parse-error invalid UTF-8 byte 0x89"),
        ([0xFF, 0xFE, 0x61, 0x00], "1:1 govlint/parse-error file is encoded as UTF-16 (byte-order mark); govlint reads UTF-8"),
        ([], "1:1 govlint/parse-error file is empty"),
        ([0x20, 0x0A, 0x0D, 0x0A, 0x09], "1:1 govlint/parse-error file is empty"),
        ([0xEF, 0xBB, 0xBF], "1:1 govlint/parse-error file is empty"),
    ] as [([UInt8], String)])
    func encodingDefects(bytes: [UInt8], expected: String) {
        for format in [DataFormat.yaml, .json] {
            let loaded = DataLoader.load(bytes: bytes, path: "t.\(format.rawValue)", format: format)
            #expect(loaded.documents.isEmpty)
            #expect(describe(loaded.problems) == [expected])
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let yaml = DataLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), path: "t.yaml", format: .yaml)
        #expect(yaml.problems.isEmpty)
        #expect(span(try #require(yaml.documents.first?.root.map?.entry("a")).keyLocation) == "1:1-1:2")
        let json = DataLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": x}".utf8), path: "t.json", format: .json)
        #expect(describe(json.problems) == ["1:7 govlint/parse-error unknown literal 'x'; JSON has only true, false and null"])
    }

    @Test func controlCharactersInYAML() {
        #expect(describe(load("a: b\u{1}\n").problems) == [
            "1:5 govlint/parse-error control characters are not allowed (U+0001)",
        ])
    }

    @Test func unreadablePathsThrow() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func reason(_ path: String) -> String? {
            do {
                _ = try DataLoader.load(path: path)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason(directory.appendingPathComponent("missing.yaml").path) == "no such file or directory")
        let folder = directory.appendingPathComponent("folder.yaml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        #expect(reason(folder.path) == "is a directory, not a file")
        let text = directory.appendingPathComponent("notes.txt")
        try "a".write(to: text, atomically: false, encoding: .utf8)
        #expect(reason(text.path) == "cannot tell the format of '\(text.path)' (expected .yml, .yaml, .json or .csv)")
        let locked = directory.appendingPathComponent("locked.json")
        try "{}".write(to: locked, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        if getuid() != 0 {  // root reads any file
            #expect(reason(locked.path) == "permission denied")
        }
        #expect(try DataLoader.load(path: "/dev/null", format: .yaml).problems.map(\.message) == ["file is empty"])
    }
}
