import DataModel
import Expressions

/// `equals: {f: expression}`: each field's value equals the expression's value (numbers by
/// value); each differing field is its own violation with `{expected}` and `{actual}`.
struct EqualsCheck: Check {
    let fields: [FieldPath]
    let expected: [RuleExpression]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let compiled = compiler.compiledFields(spec, key: "equals", { compiler.expression($0, key: $1) }) else {
            return nil
        }
        fields = compiled.fields
        expected = compiled.compiled
    }

    var defaultMessage: String { "'{field}' is {actual} but should be {expected}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        for item in items {
            for (field, expression) in zip(fields, expected) {
                guard case .single(let actual) = field.resolve(in: item.node), !actual.isNull else { continue }
                switch expression.evaluate(context.bind(item)) {
                case .failure(let error):
                    out.violations.append(.failure(item: item.index, at: actual.location, error.reason))
                case .success(let result):
                    guard let want = result.value, !want.isNull, !ValueOrder.equal(actual, want) else { continue }
                    out.violations.append(Violation(item: item.index, location: actual.location, provided: [
                        "field": .string(field.description), "value": ExprValue(actual),
                        "actual": ExprValue(actual), "expected": result,
                    ]))
                }
            }
        }
        return out
    }
}
