import DataModel

/// An RFC 9535 JSONPath query, parsed and type-checked once, then evaluated over any number
/// of documents.
///
/// ```swift
/// let query = try JSONPathQuery("$.dossiers[?@.channel == 'online']")
/// for match in query.evaluate(document.root) { print(match.path, match.location) }
/// ```
public struct JSONPathQuery: Sendable {
    /// The query as written.
    public let text: String
    /// Likely mistakes in the query, such as a literal `match()` or `search()` pattern that is not
    /// valid I-Regexp (the function is then always false, as RFC 9535 says).
    public let warnings: [JSONPathWarning]
    /// Whether the query names at most one node, by names and indices only (`$.report.procedures`,
    /// RFC 9535's singular query), rather than selecting the members of a collection.
    public let isSingular: Bool
    private let segments: [Segment]

    /// Parses `text`; throws when it is not a well-formed, well-typed RFC 9535 query.
    public init(_ text: String) throws(JSONPathError) {
        var parser = QueryParser(text)
        segments = try parser.parseQuery()
        warnings = parser.warnings
        isSingular = segments.allSatisfy { segment in
            guard !segment.isDescendant, segment.selectors.count == 1 else { return false }
            switch segment.selectors[0] {
            case .name, .index: return true
            case .wildcard, .slice, .filter: return false
            }
        }
        self.text = text
    }

    /// The nodes the query selects from `root`, in RFC 9535 order, each with its normalized path.
    public func evaluate(_ root: Value) -> [JSONPathMatch] {
        var evaluator = NodeListEvaluator(root: root, tracksPaths: true)
        let nodes = evaluator.evaluate(segments, from: root)
        return nodes.map { JSONPathMatch(node: $0.value, path: evaluator.path(of: $0)) }
    }
}

extension JSONPathQuery: CustomStringConvertible {
    /// The query as written.
    public var description: String { text }
}
