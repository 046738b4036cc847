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
        for item in items {
            item.withNode { node in
                for field in fields {
                    for location in absences(of: field, in: node) {
                        out.violations.append(Violation(
                            item: item.index, location: location,
                            provided: ["field": .string(field.description), "value": .null]))
                    }
                }
            }
        }
        return out
    }

    /// Where the field is absent or empty: the item when it is missing, else the empty value.
    private func absences(of field: FieldPath, in node: UnsafePointer<Value>) -> [SourceLocation] {
        let inPlace = field.withSingleMember(of: node) { member -> SourceLocation? in
            guard let member else { return node.pointee.location }
            return member.pointee.isBlank ? member.pointee.location : nil
        }
        if let inPlace { return inPlace.map { [$0] } ?? [] }
        switch field.resolve(in: node.pointee) {
        case .missing(let location): return [location]
        case .single(let value): return value.isBlank ? [value.location] : []
        case .projected(let values, let location):
            return values.isEmpty ? [location] : values.filter(\.isBlank).map(\.location)
        }
    }
}
