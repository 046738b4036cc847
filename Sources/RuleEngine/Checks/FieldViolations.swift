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
            for (f, field) in fields.enumerated() {
                for value in field.checkedValues(in: item.node) {
                    guard var provided = judge(f, value) else { continue }
                    provided["field"] = .string(field.description)
                    provided["value"] = ExprValue(value)
                    out.append(Violation(item: item.index, location: value.location, provided: provided))
                }
            }
        }
        return out
    }
}
