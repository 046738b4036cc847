import BuiltinRules
import Foundation
import TestSupport
import Testing

/// The embedded copies must be exactly the files of `Rules/`, so the binary never ships stale rules.
@Suite struct EmbeddedFilesTests {
    static let rulesFolder = PackagePaths.root.appendingPathComponent("Rules")

    /// Every `.yml` file under `Rules/`, relative to it.
    static func filesOnDisk() throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: rulesFolder.path))
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yml") }.sorted()
    }

    static func embeddedText(forRelativePath path: String) -> String? {
        let name = String((path as NSString).lastPathComponent.dropLast(".yml".count))
        return path.hasPrefix("calendars/") ? BuiltinRules.calendars[name] : BuiltinRules.ruleSets[name]
    }

    @Test func everyFileUnderRulesIsEmbeddedByteForByte() throws {
        let files = try Self.filesOnDisk()
        #expect(files.count == BuiltinRules.ruleSets.count + BuiltinRules.calendars.count)
        for path in files {
            let onDisk = try Data(contentsOf: Self.rulesFolder.appendingPathComponent(path))
            let embedded = try #require(Self.embeddedText(forRelativePath: path), "\(path) is not embedded")
            #expect(Data(embedded.utf8) == onDisk, "the embedded copy of \(path) differs from the file")
        }
    }

    @Test func theVietnameseSetsAndCalendarAreBuiltIn() {
        #expect(BuiltinRules.ruleSets.keys.sorted() == ["vn-documents", "vn-dossiers", "vn-procedures", "vn-report"])
        #expect(BuiltinRules.calendars.keys.sorted() == ["vn"])
        #expect(BuiltinRules.ruleSets["vn-dossiers"]?.hasPrefix("ruleset: vn-dossiers\n") == true)
    }

    @Test func everyGroupNamesBuiltInSets() {
        #expect(BuiltinRules.groups == ["vn-tthc": ["vn-procedures", "vn-dossiers", "vn-report", "vn-documents"]])
        for (group, members) in BuiltinRules.groups {
            for member in members {
                #expect(BuiltinRules.ruleSets[member] != nil, "group \(group) names unknown set \(member)")
            }
        }
    }
}
