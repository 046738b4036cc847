import DataModel
import Expressions

/// `require: [f, ...]`: each field is present, not null, not an empty string or list.
struct RequireCheck: Check {
    let fields: [FieldPath]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        let names = spec.list ?? [spec]
        let fields = names.compactMap { compiler.fieldPath($0, key: "require") }
        guard fields.count == names.count else { return nil }
        self.fields = fields
    }

    var defaultMessage: String { "required field '{field}' is missing or empty" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        FieldReads.forEach(items, fields: fields) { item, node, f, read in
            func absent(at location: SourceLocation) {
                out.violations.append(Violation(
                    item: item, location: location, provided: ["field": .string(fields[f].description), "value": .null]))
            }
            switch read {
            case .member(let member?): if member.pointee.isBlank { absent(at: member.pointee.location) }
            case .member(nil): absent(at: node.pointee.location)
            case .resolved(.missing(let location)): absent(at: location)
            case .resolved(.single(let value)): if value.isBlank { absent(at: value.location) }
            case .resolved(.projected(let values, let location)):
                if values.isEmpty { absent(at: location) }
                for value in values where value.isBlank { absent(at: value.location) }
            }
        }
        return out
    }
}
