import Foundation
import Testing
@testable import Expressions

/// The automaton against ICU: it answers for every ASCII text within the backtracking matcher's
/// bounds, and wherever it answers, a match exists exactly when ICU finds one.
struct RegexDFATests {
    /// Anchors, empty matches and line terminators at the end, where contexts differ.
    static let anchorPatterns: [String] = [
        "^", "$", "^$", #"\A"#, #"\Z"#, #"\z"#, #"^\z"#, #"\A\Z"#, "$$", "^^", "a^", "$a", "a*$", "a*", #"a*\z"#,
        "a$", #"a\Z"#, #"a\z"#, #"a$\r"#, #"a\r$"#, #"a$\r\n"#, #"a$\n$"#, #"a\r$\n"#, #"^\n$"#, #"^$\n"#, #"^\r\n$"#,
        #"\n$"#, #"\n\z"#, #"\r$"#, #"\r\z"#, #"$\n"#, #"$\n\z"#, #"\Z\n"#, "(?:a|$)+", "(?:$|a)*b", "(?:^|a)+$", "x|$", "(a|^)b",
        "b(^|a)", ".$", #".\Z"#, #"\s$"#, #"\s\z"#, #"[\n\r]$"#, #"[\x0B\f]$"#, "^.*$", #"^.*\z"#, #"^\s*$"#, "(?:)*$", "(|$)+a",
        #"(?:\r|\n)+$"#, #"^[^\r\n]*$"#, #"$[\s\S]"#, #"^[\s\S]+$"#, #"\D+$"#,
    ]

    /// Texts ending with every line terminator, alone or after others.
    static let lineEndings: [String] = [
        "a\n", "a\r\n", "a\r", "a\n\n", "a\r\r", "a\n\r", "a\r\n\n", "a\r\n\r\n", "a\u{0B}", "a\u{0C}", "a\u{0B}\n", "\n", "\r\n", "\r",
        "\n\n", "\r\r\n", "\u{0B}", "\u{0C}", "x\n", "ab\n", "ab\r\n", "b\n", "1.000123\n", "HS-2020-000123\r\n", " \n", "a\u{85}",
        "a\u{2028}", "a\u{2029}", "a\u{85}\n", "é\n",
    ]

    static let texts = RegexDifferentialTests.texts + lineEndings

    static func icuMatches(_ pattern: String, _ text: String) throws -> Bool {
        try ICUReference.groups(pattern, text) != nil
    }

    /// Compares the automaton with ICU on `text`: an answer for ASCII text, and ICU's whenever
    /// it answers (it may, before a byte outside ASCII decides nothing more).
    static func expectICUAnswer(_ automaton: RegexDFA, _ pattern: String, _ text: String) throws {
        let own = automaton.matches(text)
        if text.utf8.allSatisfy({ $0 < 0x80 }) { #expect(own != nil, "\(pattern.debugDescription) on \(text.debugDescription)") }
        if let own { #expect(own == (try icuMatches(pattern, text)), "\(pattern.debugDescription) on \(text.debugDescription)") }
    }

    @Test(arguments: RegexDifferentialTests.patterns + anchorPatterns)
    func automatonAgreesWithICU(_ pattern: String) throws {
        let automaton = try #require(RegexProgram(pattern).flatMap(RegexDFA.init))
        let regex = try CompiledRegex(pattern)
        #expect(regex.runsAutomaton)
        for text in Self.texts {
            try Self.expectICUAnswer(automaton, pattern, text)
            #expect(regex.matches(text) == (try Self.icuMatches(pattern, text)), "\(pattern.debugDescription) on \(text.debugDescription)")
        }
    }

    /// `$` holds at the end and before one final line terminator (CR LF counting as one), never
    /// between a final CR and LF; `\z` only at the very end.
    @Test(arguments: [
        ("a$", "a\n", true), ("a$", "a\r\n", true), ("a$", "a\r", true), ("a$", "a\u{0C}", true), ("a$", "a\n\n", false),
        ("a$", "a\r\r", false), ("a$", "a\n\r", false), (#"a$\r"#, "a\r\n", true), (#"a\r$"#, "a\r\n", false),
        (#"a\r$"#, "a\r", true), (#"a\z"#, "a\n", false), (#"a\Z"#, "a\r\n", true), ("^$", "\n", true), ("^$", "\r\n", true),
        ("^$", "\n\n", false), (#"^\n$"#, "\n", true), (#"^\n$"#, "\n\n", true), ("^$", "", true), ("$a", "a", false),
        (#"^\d\.\d{6}$"#, "1.000123\n", true), (#"^\d\.\d{6}$"#, "1.000123\n\n", false), (#"^[A-Z]+-\d{4}-\d+$"#, "HS-2020-000123\r\n", true),
    ])
    func endBeforeFinalLineTerminator(_ pattern: String, _ text: String, _ expected: Bool) throws {
        let automaton = try #require(RegexProgram(pattern).flatMap(RegexDFA.init))
        #expect(automaton.matches(text) == expected)
        #expect(try Self.icuMatches(pattern, text) == expected)
    }

    @Test func benchmarkPatternsNeedFewStates() throws {
        let ids = try #require(RegexProgram(#"^[A-Z]+-\d{4}-\d+$"#).flatMap(RegexDFA.init))
        let codes = try #require(RegexProgram(#"^\d\.\d{6}$"#).flatMap(RegexDFA.init))
        #expect(ids.stateCount < 20)
        #expect(codes.stateCount < 20)
        #expect(ids.matches("HS-2020-000123") == true)
        #expect(ids.matches("HS-2020-00012x") == false)
        #expect(codes.matches("1.000123") == true)
        #expect(codes.matches("1.0001234") == false)
    }

    /// A length limit is one state per length, the start's own and three sinks.
    @Test func lengthLimitsGetAnAutomaton() throws {
        let automaton = try #require(RegexProgram("^.{1,255}$").flatMap(RegexDFA.init))
        #expect(automaton.stateCount == 259)
        #expect(automaton.matches(String(repeating: "x", count: 255)) == true)
        #expect(automaton.matches(String(repeating: "x", count: 255) + "\n") == true)
        #expect(automaton.matches(String(repeating: "x", count: 256)) == false)
        #expect(automaton.matches("") == false)
    }

    /// Bytes outside ASCII stop the automaton unless the answer is already known.
    @Test(arguments: [
        ("^[a-z]+$", "hà", nil), ("^[a-z]+$", "1à", false), ("a", "aé", true), ("a", "éa", nil), ("^a$", "a\u{2028}", nil),
        ("^a$", "a\u{85}", nil), ("^", "é", true), ("b", "é", nil),
    ] as [(String, String, Bool?)])
    func textOutsideASCII(_ pattern: String, _ text: String, _ expected: Bool?) throws {
        let automaton = try #require(RegexProgram(pattern).flatMap(RegexDFA.init))
        #expect(automaton.matches(text) == expected)
        #expect(try CompiledRegex(pattern).matches(text) == (try Self.icuMatches(pattern, text)))
    }

    /// A pattern whose automaton would need 2^13 states, or many states of many threads each,
    /// runs on the backtracking matcher alone.
    @Test(arguments: ["(a|b)*a(a|b){12}", "a.{20}b", #"\d{1000}"#])
    func largeAutomataLeaveThePatternToBacktracking(_ pattern: String) throws {
        let program = try #require(RegexProgram(pattern))
        #expect(RegexDFA(program) == nil)
        let regex = try CompiledRegex(pattern)
        #expect(!regex.runsAutomaton)
        for text in ["a" + String(repeating: "b", count: 12), String(repeating: "ab", count: 10), "a" + String(repeating: "b", count: 20) + "b"] {
            #expect(regex.matches(text) == (try Self.icuMatches(pattern, text)))
        }
    }

    /// Texts longer than the backtracking matcher decides are left to it and on to ICU, as
    /// before the automaton.
    @Test func longTextsAreLeftAsBefore() throws {
        let pattern = "(?:a|b|c|d|e|f|g|h)*x"
        let program = try #require(RegexProgram(pattern))
        let automaton = try #require(RegexDFA(program))
        let limit = RegexMatcher.maxDecidedTextLength(program)
        #expect(limit > 10_000 && limit < 1_000_000)
        let longest = String(repeating: "a", count: limit - 1) + "x"
        #expect(automaton.matches(longest) == true)
        #expect(ICUReference.ownGroups(program, longest, captures: false) == .found([]))
        #expect(automaton.matches(longest + "a") == nil)
    }

    /// Random patterns over ASCII, with every anchor, on random texts ending in every line
    /// terminator, against ICU.
    @Test(arguments: 0..<8)
    func randomPatternsMatchLikeICU(_ seed: Int) throws {
        var generator = RegexFuzzTests.PatternGenerator(random: .init(seed: UInt64(seed) &* 104_729 &+ 1))
        generator.atoms = ["a", "b", ".", #"\d"#, #"\w"#, #"\s"#, "[ab]", "[^a]", "[a-c]", "1", "-", #"\n"#, #"\r"#, #"[\n\r]"#, #"\D"#, "(?:)"]
        generator.anchors = ["^", "$", #"\A"#, #"\Z"#, #"\z"#]
        generator.alphabet = ["a", "b", "1", "-", " ", "c", "a", "b", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "é", "\u{85}", "\u{2028}"]
        generator.maxTextLength = 8
        var compared = 0
        for _ in 0..<60 {
            generator.groupNames = 0
            let pattern = generator.alternation(depth: 2)
            guard (try? NSRegularExpression(pattern: pattern)) != nil else { continue }
            // A few of the longer patterns need more states than the automaton may have.
            guard let automaton = RegexProgram(pattern).flatMap(RegexDFA.init) else { continue }
            for _ in 0..<40 {
                try Self.expectICUAnswer(automaton, pattern, generator.text())
                compared += 1
            }
        }
        #expect(compared > 1200)
    }
}
