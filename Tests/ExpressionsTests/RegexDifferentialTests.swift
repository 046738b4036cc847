import Foundation
import Testing
@testable import Expressions

/// The own matcher against ICU on many patterns and texts: the same match or none, the same
/// groups, wherever the own matcher decides.
struct RegexDifferentialTests {
    /// Patterns inside the syntax the own matcher runs.
    static let patterns: [String] = [
        #"^[A-Z]+-\d{4}-\d+$"#, #"^\d\.\d{6}$"#, "abc", "a|b|c", "^$", "$", "^", "a$", "^a",
        ".", "a.c", ".*", ".+", "a*", "a+?", "a*?b", "(a|ab)(c|bcd)(d*)", "(a+)(b+)?", "(a|b)*c",
        "(?:ab)+", "(ab){2}", "(ab){1,2}", "(ab){1,2}?", "a{2,}", "a{0}", "a{0,0}b", "x{3}", "a{2,3}?",
        "[a-c]{2,3}?c", ".{3}", #"\d+"#, #"\D+"#, #"\w+"#, #"\W+"#, #"\s+"#, #"\S+"#, "[a-z]+", "[^a-z]+",
        "[-a]+", "[a-]+", "[^-/]+", #"[\d-]+"#, #"[\w.]+"#, #"[\s\S]"#, "[À-Ỹ]+", "[à-ỹa-z ]+", "[^à-ỹ]",
        #"\u1EBF"#, #"\x41"#, #"\x{1EBF}"#, #"\x{1F600}"#, "ế", "Hà Nội", #"\."#, #"\-"#, #"\/"#, #"\t"#,
        #"\n"#, #"\r\n"#, #"a\z"#, #"a\Z"#, #"\Aa"#, "a$\n", #"a$\r\n"#, #"$\n"#, #"\d$"#, #"\d\z"#,
        #"^(?<num>\d+)/(?<type>[^-/]+)-(?<issuer>.+)$"#, #"^(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)$"#,
        "(?<a>a)|(?<b>b)", "(a*)*b", "(a*)+b", "(a|)*b", "(a?){3}", "(?:a|b)*?c", "((a)|b)+", "(?:(a)|b)*",
        "(a)|b", "x*$", "^.*$", "^.+$", ".$", #"\s$"#, #"[\n]"#, #"[^\n]+"#, #"[\x{85}]"#, "[ ]", "[$]+",
        "[.]", "[&]", "[a&b]+", #"[\^]"#, #"[\]]"#, #"[\[]"#, #"[\\]"#, #"\\"#, #"[^\d\s]+"#, #"[\D]+"#,
        #"[^\W]+"#, #"[\S\d]+"#, #"\d\w\s"#, "[٠-٩]+", "ab|a", "a|ab", "(a|ab)(b?)", #"(.*)(\d+)"#,
        #"(.*?)(\d+)"#, #"(\w+)\s(\w+)"#, "#", "a b", "()", "(|a)", "(a|)", "é", "[é]", #"\x{301}"#,
        #".\x{301}"#, #"^(\w+)\s+(?<rest>.*)$"#, #"(?<x>[^\s]+)$"#, #"\e\a\f"#, #"[\t-\r]+"#, #"\!\"\#\%\&\'\,\:\;\<\=\>\@\_\`\~"#,
        "a{1,3}b{0,2}", "(ab|a)(bc|c)?", "(a(b(c)?)?)+", "[a-c-]", "(?:)", "(?:a|(b))+?c",
        #"\$\(\)\*\+\?\{\}\|"#, #"[\u0041-\u005A]+"#, #"\x00"#, #"[^\x00-\x7F]+"#, "[😀-🙂]", #"\x{1F600}?x"#,
    ]

    /// Texts: ASCII, Vietnamese, digits of other scripts, line terminators, empty.
    static let texts: [String] = [
        "", "a", "b", "ab", "aab", "abab", "ababab", "abc", "abcd", "abbcd", "aaa", "c", "ac", "bc", "abcc",
        "HS-2020-000001", "HS-2020-", "hs-2020-1", "ĐK-2020-12", "1.136193", "1.13619", "11.136193",
        "1.136193\n", "1.136193\r\n", "1.136193\n\n", "1.136193\r", "1.136193\u{2028}", "1.136193\u{85}",
        "a\n", "a\r\n", "a\n\r", "a\r", "a\r\r", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "x\u{2029}", "a\nb",
        "Hà Nội", "ỦY BAN Nhân dân", "Nguyễn Văn Ế", "12/UBND-VP", "12/QĐ-UBND", "٣٤٥", "१२३", "𝟙𝟚",
        "a٣b", " \t", "\u{A0}", "\u{3000}x", "2020-01-31", "e\u{301}", "😀 emoji", "a-b/c", "_x_",
        "\u{200C}", "x\u{88F}y", "a.b", "[a]", "$", "&", "^", "-", "\\", "]", "[", "#1", "a b", "ế",
        "\u{1B}\u{07}\u{0C}", "!\"#%&',:;<=>@_`~", "xxx", "xxxx", "A", "ABC-1234-5", "$()*+?{}|", "a\u{0}b", "😀x",
    ]

    @Test(arguments: patterns)
    func runsOnOwnMatcher(_ pattern: String) throws {
        #expect(try CompiledRegex(pattern).runsOwnMatcher)
    }

    @Test(arguments: patterns)
    func sameAnswersAsICU(_ pattern: String) throws {
        let program = try #require(RegexProgram(pattern))
        for text in Self.texts {
            let icu = ICUReference.RegexOutcome(try ICUReference.groups(pattern, text))
            let own = ICUReference.ownGroups(program, text, captures: program.capturesLikeICU)
            if own == .undecided { continue }
            if program.capturesLikeICU {
                #expect(own == icu, "\(pattern.debugDescription) on \(text.debugDescription)")
            } else {
                #expect((own != .notFound) == (icu != .notFound), "\(pattern.debugDescription) on \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: patterns)
    func compiledRegexAgreesWithICU(_ pattern: String) throws {
        let regex = try CompiledRegex(pattern)
        for text in Self.texts {
            let icu = try ICUReference.groups(pattern, text)
            #expect(regex.matches(text) == (icu != nil), "\(pattern.debugDescription) on \(text.debugDescription)")
            let named = regex.namedCaptures(text)
            #expect(named?.map(\.name) == (icu == nil ? nil : regex.groupNames))
            let icuNamed = try ICUReference.namedGroups(pattern, text, names: regex.groupNames)
            #expect(named?.map(\.text) == icuNamed, "\(pattern.debugDescription) on \(text.debugDescription)")
        }
    }
}
