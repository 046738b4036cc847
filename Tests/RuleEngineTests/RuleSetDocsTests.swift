import DataModel
import Expressions
import Foundation
import RuleEngine
import TestSupport
import Testing

/// Every ```yaml block of docs/rule-sets.md loads without errors and its examples behave, so the
/// reference cannot drift from the code.
@Suite("Rule-set reference")
struct RuleSetDocsTests {
    /// The YAML blocks of the reference, with their first line number.
    static let blocks: [YAMLBlock] = {
        let url = PackagePaths.root.appendingPathComponent("docs/rule-sets.md")
        let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n")
        var blocks: [YAMLBlock] = []
        var current: [String]?
        var start = 0
        for (i, line) in lines.enumerated() {
            if current == nil, line == "```yaml" {
                current = []
                start = i + 2
            } else if current != nil, line == "```" {
                blocks.append(YAMLBlock(line: start, text: current!.joined(separator: "\n")))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }()

    @Test func referenceHasAnExampleOfEveryCheckKind() {
        let text = Self.blocks.map(\.text).joined(separator: "\n")
        for kind in ["require", "types", "pattern", "one-of", "range", "unique", "reference", "includes", "equals", "deadline", "target", "assert"] {
            #expect(text.contains("\n    \(kind):"), "no worked example of '\(kind)'")
        }
    }

    @Test(arguments: blocks)
    func blockLoadsAndItsExamplesBehave(_ block: YAMLBlock) throws {
        if block.text.hasPrefix("calendar:") {
            let loaded = DataLoader.load(text: block.text, path: "calendar.yml", format: .yaml)
            #expect(loaded.problems.isEmpty)
            let root = try #require(loaded.documents.first?.root)
            #expect(throws: Never.self) { try WorkdayCalendar(from: root) }
            return
        }
        let loaded = RuleSetLoader(builtins: RuleExamplesTests.builtins).load(source: block.text, path: "rule-sets.md-\(block.line).yml")
        #expect(loaded.diagnostics.map(\.description) == [])
        let set = try #require(loaded.ruleSets.first)
        #expect(!set.rules.isEmpty)
        #expect(ExampleRunner.run(set, asOf: CivilDateParsing.iso("2020-12-31")).map(\.description) == [])
    }
}

/// A fenced YAML block of a Markdown file.
struct YAMLBlock: Sendable, CustomTestStringConvertible {
    /// The line of the block's first YAML line.
    let line: Int
    let text: String

    var testDescription: String { "block at line \(line)" }
}
