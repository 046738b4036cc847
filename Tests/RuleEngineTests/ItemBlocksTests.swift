import DataModel
import JSONPath
@testable import RuleEngine
import Testing

/// Items are judged in blocks of `ItemBlocks.size`: findings must not depend on where blocks end.
@Suite("Judging items in blocks")
struct ItemBlocksTests {
    @Test("works of one document share its blocks; each work's range ends with its matches")
    func units() {
        let size = ItemBlocks.size
        let blocks = ItemBlocks(documents: [0, 0, 1], matchCounts: [2 * size + 76, 3, 0])
        #expect(blocks.units.map(\.block) == [0, 1, 2])
        #expect(blocks.units.map(\.works) == [[0, 1], [0, 1], [0, 1]])
        #expect((0..<3).map { blocks.range(of: 0, in: $0) } == [0..<size, size..<2 * size, 2 * size..<2 * size + 76])
        #expect((0..<3).map { blocks.range(of: 1, in: $0) } == [0..<3, 3..<3, 3..<3])
        let none = CheckItemSource(matches: JSONPathMatches([]), variables: [], document: 1, collectionLocation: .unknown)
        #expect(blocks.parts(of: 2, in: [], source: none, itemsNeeded: true).items.isEmpty)
    }

    @Test("a part keeps the positions of its items only when some matches were dropped")
    func partPositions() {
        let source = CheckItemSource(matches: JSONPathMatches((0..<10).map { JSONPathMatch(node: Value(.int($0)), path: NormalizedPath([.index($0)])) }),
                                     variables: [], document: 0, collectionLocation: .unknown)
        let all = ItemBlocks.Part(range: 4..<7, items: (4..<7).map { CheckItem(source: source, match: $0, index: $0 - 4) })
        #expect(all.kept == nil && all.itemCount == 3)
        let some = ItemBlocks.Part(range: 4..<7, items: [CheckItem(source: source, match: 5, index: 0)])
        #expect(some.kept == [5] && some.itemCount == 1)
    }

    /// A register of 1,100 dossiers with problems on both sides of block ends (blocks of 128,
    /// 256 or 512 matches all end after rows 512 and 1,024).
    static let register: String = {
        var lines = ["id,status,received_at,resolved_at"]
        for n in 1...1_100 {
            let id = n == 900 ? "D10" : "D\(n)"  // row 900 repeats row 10's id, two blocks later
            let status = n == 513 ? "" : (n % 2 == 0 ? "closed" : "open")
            let resolved = n == 1_024 || n == 1_025 ? "2020-01-01" : "2020-03-01"
            lines.append("\(id),\(status),2020-02-01,\(resolved)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("findings, keys and counts are those of one pass over all items", arguments: [1, 3])
    func findingsAcrossBlocks(jobs: Int) throws {
        let rules = """
            ruleset: blocks
            version: 1
            files: ["register.csv"]
            defaults: { severity: error, for-each: "$[*]", key: id }
            rules:
              - id: status-given
                summary: Statuses are given.
                require: [status]
              - id: id-unique
                summary: Ids are unique.
                unique: id
              - id: id-unique-evaluated
                summary: Ids are unique, read through an expression rather than as a bare field.
                unique: item.id
              - id: received-first
                summary: Open dossiers are resolved after they are received.
                where: status == "open"
                assert: days_between(received_at, resolved_at) >= 0
                message: "{id} resolved before it was received"
              - id: received-date
                summary: Receipt dates are dates.
                types: { received_at: date }
              - id: half-closed
                summary: Half the dossiers are closed.
                target: { share: 'status == "closed"', at-least: 60% }
            """
        let (result, folder) = try Fixture.run(rules: rules, files: ["register.csv": Self.register], jobs: jobs)
        #expect(result.findings.map { $0.brief.replacingOccurrences(of: folder.path + "/", with: "") } == [
            "register.csv:1:1: blocks/half-closed: share 50.0% (550 of 1100); the target is at-least 60%",
            "register.csv:514:6: blocks/status-given: required field 'status' is missing or empty",
            "register.csv:901:1: blocks/id-unique: duplicate D10; first seen at register.csv:11",
            "register.csv:901:1: blocks/id-unique-evaluated: duplicate D10; first seen at register.csv:11",
            "register.csv:1026:1: blocks/received-first: D1025 resolved before it was received",
        ])
        #expect(result.findings.map(\.key) == ["$", "D513", "D10#2", "D10#2", "D1025"])
        #expect(result.scorecard.itemsChecked["blocks/received-first"] == 549)
        #expect(result.scorecard.itemsChecked["blocks/status-given"] == 1_100)
        // A check without violations is counted without its items being joined.
        #expect(result.scorecard.itemsChecked["blocks/received-date"] == 1_100)
    }
}
