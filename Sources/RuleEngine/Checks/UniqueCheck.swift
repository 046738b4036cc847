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
        for start in stride(from: 0, to: items.count, by: Self.readAheadCount) {
            let chunk = start..<min(start + Self.readAheadCount, items.count)
            for item in items[chunk] {
                item.withNode { node in value.withPresentField(of: node) { field in seen.readAhead(field) } }
            }
            for item in items[chunk] {
                // A bare field is read in place; anything else is evaluated.
                let readInPlace: Violation?? = item.withNode { node in
                    value.withPresentField(of: node) { field in Self.record(field, of: item, in: &seen) { .data(field.pointee) } }
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
                    if let violation = withUnsafePointer(to: field, { Self.record($0, of: item, in: &seen) { result } }) {
                        out.violations.append(violation)
                    }
                }
            }
        }
        return out
    }

    /// Records an item's value in `seen`; the second and later of a value are violations.
    /// (`seen` is passed in rather than captured: a captured table is checked for exclusive
    /// access at run time on every item.)
    private static func record(_ field: UnsafePointer<Value>, of item: CheckItem, in seen: inout SeenValues,
                               _ result: () -> ExprValue) -> Violation? {
        guard !field.pointee.isNull else { return nil }
        let location = field.pointee.location.file == .none ? item.node.location : field.pointee.location
        guard case let first?? = seen.first(of: field, at: location) else { return nil }
        return Violation(item: item.index, location: location, provided: [
            "value": result(), "first": .string("\(first.path):\(first.line)"),
        ])
    }

    /// How many items' table slots are read ahead at once (see `ASCIIKeyIndex.readAhead(hash:)`):
    /// about as many misses of the cache as a core keeps in flight.
    private static let readAheadCount = 16
}

/// The values a `unique` check has seen, each with where it was first seen.
private struct SeenValues {
    private var firsts: [HashableValue: SourceLocation] = [:]
    // ASCII strings, the usual ids, are found by a cheap hash of their bytes instead: values are
    // NFC (loaded text is normalized), and an NFC string equals an ASCII one only when their
    // bytes are equal.
    private var asciiIndex: ASCIIKeyIndex
    private var asciiFirsts: [SourceLocation] = []

    /// Room for `capacity` distinct values before growing.
    init(capacity: Int) {
        asciiIndex = ASCIIKeyIndex(minimumCapacity: capacity)
        asciiFirsts.reserveCapacity(capacity)
    }

    /// Reads ahead the table's slot for a short ASCII string at `field` (see `ReadAhead`).
    func readAhead(_ field: UnsafePointer<Value>) { asciiIndex.readAhead(keyAt: field) }

    /// Where the field's value was first seen; `.some(nil)` after recording `location` as that
    /// place, `nil` for a value no table can hold.
    mutating func first(of field: UnsafePointer<Value>, at location: SourceLocation) -> SourceLocation?? {
        if case .string(let text) = field.pointee.kind, let hash = ASCIIKeyIndex.asciiHash(text) {
            if let position = asciiIndex.position(of: text, hash: hash) { return asciiFirsts[position] }
            asciiIndex.insert(text, position: asciiFirsts.count)
            asciiFirsts.append(location)
            return .some(nil)
        }
        guard let key = HashableValue(field.pointee) else { return nil }
        return .some(Self.first(in: &firsts[key], else: location))
    }

    /// The location in `slot`, or `nil` after storing `location` there: reading a table's entry
    /// through `inout` finds it once, where reading and then inserting would hash the key twice.
    private static func first(in slot: inout SourceLocation?, else location: SourceLocation) -> SourceLocation? {
        if let first = slot { return first }
        slot = location
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
