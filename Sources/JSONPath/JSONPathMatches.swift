import DataModel

/// The nodes a query selected, in order, each with its normalized path: matches of their own, or
/// the elements of one list that a final wildcard selected whole (`$[*]`, `$.procedures[*]`),
/// which are read from the list itself instead of being copied out of it. A register of a
/// hundred thousand rows is thus selected without copying a row.
public struct JSONPathMatches: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case matches([JSONPathMatch])
        /// A list's elements, and the path of the list.
        case elements([Value], listPath: [NormalizedPath.Element])
    }

    private let storage: Storage

    /// The matches `matches`, in order.
    public init(_ matches: [JSONPathMatch]) { storage = .matches(matches) }

    /// The elements of the list at `listPath`.
    init(elements: [Value], listPath: [NormalizedPath.Element]) { storage = .elements(elements, listPath: listPath) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .matches(let matches): matches.count
        case .elements(let elements, _): elements.count
        }
    }

    public subscript(position: Int) -> JSONPathMatch {
        switch storage {
        case .matches(let matches): matches[position]
        case .elements(let elements, _): JSONPathMatch(node: elements[position], path: path(at: position))
        }
    }

    /// The normalized path of the match at `position`.
    public func path(at position: Int) -> NormalizedPath {
        switch storage {
        case .matches(let matches): matches[position].path
        case .elements(_, let listPath): NormalizedPath(parent: listPath, last: .index(position))
        }
    }

    /// Calls `body` with where the first match's node lies and the distance in bytes from one
    /// match's node to the next. The nodes stay where they are while this collection lives,
    /// since it never changes: a caller keeping the collection may keep the address.
    public func withNodeLayout<Result>(_ body: (_ first: UnsafeRawPointer?, _ stride: Int) -> Result) -> Result {
        switch storage {
        case .matches(let matches):
            let nodeOffset = MemoryLayout<JSONPathMatch>.offset(of: \JSONPathMatch.node)!
            return matches.withUnsafeBufferPointer { body($0.baseAddress.map { UnsafeRawPointer($0) + nodeOffset }, MemoryLayout<JSONPathMatch>.stride) }
        case .elements(let elements, _):
            return elements.withUnsafeBufferPointer { body($0.baseAddress.map(UnsafeRawPointer.init), MemoryLayout<Value>.stride) }
        }
    }
}

extension JSONPathQuery {
    /// The nodes the query selects from `root`, as `evaluate(_:)` gives them, without copying
    /// them when the query selects a whole list's elements.
    public func select(_ root: Value) -> JSONPathMatches {
        if case .list(let elements, let listPath)? = namedCollection(root) {
            return JSONPathMatches(elements: elements, listPath: listPath)
        }
        return JSONPathMatches(evaluate(root))
    }
}
