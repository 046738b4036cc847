import Foundation

/// A path pattern, as rule-set `files` and config `include`/`exclude` write them.
///
/// `*` matches any run of characters within one path segment, `**` as a whole segment matches
/// any number of segments (none included), `?` matches one character, `{a,b}` matches either
/// alternative (nesting allowed), and `\` makes the next character literal. A pattern without
/// `/` matches the file name at any depth (`*.csv` is `**/*.csv`); a pattern ending in `/`
/// matches everything under that folder. Patterns match paths relative to a root (see
/// `relativePath(_:to:)`); a leading `./` or `/` is ignored on both sides.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// One segment list per brace alternative.
    private let alternatives: [[Segment]]

    private enum Segment: Hashable, Sendable {
        case anyDepth
        case name([Piece])
    }

    private enum Piece: Hashable, Sendable {
        case literal(Character)
        case anyRun
        case anyOne
    }

    /// The most alternatives one pattern may expand to, so a pattern cannot ask for exponential work.
    static let alternativeLimit = 1024

    /// Compiles `pattern`; throws for an unbalanced brace, a trailing backslash or an empty pattern.
    public init(_ pattern: String) throws(GlobError) {
        guard !pattern.isEmpty else { throw GlobError(pattern: pattern, message: DataModelMessages.globEmpty) }
        self.pattern = pattern
        alternatives = try GlobBraces.expand(pattern).map(Self.segments)
    }

    public var description: String { pattern }

    /// Whether `path` (relative to the root the pattern is written against) matches.
    public func matches(_ path: String) -> Bool {
        let segments = path.split(separator: "/").filter { $0 != "." }
        return alternatives.contains { Self.match($0, segments) }
    }

    /// `path` relative to `root` when it lies under it (both made absolute from the current folder
    /// and standardized), else `path` standardized.
    public static func relativePath(_ path: String, to root: String) -> String {
        let absolutePath = URL(fileURLWithPath: path).standardizedFileURL.path
        var absoluteRoot = URL(fileURLWithPath: root).standardizedFileURL.path
        if !absoluteRoot.hasSuffix("/") { absoluteRoot += "/" }
        return absolutePath.hasPrefix(absoluteRoot) ? String(absolutePath.dropFirst(absoluteRoot.count)) : absolutePath
    }

    /// The segments of one brace-free alternative (escapes kept as `\x`).
    private static func segments(_ alternative: [Character]) -> [Segment] {
        var text = alternative
        if text.starts(with: ["." , "/"]) { text.removeFirst(2) }
        if text.last == "/" { text.append(contentsOf: ["*", "*"]) }
        var segments: [Segment] = []
        if !containsSeparator(text) { segments.append(.anyDepth) }
        var pieces: [Piece] = []
        var i = 0
        func endSegment() {
            if pieces == [.anyRun, .anyRun] {
                segments.append(.anyDepth)
            } else if !pieces.isEmpty {
                // `**` inside a longer segment is just `*`.
                var merged: [Piece] = []
                for piece in pieces where !(piece == .anyRun && merged.last == .anyRun) { merged.append(piece) }
                segments.append(.name(merged))
            }
            pieces = []
        }
        while i < text.count {
            switch text[i] {
            case "\\":
                i += 1
                pieces.append(.literal(text[i]))
            case "/": endSegment()
            case "*": pieces.append(.anyRun)
            case "?": pieces.append(.anyOne)
            default: pieces.append(.literal(text[i]))
            }
            i += 1
        }
        endSegment()
        return segments
    }

    private static func containsSeparator(_ text: [Character]) -> Bool {
        var i = 0
        while i < text.count {
            if text[i] == "\\" { i += 2; continue }
            if text[i] == "/" { return true }
            i += 1
        }
        return false
    }

    /// Wildcard matching over segments, `**` standing for any run of them.
    private static func match(_ pattern: [Segment], _ path: [Substring]) -> Bool {
        wildcardMatch(
            patternCount: pattern.count, subjectCount: path.count,
            isStar: { pattern[$0] == .anyDepth },
            matches: { p, s in
                if case .name(let pieces) = pattern[p] { return matchName(pieces, Array(path[s])) }
                return false
            }
        )
    }

    /// The same scan within one segment, `*` standing for any run of characters.
    private static func matchName(_ pieces: [Piece], _ name: [Character]) -> Bool {
        wildcardMatch(
            patternCount: pieces.count, subjectCount: name.count,
            isStar: { pieces[$0] == .anyRun },
            matches: { p, s in pieces[p] == .anyOne || pieces[p] == .literal(name[s]) }
        )
    }

    /// The classic backtrack-to-last-star scan shared by both levels: linear in practice and never
    /// exponential. `isStar(p)` says whether pattern element `p` matches any run of subject
    /// elements; `matches(p, s)` whether element `p` matches subject element `s` alone.
    private static func wildcardMatch(
        patternCount: Int, subjectCount: Int, isStar: (Int) -> Bool, matches: (Int, Int) -> Bool
    ) -> Bool {
        var p = 0, s = 0
        var star: (pattern: Int, subject: Int)?
        while s < subjectCount {
            if p < patternCount, isStar(p) {
                star = (p, s)
                p += 1
            } else if p < patternCount, matches(p, s) {
                p += 1
                s += 1
            } else if let last = star {
                star = (last.pattern, last.subject + 1)
                p = last.pattern + 1
                s = last.subject + 1
            } else {
                return false
            }
        }
        while p < patternCount, isStar(p) { p += 1 }
        return p == patternCount
    }
}

/// A glob pattern that cannot be compiled.
public struct GlobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public var pattern: String
    /// What is wrong with it.
    public var message: String

    public var description: String { message }
}
