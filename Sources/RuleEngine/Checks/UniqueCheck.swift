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
        var firsts: [HashableValue: SourceLocation] = [:]
        // Values are mostly distinct: room for all spares the table growing step by step.
        firsts.reserveCapacity(items.count)
        /// Records an item's value; the second and later of a value are violations.
        func record(_ field: Value, of item: CheckItem, _ result: () -> ExprValue) {
            guard !field.isNull, let key = HashableValue(field) else { return }
            let location = field.location.file == .none ? item.node.location : field.location
            if let first = Self.first(in: &firsts[key], else: location) {
                out.violations.append(Violation(item: item.index, location: location, provided: [
                    "value": result(), "first": .string("\(first.path):\(first.line)"),
                ]))
            }
        }
        for item in items {
            // A bare field is read in place; anything else is evaluated.
            let readInPlace: Void? = item.withNode { node in
                value.withPresentField(of: node) { field in record(field.pointee, of: item) { .data(field.pointee) } }
            }
            if readInPlace != nil { continue }
            switch value.evaluate(context.bind(item)) {
            case .failure(let error):
                out.violations.append(.failure(item: item.index, at: item.node.location, error.reason))
            case .success(let result):
                if let field = result.value { record(field, of: item) { result } }
            }
        }
        return out
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
