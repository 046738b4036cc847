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
        // Items are read where they lie: copying one counts a reference to its source.
        items.withUnsafeBufferPointer { items in
            for i in items.indices {
                items[i].withNode { node in
                    for field in fields {
                        forEachAbsence(of: field, in: node) { location in
                            out.violations.append(Violation(
                                item: items[i].index, location: location,
                                provided: ["field": .string(field.description), "value": .null]))
                        }
                    }
                }
            }
        }
        return out
    }

    /// Calls `body` where the field is absent or empty: at the item when it is missing, else at
    /// the empty value.
    private func forEachAbsence(of field: FieldPath, in node: UnsafePointer<Value>, _ body: (SourceLocation) -> Void) {
        let readInPlace: Void? = field.withSingleMember(of: node) { member in
            if let member {
                if member.pointee.isBlank { body(member.pointee.location) }
            } else {
                body(node.pointee.location)
            }
        }
        if readInPlace != nil { return }
        switch field.resolve(in: node.pointee) {
        case .missing(let location): body(location)
        case .single(let value): if value.isBlank { body(value.location) }
        case .projected(let values, let location):
            if values.isEmpty { body(location) }
            for value in values where value.isBlank { body(value.location) }
        }
    }
}
