import Foundation
import Synchronization

/// A compiled ICU regular expression with the names of its named groups, in pattern order.
struct CompiledRegex: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    let regex: NSRegularExpression
    let groupNames: [String]

    init(_ pattern: String) throws(EvalError) {
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            throw EvalError(Msg.invalidRegex(pattern))
        }
        groupNames = CompiledRegex.namedGroups(in: pattern)
    }

    /// Whether the pattern matches anywhere in `s` (unanchored unless it says `^`/`$`).
    func matches(_ s: String) -> Bool {
        regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// The named groups of the first match, each a string (or null when it did not take part),
    /// or null when nothing matches.
    func capture(_ s: String) -> ExprValue {
        guard let match = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return .null }
        var map = ExprMap()
        for name in groupNames {
            let range = match.range(withName: name)
            if range.location != NSNotFound, let r = Range(range, in: s) {
                map.insert(.string(name), .string(String(s[r])))
            } else {
                map.insert(.string(name), .null)
            }
        }
        return .map(map)
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

/// Patterns that were not literals in the expression, compiled once each and kept.
final class RegexCache: Sendable {
    static let shared = RegexCache()
    private let cache = Mutex([String: CompiledRegex]())
    private static let limit = 1000

    func regex(_ pattern: String) throws(EvalError) -> CompiledRegex {
        if let hit = cache.withLock({ $0[pattern] }) { return hit }
        let compiled = try CompiledRegex(pattern)
        cache.withLock { cache in
            if cache.count >= RegexCache.limit { cache.removeAll() }
            cache[pattern] = compiled
        }
        return compiled
    }
}
