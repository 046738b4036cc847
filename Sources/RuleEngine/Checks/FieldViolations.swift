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
        judge: (_ field: Int, _ value: UnsafePointer<Value>) -> [String: ExprValue]?
    ) -> [Violation] {
        var out: [Violation] = []
        // Items are read where they lie: copying one counts a reference to its source.
        items.withUnsafeBufferPointer { items in
            for i in items.indices {
                items[i].withNode { node in
                    for (f, field) in fields.enumerated() {
                        func check(_ value: UnsafePointer<Value>) {
                            guard !value.pointee.isNull, var provided = judge(f, value) else { return }
                            provided["field"] = .string(field.description)
                            provided["value"] = ExprValue(value.pointee)
                            out.append(Violation(item: items[i].index, location: value.pointee.location, provided: provided))
                        }
                        let readInPlace: Void? = field.withSingleMember(of: node) { member in
                            if let member { check(member) }
                        }
                        if readInPlace != nil { continue }
                        switch field.resolve(in: node.pointee) {
                        case .missing: continue
                        case .single(let value): withUnsafePointer(to: value, check)
                        case .projected(let values, _):
                            values.withUnsafeBufferPointer { for i in $0.indices { check($0.baseAddress! + i) } }
                        }
                    }
                }
            }
        }
        return out
    }
}
