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
        if let members = membersOfNamedCollection(root) { return members }
        var evaluator = NodeListEvaluator(root: root, tracksPaths: true)
        let nodes = evaluator.evaluate(segments, from: root)
        return nodes.map { JSONPathMatch(node: $0.value, path: evaluator.path(of: $0)) }
    }
}

/// The collection a query of names ending in one wildcard selects the members of.
enum NamedCollection {
    /// A list, and its path.
    case list([Value], path: [NormalizedPath.Element])
    /// A map, and its path.
    case map(ValueMap, path: [NormalizedPath.Element])
    /// The names lead to no collection: nothing is selected.
    case nothing
}

extension JSONPathQuery {
    /// The matches of a query of names ending in one wildcard (`$[*]`, `$.procedures[*]`, the
    /// usual `for-each`), selected without the general evaluator's bookkeeping; `nil` for any
    /// other query.
    private func membersOfNamedCollection(_ root: Value) -> [JSONPathMatch]? {
        switch namedCollection(root) {
        case nil: return nil
        case .list(let elements, let prefix)?:
            return elements.indices.map { JSONPathMatch(node: elements[$0], path: NormalizedPath(parent: prefix, last: .index($0))) }
        case .map(let map, let prefix)?:
            return map.entries.map { JSONPathMatch(node: $0.value, path: NormalizedPath(parent: prefix, last: .name($0.key))) }
        case .nothing?:
            return []
        }
    }

    /// The collection whose members a query of names ending in one wildcard selects; `nil` for
    /// any other query.
    func namedCollection(_ root: Value) -> NamedCollection? {
        guard let last = segments.last, !last.isDescendant, last.selectors.count == 1,
              case .wildcard = last.selectors[0] else { return nil }
        var node = root
        var prefix: [NormalizedPath.Element] = []
        for segment in segments.dropLast() {
            guard !segment.isDescendant, segment.selectors.count == 1, case .name(let name) = segment.selectors[0] else {
                return nil
            }
            guard let map = node.map, let position = map.exactPosition(of: name) else { return .nothing }
            prefix.append(.name(name))
            node = map.value(at: position)
        }
        switch node.kind {
        case .list(let elements): return .list(elements, path: prefix)
        case .map(let map): return .map(map, path: prefix)
        default: return .nothing
        }
    }
}

extension JSONPathQuery: CustomStringConvertible {
    /// The query as written.
    public var description: String { text }
}
