import Foundation
import Testing
@testable import Expressions

/// Patterns outside the own matcher's syntax run on ICU with the same results, and patterns on
/// the own matcher stay fast where backtracking would not.
struct RegexFallbackTests {
    static let unsupported: [String] = [
        "(?i)^hà", #"\bNội\b"#, "(?<=a)b", "a(?=b)", "a(?!b)", "(?<!a)b", #"(a)\1"#, #"\p{Lu}+"#, #"\P{L}"#, "a++", "a*+",
        "(?>a+)b", #"[[a-z]&&[^aeiou]]+"#, "[a-z--[aeiou]]", "[[:alpha:]]", #"\Qa.b\E"#, #"\N{LATIN SMALL LETTER A}"#,
        #"\h"#, #"\v"#, #"\R"#, #"\X"#, #"\G"#, "(?#comment)a", "(?x) a b", "(?s).", "(?m)^b", "[^]a]", #"\cA"#,
        #"\0101"#, #"\U0001F600"#,
    ]

    static let texts = ["", "Hà Nội", "HÀ NỘI", "ab", "aab", "b", "xb", "a.b", "a\nb", "A", "😀", "e\u{301}", "\u{1}", "Ab c", "aeiou xyz"]

    @Test(arguments: unsupported)
    func unsupportedPatternsRunOnICU(_ pattern: String) throws {
        let regex = try CompiledRegex(pattern)
        #expect(!regex.runsOwnMatcher)
        #expect(!regex.runsAutomaton)
        for text in Self.texts {
            let icu = try ICUReference.groups(pattern, text)
            #expect(regex.matches(text) == (icu != nil), "\(pattern.debugDescription) on \(text.debugDescription)")
            let named = try ICUReference.namedGroups(pattern, text, names: regex.groupNames)
            #expect(regex.namedCaptures(text)?.map(\.text) == named)
        }
    }

    /// ICU's lazy loops over a body that can match nothing run until its backtracking stack
    /// overflows and then report no match (`()*?a|` on ""), which the own matcher would not
    /// reproduce, so such patterns stay with ICU.
    @Test(arguments: ["()*?a|", "(a?)+?b", "(?:a|)*?b", "(a*){2,}?b"])
    func lazyLoopsOverEmptyBodiesStayWithICU(_ pattern: String) {
        #expect(RegexProgram(pattern) == nil)
    }

    @Test func greedyLoopsOverEmptyBodiesMatchOnOwnMatcherAndCaptureOnICU() throws {
        let program = try #require(RegexProgram("(?<x>a*)*b"))
        #expect(!program.capturesLikeICU)
        let regex = try CompiledRegex("(?<x>a*)*b")
        #expect(regex.namedCaptures("aab")?.map(\.text) == (try ICUReference.namedGroups("(?<x>a*)*b", "aab", names: ["x"])))
    }

    @Test func caseInsensitiveVietnameseOnICU() throws {
        let regex = try CompiledRegex("(?i)^(?<word>hà) nội$")
        #expect(regex.matches("HÀ NỘI"))
        #expect(regex.namedCaptures("HÀ NỘI")?.map(\.text) == ["HÀ"])
    }

    @Test func invalidPatternIsAnError() {
        #expect(throws: EvalError(#"invalid regular expression "a(""#)) { try CompiledRegex("a(") }
        #expect(throws: EvalError(#"invalid regular expression "a{3,2}""#)) { try CompiledRegex("a{3,2}") }
    }

    /// Plain backtracking takes about 2^30 steps on these; the own matcher tries each
    /// (instruction, position) pair once.
    @Test(arguments: [#"(a*)*b"#, #"(a+)+b"#, #"(a|aa)+b"#, #"(a|a)*b"#, #"^(\w+\s?)*$"#])
    func pathologicalPatternsFinish(_ pattern: String) throws {
        let regex = try CompiledRegex(pattern)
        let program = try #require(RegexProgram(pattern))
        let text = String(repeating: "a", count: 30) + "!"
        #expect(ICUReference.ownGroups(program, text, captures: false) == .notFound)
        if program.capturesLikeICU { #expect(ICUReference.ownGroups(program, text) == .notFound) }
        #expect(!regex.matches(text))
        #expect(regex.namedCaptures(text) == nil)
        #expect(regex.matches(String(repeating: "a", count: 30) + "b"))
    }

    @Test(arguments: ["^[a-zế]+b$", "a.*b", #"\d+$"#, #"(?<tail>ế+)b"#])
    func longTextsMatchLikeICU(_ pattern: String) throws {
        let regex = try CompiledRegex(pattern)
        let program = try #require(RegexProgram(pattern))
        for text in [String(repeating: "aế", count: 50_000) + "b", String(repeating: "7", count: 100_000)] {
            #expect(ICUReference.ownGroups(program, text, captures: false) != .undecided)
            #expect(regex.matches(text) == (try ICUReference.groups(pattern, text) != nil))
            #expect(regex.namedCaptures(text)?.map(\.text) == (try ICUReference.namedGroups(pattern, text, names: regex.groupNames)))
        }
    }

    @Test func namedGroupsWithVietnameseText() throws {
        let regex = try CompiledRegex(#"^(?<ho>\w+) (?<ten>\w+)$"#)
        #expect(regex.runsOwnMatcher)
        #expect(regex.groupNames == ["ho", "ten"])
        #expect(regex.namedCaptures("Nguyễn Ế")?.map(\.text) == ["Nguyễn", "Ế"])
        #expect(regex.namedCaptures("Nguyễn Văn Ế") == nil)
    }

    @Test func groupThatTookNoPartIsNil() throws {
        let regex = try CompiledRegex("(?<a>a)|(?<b>b)")
        #expect(regex.namedCaptures("b")?.map(\.name) == ["a", "b"])
        #expect(regex.namedCaptures("b")?.map(\.text) == [nil, "b"])
    }

    /// A digit newer than the Unicode version ICU and the standard library share is left to ICU.
    @Test func scalarsNewerThanICUAreLeftToICU() throws {
        let regex = try CompiledRegex(#"^\d$"#)
        let program = try #require(RegexProgram(#"^\d$"#))
        for value: UInt32 in [0x11DE0, 0x1E5F1, 0x0661, 0x0031] {
            let text = String(Unicode.Scalar(value)!)
            let icu = try ICUReference.groups(#"^\d$"#, text) != nil
            #expect(regex.matches(text) == icu)
            let age = Unicode.Scalar(value)!.properties.age.map(UnicodeAge.init)
            let own = ICUReference.ownGroups(program, text)
            #expect((own == .undecided) == (value >= 128 && (age == nil || age! > UnicodeAge.sharedWithICU)))
        }
    }
}
