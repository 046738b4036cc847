import Foundation
import Testing
import TestSupport
@testable import Expressions

/// Random patterns and texts from a fixed seed: wherever the own matcher runs a pattern, it
/// gives ICU's match and groups.
struct RegexFuzzTests {
    struct PatternGenerator {
        var random: SeededGenerator
        var groupNames = 0
        var atoms = ["a", "b", "é", ".", #"\d"#, #"\w"#, #"\s"#, "[ab]", "[^a]", "[a-c]", "1", "-", #"\n"#, "[é1]", #"\D"#]
        var anchors = ["^", "$"]
        var alphabet = ["a", "b", "é", "1", "-", "\n", " ", "c", "٣"]
        var maxTextLength = 6
        static let quantifiers = ["", "", "", "*", "+", "?", "{0,2}", "{2}", "{1,}", "*?", "+?", "??", "{1,2}?"]

        init(random: SeededGenerator) { self.random = random }

        mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }

        mutating func alternation(depth: Int) -> String {
            (0..<(1 + Int(random.next() % 3))).map { _ in sequence(depth: depth) }.joined(separator: "|")
        }

        mutating func sequence(depth: Int) -> String {
            var parts: [String] = []
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let anchor = Int(random.next() % UInt64(6 * anchors.count))
                if anchor < anchors.count { parts.append(anchors[anchor]) }
                parts.append(atom(depth: depth) + pick(Self.quantifiers))
            }
            return parts.joined()
        }

        mutating func atom(depth: Int) -> String {
            guard depth > 0, random.next() % 3 == 0 else { return pick(atoms) }
            switch random.next() % 3 {
            case 0: return "(" + alternation(depth: depth - 1) + ")"
            case 1: return "(?:" + alternation(depth: depth - 1) + ")"
            default:
                groupNames += 1
                return "(?<g\(groupNames)>" + alternation(depth: depth - 1) + ")"
            }
        }

        mutating func text() -> String {
            (0..<Int(random.next() % UInt64(maxTextLength + 1))).map { _ in pick(alphabet) }.joined()
        }
    }

    @Test(arguments: 0..<8)
    func randomPatternsMatchLikeICU(_ seed: Int) throws {
        var generator = PatternGenerator(random: SeededGenerator(seed: UInt64(seed) &* 7919))
        var compared = 0
        for _ in 0..<60 {
            generator.groupNames = 0
            let pattern = generator.alternation(depth: 2)
            guard (try? NSRegularExpression(pattern: pattern)) != nil else { continue }
            guard let program = RegexProgram(pattern) else { continue }
            for _ in 0..<40 {
                let text = generator.text()
                let icu = ICUReference.RegexOutcome(try ICUReference.groups(pattern, text))
                let own = ICUReference.ownGroups(program, text, captures: program.capturesLikeICU)
                if program.capturesLikeICU {
                    #expect(own == icu, "\(pattern.debugDescription) on \(text.debugDescription)")
                } else {
                    #expect((own != .notFound) == (icu != .notFound), "\(pattern.debugDescription) on \(text.debugDescription)")
                }
                compared += 1
            }
        }
        #expect(compared > 1000)
    }
}
