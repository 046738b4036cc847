import DataModel

/// Applies segments to a nodelist, appending each segment's results to one buffer, and records
/// how each node was reached so its normalized path can be built only for the final matches.
struct NodeListEvaluator {
    /// A node of a nodelist and the link that leads to it (`-1` for the start node).
    struct Node {
        var value: Value
        var link: Int
    }

    /// One step from a parent node to a child.
    private struct Link {
        var parent: Int
        var element: NormalizedPath.Element
    }

    /// The document root, which `$` in filters refers to.
    let root: Value
    /// Whether to record links; filter queries need only the nodes.
    let tracksPaths: Bool
    private var links: [Link] = []

    init(root: Value, tracksPaths: Bool) {
        self.root = root
        self.tracksPaths = tracksPaths
    }

    /// The nodelist `segments` select from `start`.
    mutating func evaluate(_ segments: [Segment], from start: Value) -> [Node] {
        var current = [Node(value: start, link: -1)]
        var next: [Node] = []
        for segment in segments {
            next.removeAll(keepingCapacity: true)
            for node in current {
                if segment.isDescendant {
                    applyToDescendants(segment.selectors, of: node, into: &next)
                } else {
                    for selector in segment.selectors { apply(selector, to: node, into: &next) }
                }
            }
            swap(&current, &next)
            if current.isEmpty { break }
        }
        return current
    }

    /// The normalized path of a node this evaluator produced.
    func path(of node: Node) -> NormalizedPath {
        var depth = 0
        var link = node.link
        while link >= 0 {
            depth += 1
            link = links[link].parent
        }
        // Filled from the end, so the path costs one allocation.
        let elements = [NormalizedPath.Element](unsafeUninitializedCapacity: depth) { buffer, count in
            var link = node.link
            for position in stride(from: depth - 1, through: 0, by: -1) {
                (buffer.baseAddress! + position).initialize(to: links[link].element)
                link = links[link].parent
            }
            count = depth
        }
        return NormalizedPath(elements)
    }

    /// Visits the node and its descendants in document order (a node before its children,
    /// array elements in order) with an explicit stack, so depth cannot exhaust the call stack.
    /// Scalars are not pushed: no selector selects anything from a scalar.
    private mutating func applyToDescendants(_ selectors: [Selector], of node: Node, into output: inout [Node]) {
        var stack = [node]
        while let visited = stack.popLast() {
            for selector in selectors { apply(selector, to: visited, into: &output) }
            switch visited.value.kind {
            case .list(let elements):
                for index in elements.indices.reversed() where elements[index].isContainer {
                    stack.append(child(of: visited, .index(index), elements[index]))
                }
            case .map(let map):
                let entries = map.entries
                for index in entries.indices.reversed() where entries[index].value.isContainer {
                    stack.append(child(of: visited, .name(entries[index].key), entries[index].value))
                }
            default:
                break
            }
        }
    }

    private mutating func apply(_ selector: Selector, to node: Node, into output: inout [Node]) {
        switch node.value.kind {
        case .map(let map): apply(selector, toMap: map, of: node, into: &output)
        case .list(let elements): apply(selector, toList: elements, of: node, into: &output)
        default: break
        }
    }

    private mutating func apply(_ selector: Selector, toMap map: ValueMap, of node: Node, into output: inout [Node]) {
        let entries = map.entries
        switch selector {
        case .name(let name):
            if let position = map.exactPosition(of: name) {
                output.append(child(of: node, .name(name), entries[position].value))
            }
        case .wildcard:
            for index in entries.indices { output.append(child(of: node, .name(entries[index].key), entries[index].value)) }
        case .filter(let expression):
            for index in entries.indices where test(expression, on: entries[index].value) {
                output.append(child(of: node, .name(entries[index].key), entries[index].value))
            }
        case .index, .slice:
            break
        }
    }

    private mutating func apply(_ selector: Selector, toList elements: [Value], of node: Node, into output: inout [Node]) {
        switch selector {
        case .index(let index):
            let resolved = index >= 0 ? index : elements.count + index
            if elements.indices.contains(resolved) {
                output.append(child(of: node, .index(resolved), elements[resolved]))
            }
        case .slice(let slice):
            slice.forEachIndex(count: elements.count) { index in
                output.append(child(of: node, .index(index), elements[index]))
            }
        case .wildcard:
            for index in elements.indices { output.append(child(of: node, .index(index), elements[index])) }
        case .filter(let expression):
            for index in elements.indices where test(expression, on: elements[index]) {
                output.append(child(of: node, .index(index), elements[index]))
            }
        case .name:
            break
        }
    }

    private func test(_ expression: LogicalExpression, on current: Value) -> Bool {
        FilterEvaluator(root: root, current: current).test(expression)
    }

    private mutating func child(of parent: Node, _ element: NormalizedPath.Element, _ value: Value) -> Node {
        guard tracksPaths else { return Node(value: value, link: -1) }
        links.append(Link(parent: parent.link, element: element))
        return Node(value: value, link: links.count - 1)
    }
}

extension Value {
    /// Whether the node is a list or a map.
    var isContainer: Bool {
        switch kind {
        case .list, .map: return true
        default: return false
        }
    }
}
