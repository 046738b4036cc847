import DataModel
import Expressions

/// What a check kind needs while it compiles its key: error reporting at the right place, and
/// compilation of the expressions, field paths and regexes it is written with.
struct CheckCompiler {
    let sink: DiagnosticSink
    let expressions: ExpressionCompiler
    /// The lookups the rule's set defines.
    let lookupNames: [String]

    func error(_ message: String, at location: SourceLocation) { sink.error(message, at: location) }

    /// An expression operand; a YAML number or boolean is an expression of its own text.
    func expression(_ value: Value, key: String) -> RuleExpression? {
        expressions.compile(value, key: key, sink: sink)
    }

    func fieldPath(_ text: String, at location: SourceLocation) -> FieldPath? {
        Self.fieldPathOrReport(Value(.string(text), at: location), sink: sink)
    }

    /// The field path a string value spells, or an error at it.
    static func fieldPathOrReport(_ value: Value, sink: DiagnosticSink) -> FieldPath? {
        guard let text = value.string, let path = FieldPath(text) else {
            sink.error(RuleSetMessages.badFieldPath(value.text), at: value.location)
            return nil
        }
        return path
    }

    /// A field path written as a string value.
    func fieldPath(_ value: Value, key: String) -> FieldPath? {
        guard let text = value.string else {
            sink.error(RuleSetMessages.expectedString(key, found: value), at: value.location)
            return nil
        }
        return fieldPath(text, at: value.location)
    }

    /// The members of a `{field: spec}` map, each field compiled, for the field checks.
    func fieldEntries(_ spec: Value, key: String) -> [(path: FieldPath, spec: Value)]? {
        guard let map = spec.map else {
            sink.error(RuleSetMessages.expectedMap(key, found: spec), at: spec.location)
            return nil
        }
        var out: [(FieldPath, Value)] = []
        for entry in map.entries {
            guard let path = fieldPath(entry.key, at: entry.keyLocation) else { continue }
            out.append((path, entry.value))
        }
        return out
    }

    /// The fields of a `{field: spec}` map with every spec compiled by `compile` (given the spec
    /// and the field's name); `nil` when the map or any spec is wrong, each mistake reported.
    func compiledFields<Compiled>(
        _ spec: Value, key: String, _ compile: (Value, String) -> Compiled?
    ) -> (fields: [FieldPath], compiled: [Compiled])? {
        guard let entries = fieldEntries(spec, key: key) else { return nil }
        let compiled = entries.compactMap { compile($0.spec, $0.path.description) }
        guard compiled.count == entries.count else { return nil }
        return (entries.map(\.path), compiled)
    }

    /// Reads a map check spec strictly.
    func strictMap(_ spec: Value, key: String, allowed: [String]) -> StrictMap {
        StrictMap(spec, what: key, allowed: allowed, sink: sink)
    }

    func regex(_ value: Value, key: String) -> CompiledRegex? {
        guard let pattern = value.string else {
            sink.error(RuleSetMessages.expectedString(key, found: value), at: value.location)
            return nil
        }
        do {
            return try CompiledRegex(pattern)
        } catch {
            sink.error(RuleSetMessages.badRegex(pattern), at: value.location)
            return nil
        }
    }
}
