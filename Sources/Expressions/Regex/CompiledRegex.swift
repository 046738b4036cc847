import Foundation

/// A regular expression in ICU syntax, compiled once, with the text it was written as.
///
/// Patterns within the common part of the syntax (see `RegexParser`) run on an own matcher that
/// gives ICU's answers without Foundation's cost of bridging every text to UTF-16; all others,
/// and texts the own matcher cannot decide, run on `NSRegularExpression` (ICU). Whether ASCII
/// text matches such a pattern is told by an automaton (`RegexDFA`) where it has few states.
///
/// A class, so that handing a compiled pattern around (a check takes it from its list for each
/// item) costs one reference count rather than one per part.
public final class CompiledRegex: @unchecked Sendable {
    // Immutable; NSRegularExpression is documented as safe to share between threads.
    private let icu: NSRegularExpression
    private let program: RegexProgram?
    /// The program as an automaton, for telling quickly whether ASCII text matches.
    private let automaton: RegexDFA?
    /// The pattern as written.
    public let pattern: String
    /// The names of the `(?<name>...)` groups, in pattern order.
    public let groupNames: [String]

    /// Compiles `pattern`; an invalid one (by ICU's rules) is an error naming it.
    public init(_ pattern: String) throws(EvalError) {
        do {
            icu = try NSRegularExpression(pattern: pattern)
        } catch {
            throw EvalError(Msg.invalidRegex(pattern))
        }
        self.pattern = pattern
        program = RegexProgram(pattern)
        automaton = program.flatMap(RegexDFA.init)
        groupNames = program?.namedGroups.map(\.name) ?? Self.namedGroups(in: pattern)
    }

    /// Whether the own matcher runs this pattern (for texts it can decide).
    var runsOwnMatcher: Bool { program != nil }

    /// Whether the pattern also runs as an automaton (for ASCII texts).
    var runsAutomaton: Bool { automaton != nil }

    /// Whether the pattern matches anywhere in `text` (unanchored unless it says `^`/`$`).
    public func matches(_ text: String) -> Bool {
        if let answer = automaton?.matches(text) { return answer }
        return matchesWithoutAutomaton(text)
    }

    // Apart, so that the automaton's common path does not pay for the others' stack frame.
    @inline(never)
    private func matchesWithoutAutomaton(_ text: String) -> Bool {
        if let program {
            switch UTF8Text.withBytes(of: text, { RegexMatcher(program: program).firstMatch(in: $0, captures: false) }) {
            case .found: return true
            case .notFound: return false
            case .undecided: break
            }
        }
        return icu.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// The named groups of the first match in `text`, each with its text (nil when the group
    /// took no part), or nil when nothing matches.
    public func namedCaptures(_ text: String) -> [(name: String, text: String?)]? {
        guard let program else { return icuCaptures(text) }
        // Where the own matcher cannot give ICU's groups it still tells quickly that nothing
        // matches, which is where ICU's backtracking can take exponential time.
        guard program.capturesLikeICU else { return matches(text) ? icuCaptures(text) : nil }
        switch UTF8Text.withBytes(of: text, { RegexMatcher(program: program).firstMatch(in: $0, captures: true) }) {
        case .found(let slots):
            return program.namedGroups.map { group in
                let (start, end) = (slots[2 * group.group], slots[2 * group.group + 1])
                guard start >= 0, end >= 0 else { return (group.name, nil) }
                let utf8 = text.utf8
                return (group.name, String(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
            }
        case .notFound: return nil
        case .undecided: return icuCaptures(text)
        }
    }

    private func icuCaptures(_ text: String) -> [(name: String, text: String?)]? {
        guard let match = icu.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) else { return nil }
        return groupNames.map { name in
            let range = match.range(withName: name)
            guard range.location != NSNotFound else { return (name, nil) }
            // By scalars: a group may end inside a grapheme (`e` of `e` + U+0301).
            let utf16 = text.utf16
            let lower = utf16.index(utf16.startIndex, offsetBy: range.location)
            return (name, String(text.unicodeScalars[lower..<utf16.index(lower, offsetBy: range.length)]))
        }
    }

    /// The names of `(?<name>…)` groups, skipping escapes, classes and look-behinds.
    private static func namedGroups(in pattern: String) -> [String] {
        let chars = Array(pattern.unicodeScalars)
        var names: [String] = []
        var i = 0
        var inClass = false
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if inClass { if c == "]" { inClass = false }; i += 1; continue }
            if c == "[" { inClass = true; i += 1; continue }
            if c == "(", i + 3 < chars.count, chars[i + 1] == "?", chars[i + 2] == "<", chars[i + 3] != "=", chars[i + 3] != "!" {
                var j = i + 3
                var name = ""
                while j < chars.count, chars[j] != ">" { name.unicodeScalars.append(chars[j]); j += 1 }
                if !names.contains(name) { names.append(name) }
                i = j
                continue
            }
            i += 1
        }
        return names
    }
}
