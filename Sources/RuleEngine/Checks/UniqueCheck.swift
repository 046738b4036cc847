import DataModel
import Expressions

/// `unique: expression` (or `{value: expression, scope: document | run}`): no two items share
/// the value; the second and later are violations naming the first one's place as `{first}`.
struct UniqueCheck: Check {
    let value: RuleExpression
    let runScope: Bool
    var judgesItemsAlone: Bool { false }

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        var scopeValue: Value?
        var expression = spec
        if spec.map != nil {
            let map = compiler.strictMap(spec, key: "unique", allowed: ["value", "scope"])
            guard let v = map["value"] else {
                compiler.error(RuleSetMessages.missingKey("value", in: "'unique'"), at: spec.location)
                return nil
            }
            expression = v
            scopeValue = map["scope"]
        }
        guard let compiled = compiler.expression(expression, key: "unique"),
              let scope = CollectionScope.read(scopeValue, compiler) else { return nil }
        value = compiled
        runScope = scope == .run
    }

    var defaultMessage: String { "duplicate {value}; first seen at {first}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        var seen = SeenValues(capacity: items.count)
        /// The violation of `item`, whose value at `field` the item at `first` had already.
        func duplicate(_ item: CheckItem, at field: UnsafePointer<Value>, first: Int, _ value: ExprValue) -> Violation {
            let firstLocation = location(of: items[first], context)
            return Violation(item: item.index, location: Self.location(field, of: item), provided: [
                "value": value, "first": .string("\(firstLocation.path):\(firstLocation.line)"),
            ])
        }
        /// Whether the item at `candidate` holds `text` in the field the value reads.
        func holds(_ candidate: Int, _ text: String) -> Bool {
            items[candidate].withNode { node in
                value.withPresentField(of: node) { field in
                    if case .string(let other) = field.pointee.kind { return other == text }
                    return false
                }
            } ?? false
        }
        for start in stride(from: 0, to: items.count, by: Self.readAheadCount) {
            let chunk = start..<min(start + Self.readAheadCount, items.count)
            for item in items[chunk] {
                item.withNode { node in value.withPresentField(of: node) { field in seen.readAhead(field) } }
            }
            for item in items[chunk] {
                // A bare field is read in place; anything else is evaluated.
                let readInPlace: Violation?? = item.withNode { node in
                    value.withPresentField(of: node) { field in
                        Self.firstOfField(field, item: item, in: &seen, holds: holds).map {
                            duplicate(item, at: field, first: $0, .data(field.pointee))
                        }
                    }
                }
                if let readInPlace {
                    if let violation = readInPlace { out.violations.append(violation) }
                    continue
                }
                switch value.evaluate(context.bind(item)) {
                case .failure(let error):
                    out.violations.append(.failure(item: item.index, at: item.node.location, error.reason))
                case .success(let result):
                    guard let field = result.value else { continue }
                    let violation = withUnsafePointer(to: field) { field in
                        Self.first(of: field, item: item, in: &seen).map { duplicate(item, at: field, first: $0, result) }
                    }
                    if let violation { out.violations.append(violation) }
                }
            }
        }
        return out
    }

    /// `first(of:item:in:)` for a value read in place from a bare field: an ASCII text, the usual
    /// id, is kept as the index of the item that had it alone, and told apart from another text
    /// of the same hash by `holds`, which reads that item's field.
    private static func firstOfField(_ field: UnsafePointer<Value>, item: CheckItem, in seen: inout SeenValues,
                                     holds: (_ item: Int, _ text: String) -> Bool) -> Int? {
        guard case .string(let text) = field.pointee.kind, let hash = ASCIIKeyIndex.asciiHash(text) else {
            return first(of: field, item: item, in: &seen)
        }
        return seen.firstOfField(hash: hash, item: item.index) { holds($0, text) }
    }

    /// Records an item's value in `seen`, and gives the index of the item that had it first, if
    /// another did. (`seen` is passed in rather than captured: a captured table is checked for
    /// exclusive access at run time on every item.)
    private static func first(of field: UnsafePointer<Value>, item: CheckItem, in seen: inout SeenValues) -> Int? {
        guard !field.pointee.isNull else { return nil }
        return seen.first(of: field, item: item.index)
    }

    /// Where the value of `item` was written, worked out again for the rare item whose value
    /// another repeats: keeping every item's place until then would take new memory per item.
    private func location(of item: CheckItem, _ context: CheckContext) -> SourceLocation {
        if let inPlace = item.withNode({ node in value.withPresentField(of: node) { Self.location($0, of: item) } }) {
            return inPlace
        }
        if case .success(let result) = value.evaluate(context.bind(item)), let field = result.value {
            return withUnsafePointer(to: field) { Self.location($0, of: item) }
        }
        return item.node.location
    }

    /// The place of the value at `field`: its own, else (a value built in code) the item's.
    private static func location(_ field: UnsafePointer<Value>, of item: CheckItem) -> SourceLocation {
        field.pointee.location.file == .none ? item.node.location : field.pointee.location
    }

    /// How many items' table slots are read ahead at once (see `HashedPositions.readAhead(hash:)`):
    /// about as many misses of the cache as a core keeps in flight.
    private static let readAheadCount = 16
}

/// The values a `unique` check has seen, each with the index of the item that had it first.
private struct SeenValues {
    private var firsts: [HashableValue: Int] = [:]
    // ASCII strings, the usual ids, are found by a cheap hash of their bytes instead: values are
    // NFC (loaded text is normalized), and an NFC string equals an ASCII one only when their
    // bytes are equal. Those read from a bare field keep no copy of their text (`fieldFirsts`);
    // computed ones do, the index kept as the key's position (`asciiIndex`).
    private var fieldFirsts: HashedPositions
    private var asciiIndex = ASCIIKeyIndex()

    /// Room for `capacity` distinct values before growing.
    init(capacity: Int) {
        fieldFirsts = HashedPositions(minimumCapacity: capacity)
    }

    /// Reads ahead the table's slot for a short ASCII string at `field` (see `ReadAhead`).
    func readAhead(_ field: UnsafePointer<Value>) {
        if let words = InlineASCII(stringAt: field) { fieldFirsts.readAhead(hash: ASCIIKeyIndex.asciiHash(words)) }
    }

    /// The index of the item that had first the bare field's ASCII text with hash `hash`, which
    /// `holds` tells from another text of that hash; `nil` after recording `item` as that item.
    mutating func firstOfField(hash: Int, item: Int, holds: (Int) -> Bool) -> Int? {
        if let first = fieldFirsts.first(hash: hash, where: holds) { return first }
        fieldFirsts.insert(hash: hash, position: item)
        return nil
    }

    /// The index of the item that had the field's value first; `nil` after recording `item` as
    /// that item, or for a value no table can hold.
    mutating func first(of field: UnsafePointer<Value>, item: Int) -> Int? {
        if case .string(let text) = field.pointee.kind, let hash = ASCIIKeyIndex.asciiHash(text) {
            if let first = asciiIndex.position(of: text, hash: hash) { return first }
            asciiIndex.insert(text, position: item)
            return nil
        }
        guard let key = HashableValue(field.pointee) else { return nil }
        return Self.first(in: &firsts[key], else: item)
    }

    /// The index in `slot`, or `nil` after storing `item` there: reading a table's entry through
    /// `inout` finds it once, where reading and then inserting would hash the key twice.
    private static func first(in slot: inout Int?, else item: Int) -> Int? {
        if let first = slot { return first }
        slot = item
        return nil
    }
}

/// Whether a collection check sees one document's items or the whole run's.
enum CollectionScope: String {
    case document, run

    static func read(_ value: Value?, _ compiler: CheckCompiler) -> CollectionScope? {
        guard let value else { return .document }
        guard let text = value.string, let scope = CollectionScope(rawValue: text) else {
            compiler.error(RuleSetMessages.badScope(value.text), at: value.location)
            return nil
        }
        return scope
    }
}
