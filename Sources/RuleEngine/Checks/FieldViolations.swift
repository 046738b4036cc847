import DataModel
import Expressions

/// The shared shape of the field checks: each field's values, judged one by one, each failure
/// a violation at that value with `{field}` and `{value}` for the message.
enum FieldViolations {
    static func collect(
        _ items: [CheckItem], fields: [FieldPath],
        judge: (_ field: Int, _ value: Value) -> [String: ExprValue]?
    ) -> [Violation] {
        var out: [Violation] = []
        for item in items {
            item.withNode { node in
                for (f, field) in fields.enumerated() {
                    func check(_ value: Value) {
                        guard !value.isNull, var provided = judge(f, value) else { return }
                        provided["field"] = .string(field.description)
                        provided["value"] = ExprValue(value)
                        out.append(Violation(item: item.index, location: value.location, provided: provided))
                    }
                    let readInPlace: Void? = field.withSingleMember(of: node) { member in
                        if let member { check(member.pointee) }
                    }
                    if readInPlace != nil { continue }
                    switch field.resolve(in: node.pointee) {
                    case .missing: continue
                    case .single(let value): check(value)
                    case .projected(let values, _): values.forEach(check)
                    }
                }
            }
        }
        return out
    }
}
