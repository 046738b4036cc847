/// Builds one YAML document's `Value` tree from parse events, without recursion: anchors and
/// aliases (within an expansion budget), merge keys, duplicate keys, and the nesting limit.
struct YAMLTreeBuilder {
    /// Whether the entry of a map being built is waiting for its key, has it, or skips its value.
    private enum KeyState {
        case awaitingKey
        case key(String, SourceLocation)
        case merge
        case ignoredKey
    }

    /// A list or map still open on the stack.
    private struct Frame {
        var isMap: Bool
        var start: TextPoint
        var anchor: String?
        /// This node plus every node below it, counting each alias as the nodes it copies.
        var nodes = 1
        var elements: [Value] = []
        var map = ValueMap()
        var key = KeyState.awaitingKey
        var mergeSources: [ValueMap] = []
    }

    /// A node an anchor names, and its size for the expansion budget.
    private struct Anchored {
        var value: Value
        var nodes: Int
        /// The node is a list or map whose end has not been reached yet.
        var isOpen: Bool
    }

    private let file: FileID
    private let options: LoadOptions
    private let resolver: YAMLScalarResolver
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var expandedNodes = 0
    /// The size of the last list or map closed at each depth: records of a file tend to have
    /// siblings of one shape, so reserving that much (up to 64) lets most collections grow once.
    private var sizeHints: [Int] = []
    private var root: Value?
    /// Problems that do not stop loading (duplicate keys, bad merges, tag mismatches).
    private(set) var problems: [LoadProblem] = []

    /// A builder for documents of `file`, typed and limited by `options`.
    init(file: FileID, options: LoadOptions) {
        self.file = file
        self.options = options
        self.resolver = YAMLScalarResolver(dateFormats: options.dateFormats)
    }

    /// Starts a document: anchors do not reach across documents.
    mutating func beginDocument() {
        stack.removeAll(keepingCapacity: true)
        anchors.removeAll()
        expandedNodes = 0
        root = nil
    }

    /// The finished document's root.
    mutating func endDocument() -> Value {
        defer { root = nil }
        return root ?? Value(.null)
    }

    /// Adds a scalar node, or the key of the map being built.
    mutating func scalar(_ event: YAMLEvent) {
        let location = self.location(event.start, event.end)
        let top = stack.count - 1
        if top >= 0, stack[top].isMap, case .awaitingKey = stack[top].key {
            let bytes = event.scalar
            let isMerge = event.style == .plain && bytes.count == 2 && bytes[0] == 0x3C && bytes[1] == 0x3C
            let key = NormalizedString.make(bytes)
            stack[top].key = isMerge ? .merge : .key(key, location)
            stack[top].nodes += 1
            if let anchor = event.anchor { anchors[anchor] = Anchored(value: Value(.string(key), at: location), nodes: 1, isOpen: false) }
            return
        }
        let value: Value
        if event.tagText == nil {
            value = event.style == .plain
                ? resolver.resolvePlain(event.scalar, at: location) : resolver.resolveText(event.scalar, at: location)
        } else {
            value = tagged(event, at: location)
        }
        if let anchor = event.anchor { anchors[anchor] = Anchored(value: value, nodes: 1, isOpen: false) }
        add(value, nodes: 1)
    }

    /// A scalar with an explicit tag; one whose text does not fit its tag is reported and kept as text.
    private mutating func tagged(_ event: YAMLEvent, at location: SourceLocation) -> Value {
        switch resolver.resolve(event.scalar, style: event.style, tag: event.tag, at: location) {
        case .success(let resolved):
            return resolved
        case .failure(let mismatch):
            problems.append(LoadProblem(.parseError, DataModelMessages.invalidTagged(mismatch.text, tag: mismatch.tag), at: location))
            return Value(.string(mismatch.text), at: location)
        }
    }

    /// Adds a copy of the node an alias names, charging its size to the expansion budget.
    mutating func alias(_ event: YAMLEvent) throws(LoadProblem) {
        let location = self.location(event.start, event.end)
        let name = event.anchor ?? ""
        guard let anchored = anchors[name], !anchored.isOpen else {
            let message = anchors[name] == nil ? DataModelMessages.unknownAlias(name) : DataModelMessages.recursiveAlias(name)
            problems.append(LoadProblem(.parseError, message, at: location))
            add(Value(.null, at: location), nodes: 1)
            return
        }
        expandedNodes += anchored.nodes
        if expandedNodes > options.aliasExpansionBudget {
            throw LoadProblem(.parseError, DataModelMessages.aliasBudget(options.aliasExpansionBudget), at: location)
        }
        add(anchored.value, nodes: anchored.nodes)
    }

    /// Opens a list or map; fails once nesting passes `maxDepth`.
    mutating func beginCollection(_ event: YAMLEvent, isMap: Bool) throws(LoadProblem) {
        guard stack.count < options.maxDepth else {
            throw LoadProblem(.parseError, DataModelMessages.tooDeep(options.maxDepth), at: location(event.start, event.end))
        }
        if let anchor = event.anchor { anchors[anchor] = Anchored(value: Value(.null), nodes: 0, isOpen: true) }
        var frame = Frame(isMap: isMap, start: event.start, anchor: event.anchor)
        if stack.count < sizeHints.count {
            if isMap { frame.map.reserveCapacity(sizeHints[stack.count]) } else { frame.elements.reserveCapacity(sizeHints[stack.count]) }
        }
        stack.append(frame)
    }

    /// Closes the innermost list or map and adds it to its parent.
    mutating func endCollection(_ event: YAMLEvent) {
        guard var frame = stack.popLast() else { return }
        let location = self.location(frame.start, event.end)
        if sizeHints.count <= stack.count { sizeHints.append(contentsOf: repeatElement(0, count: stack.count + 1 - sizeHints.count)) }
        sizeHints[stack.count] = min(64, frame.isMap ? frame.map.count : frame.elements.count)
        let value: Value
        if frame.isMap {
            // Merged members come after the map's own; an explicit key always wins, and an
            // earlier merge source wins over a later one.
            for source in frame.mergeSources {
                for entry in source.entries { frame.map.insert(entry) }
            }
            value = Value(.map(frame.map), at: location)
        } else {
            value = Value(.list(frame.elements), at: location)
        }
        if let anchor = frame.anchor { anchors[anchor] = Anchored(value: value, nodes: frame.nodes, isOpen: false) }
        add(value, nodes: frame.nodes)
    }

    private mutating func add(_ value: consuming Value, nodes: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = value
            return
        }
        stack[top].nodes += nodes
        guard stack[top].isMap else {
            stack[top].elements.append(value)
            return
        }
        switch stack[top].key {
        case .awaitingKey:
            // An alias or a collection in key position; scalars are keyed in `scalar(_:)`.
            switch value.kind {
            case .list, .map:
                problems.append(LoadProblem(.parseError, DataModelMessages.complexKey(value.typeName), at: value.location))
                stack[top].key = .ignoredKey
            default:
                stack[top].key = .key(value.text, value.location)
            }
            return
        case .key(let key, let keyLocation):
            if let first = stack[top].map.insert(ValueMap.Entry(key: key, keyLocation: keyLocation, value: value)) {
                let firstLocation = stack[top].map.entries[first].keyLocation
                let message = DataModelMessages.duplicateKey(key, firstLine: firstLocation.line, firstColumn: firstLocation.column)
                problems.append(LoadProblem(.duplicateKey, message, at: keyLocation))
            }
        case .merge:
            addMergeSource(value)
        case .ignoredKey:
            break
        }
        stack[top].key = .awaitingKey
    }

    private mutating func addMergeSource(_ value: Value) {
        let top = stack.count - 1
        switch value.kind {
        case .map(let map):
            stack[top].mergeSources.append(map)
        case .list(let elements) where elements.allSatisfy({ $0.map != nil }):
            stack[top].mergeSources.append(contentsOf: elements.compactMap(\.map))
        default:
            problems.append(LoadProblem(.parseError, DataModelMessages.mergeNeedsMaps, at: value.location))
        }
    }

    private func location(_ start: TextPoint, _ end: TextPoint) -> SourceLocation {
        SourceLocation(file: file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }
}
