import DataModel

/// A dotted path from an item to one of its fields (`publication.decided_on`); a step that meets
/// a list projects over its elements, so `disclosures.channel` is every disclosure's channel.
struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    /// The steps as lookups that remember where their member was, since the items of a rule
    /// usually share their key order.
    private let members: [MemberName]
    let description: String

    /// The path written as `text`; `nil` when a step is empty.
    init?(_ text: String) {
        let steps = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !steps.contains(where: \.isEmpty) else { return nil }
        members = steps.map(MemberName.init)
        description = steps.joined(separator: ".")
    }

    static func == (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.description == rhs.description }
    func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// What a path reads from an item.
    enum Resolved {
        /// The field is absent; the location is the deepest node that was present.
        case missing(SourceLocation)
        /// One value (possibly null).
        case single(Value)
        /// The path crossed a list: each element's value, and where the list was.
        case projected([Value], SourceLocation)
    }

    /// The member of a one-step path, unretained (the path keeps it alive), so that reading
    /// through it counts no reference; `nil` for a longer path.
    var singleMember: Unmanaged<MemberName>? { members.count == 1 ? .passUnretained(members[0]) : nil }

    /// Calls `body` with each value the path reads from `item`, in place, a list's elements in
    /// its stead: the values `resolve(in:)` gives, one level of lists flattened, nulls included.
    func forEachValue(in item: UnsafePointer<Value>, _ body: (UnsafePointer<Value>) -> Void) {
        visit(item, step: 0, body)
    }

    private func visit(_ node: UnsafePointer<Value>, step: Int, _ body: (UnsafePointer<Value>) -> Void) {
        guard step < members.count else {
            guard case .list(let elements) = node.pointee.kind else { return body(node) }
            return elements.withUnsafeBufferPointer { for i in $0.indices { body($0.baseAddress! + i) } }
        }
        if let map = Value.mapPointer(at: node) {
            members[step].withValue(inMapAt: map) { if let value = $0 { visit(value, step: step + 1, body) } }
        } else if case .list(let elements) = node.pointee.kind {
            // As `resolve(in:)` projects: over the elements that are maps, not nested lists.
            elements.withUnsafeBufferPointer { elements in
                for element in elements.indices {
                    guard let map = Value.mapPointer(at: elements.baseAddress! + element) else { continue }
                    members[step].withValue(inMapAt: map) { if let value = $0 { visit(value, step: step + 1, body) } }
                }
            }
        }
    }

    /// Reads the path from `item`.
    func resolve(in item: Value) -> Resolved {
        // The common case — maps all the way down — needs no intermediate arrays.
        var node = item
        for member in members {
            guard case .map(let map) = node.kind else {
                if case .list = node.kind { return resolveProjecting(in: item) }
                return .missing(node.location)
            }
            guard let value = member.value(in: map) else { return .missing(node.location) }
            node = value
        }
        return .single(node)
    }

    /// Reads a path that crosses lists, projecting over their elements.
    private func resolveProjecting(in item: Value) -> Resolved {
        var current = [item]
        var projected = false
        var listLocation = item.location
        for member in members {
            var next: [Value] = []
            for node in current {
                if let list = node.list {
                    projected = true
                    listLocation = node.location
                    next += list.compactMap { $0.map.flatMap(member.value(in:)) }
                } else if let value = node.map.flatMap(member.value(in:)) {
                    next.append(value)
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
