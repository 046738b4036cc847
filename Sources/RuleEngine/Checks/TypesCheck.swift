import DataModel
import Expressions

/// The types a `types` check can require.
enum FieldType: String, CaseIterable, Sendable {
    case string, integer, number, boolean, date, datetime, list, map

    /// Whether `value` is of this type; an integer is also a number.
    func admits(_ value: Value) -> Bool {
        switch (self, value.kind) {
        case (.string, .string), (.integer, .int), (.number, .int), (.number, .double), (.boolean, .bool),
             (.date, .date), (.datetime, .dateTime), (.list, .list), (.map, .map): true
        default: false
        }
    }
}

/// `types: {f: type}`: each present, non-null field has the type.
struct TypesCheck: Check {
    let fields: [FieldPath]
    let types: [FieldType]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let entries = compiler.fieldEntries(spec, key: "types") else { return nil }
        var fields: [FieldPath] = [], types: [FieldType] = []
        for (path, typeSpec) in entries {
            guard let name = typeSpec.string, let type = FieldType(rawValue: name) else {
                compiler.error(RuleSetMessages.unknownType(typeSpec.text), at: typeSpec.location)
                return nil
            }
            fields.append(path)
            types.append(type)
        }
        self.fields = fields
        self.types = types
    }

    var defaultMessage: String { "'{field}' should be of type {expected}, not {actual}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        CheckOutcome(violations: FieldViolations.collect(items, fields: fields) { f, value in
            types[f].admits(value.pointee) ? nil : ["expected": .string(types[f].rawValue), "actual": .string(value.pointee.typeName)]
        })
    }
}
