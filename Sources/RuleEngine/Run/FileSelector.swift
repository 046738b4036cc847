/// A set of `files` globs, matched against paths relative to the config root: `*` within a
/// segment, `**` any depth, `?` one character, `{a,b}` alternatives; a pattern without `/`
/// matches the file name at any depth.
struct FileSelector: Sendable {
    private let patterns: [[Character]]

    init(_ patterns: [String]) {
        self.patterns = patterns.flatMap(Self.expandBraces).map { pattern in
            var p = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
            if !p.contains("/") { p = "**/" + p }
            return Array(p)
        }
    }

    func matches(_ relativePath: String) -> Bool {
        let path = Array(relativePath.hasPrefix("./") ? String(relativePath.dropFirst(2)) : relativePath)
        return patterns.contains { Self.match($0[...], path[...]) }
    }

    private static func expandBraces(_ pattern: String) -> [String] {
        guard let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") else { return [pattern] }
        let head = pattern[..<open], tail = pattern[pattern.index(after: close)...]
        return pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { expandBraces(String(head) + $0 + tail) }
    }

    private static func match(_ p: ArraySlice<Character>, _ s: ArraySlice<Character>) -> Bool {
        guard let first = p.first else { return s.isEmpty }
        if first == "*", p.dropFirst().first == "*" {
            var rest = p.dropFirst(2)
            if rest.first == "/" { rest = rest.dropFirst() }
            // `**/` matches zero or more whole segments.
            var tail = s
            while true {
                if match(rest, tail) { return true }
                guard let slash = tail.firstIndex(of: "/") else { return rest.isEmpty }
                tail = tail[(slash + 1)...]
            }
        }
        if first == "*" {
            var tail = s
            while true {
                if match(p.dropFirst(), tail) { return true }
                guard let c = tail.first, c != "/" else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let c = s.first, c != "/" || first == "/" else { return false }
        return (first == "?" || first == c) && match(p.dropFirst(), s.dropFirst())
    }
}
