import DataModel
import Expressions

/// The shared shape of the field checks: each field's values, judged one by one, each failure
/// a violation at that value with `{field}` and `{value}` for the message.
///
/// `judge` reads each value in place: most values pass, and copying one to judge it would cost
/// more than judging it.
enum FieldViolations {
    static func collect(
        _ items: [CheckItem], fields: [FieldPath],
        judge: (_ field: Int, _ value: UnsafePointer<Value>) -> ProvidedValues?
    ) -> [Violation] {
        var out: [Violation] = []
        FieldReads.forEach(items, fields: fields) { item, _, f, read in
            func check(_ value: UnsafePointer<Value>) {
                guard !value.pointee.isNull, var provided = judge(f, value) else { return }
                provided["field"] = .string(fields[f].description)
                provided["value"] = ExprValue(value.pointee)
                out.append(Violation(item: item, location: value.pointee.location, provided: provided))
            }
            switch read {
            case .member(let value): if let value { check(value) }
            case .resolved(.missing): break
            case .resolved(.single(let value)): withUnsafePointer(to: value, check)
            case .resolved(.projected(let values, _)):
                values.withUnsafeBufferPointer { for i in $0.indices { check($0.baseAddress! + i) } }
            }
        }
        return out
    }
}
