import DataModel

/// A dotted path from an item to one of its fields (`publication.decided_on`); a step that meets
/// a list projects over its elements, so `disclosures.channel` is every disclosure's channel.
struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    let steps: [String]

    /// The path written as `text`; `nil` when a step is empty.
    init?(_ text: String) {
        let steps = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !steps.contains(where: \.isEmpty) else { return nil }
        self.steps = steps
    }

    var description: String { steps.joined(separator: ".") }

    /// What a path reads from an item.
    enum Resolved {
        /// The field is absent; the location is the deepest node that was present.
        case missing(SourceLocation)
        /// One value (possibly null).
        case single(Value)
        /// The path crossed a list: each element's value, and where the list was.
        case projected([Value], SourceLocation)
    }

    /// Reads the path from `item`.
    func resolve(in item: Value) -> Resolved {
        // The common case — maps all the way down — needs no intermediate arrays.
        var node = item
        for step in steps {
            if case .list = node.kind { return resolveProjecting(in: item) }
            guard let member = node[step] else { return .missing(node.location) }
            node = member
        }
        return .single(node)
    }

    /// Reads a path that crosses lists, projecting over their elements.
    private func resolveProjecting(in item: Value) -> Resolved {
        var current = [item]
        var projected = false
        var listLocation = item.location
        for step in steps {
            var next: [Value] = []
            for node in current {
                if let list = node.list {
                    projected = true
                    listLocation = node.location
                    next += list.compactMap { $0[step] }
                } else if let member = node[step] {
                    next.append(member)
                }
            }
            if next.isEmpty && !projected { return .missing(current.first?.location ?? item.location) }
            current = next
        }
        if projected {
            return .projected(current.flatMap { $0.list ?? [$0] }, listLocation)
        }
        return .single(current[0])
    }
}
