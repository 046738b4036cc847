/// Expands the `{a,b}` alternatives of a glob into brace-free patterns, keeping `\x` escapes.
enum GlobBraces {
    /// Every alternative of `pattern`, in order; throws for unbalanced braces, a trailing
    /// backslash, or more than `Glob.alternativeLimit` alternatives.
    static func expand(_ pattern: String) throws(GlobError) -> [[Character]] {
        let characters = Array(pattern)
        var results: [[Character]] = []
        try expand(characters, into: &results, pattern: pattern)
        return results
    }

    private static func expand(_ text: [Character], into results: inout [[Character]], pattern: String) throws(GlobError) {
        guard let open = try firstOpenBrace(text, pattern: pattern) else {
            guard results.count < Glob.alternativeLimit else {
                throw GlobError(pattern: pattern, message: DataModelMessages.globTooManyAlternatives(pattern, limit: Glob.alternativeLimit))
            }
            results.append(text)
            return
        }
        var depth = 0
        var options: [[Character]] = []
        var current: [Character] = []
        var i = open + 1
        while i < text.count {
            let c = text[i]
            if c == "\\", i + 1 < text.count {
                current.append(contentsOf: [c, text[i + 1]])
                i += 2
                continue
            }
            if c == "{" { depth += 1 }
            if c == "}" {
                if depth == 0 {
                    options.append(current)
                    let prefix = Array(text[..<open]), suffix = Array(text[(i + 1)...])
                    for option in options { try expand(prefix + option + suffix, into: &results, pattern: pattern) }
                    return
                }
                depth -= 1
            }
            if c == ",", depth == 0 {
                options.append(current)
                current = []
            } else {
                current.append(c)
            }
            i += 1
        }
        throw GlobError(pattern: pattern, message: DataModelMessages.globUnclosedBrace(pattern))
    }

    /// The index of the first unescaped `{`; throws for a `}` before it or a trailing backslash.
    private static func firstOpenBrace(_ text: [Character], pattern: String) throws(GlobError) -> Int? {
        var i = 0
        while i < text.count {
            switch text[i] {
            case "\\":
                guard i + 1 < text.count else {
                    throw GlobError(pattern: pattern, message: DataModelMessages.globTrailingEscape(pattern))
                }
                i += 2
                continue
            case "{": return i
            case "}": throw GlobError(pattern: pattern, message: DataModelMessages.globUnopenedBrace(pattern))
            default: i += 1
            }
        }
        return nil
    }
}
