import DataModel

/// One node a query selected: the node itself (with its source location) and its normalized path.
public struct JSONPathMatch: Sendable {
    /// The selected node; its `location` is where it was written.
    public var node: Value
    /// The node's RFC 9535 normalized path within the queried document.
    public var path: NormalizedPath

    /// A match of `node` at `path`.
    public init(node: Value, path: NormalizedPath) {
        self.node = node
        self.path = path
    }

    /// Where the selected node was written.
    public var location: SourceLocation { node.location }
}
