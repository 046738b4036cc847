import DataModel
import Expressions

/// `one-of: {f: [v, ...]}`: each present, non-null field equals one of the listed values.
struct OneOfCheck: Check {
    let fields: [FieldPath]
    let choices: [[Value]]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let entries = compiler.fieldEntries(spec, key: "one-of") else { return nil }
        var choices: [[Value]] = []
        for (path, list) in entries {
            guard let values = list.list, !values.isEmpty else {
                compiler.error(RuleSetMessages.expectedList(path.description, found: list), at: list.location)
                return nil
            }
            choices.append(values)
        }
        fields = entries.map(\.path)
        self.choices = choices
    }

    var defaultMessage: String { "'{field}' value '{value}' is not one of {expected}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        CheckOutcome(violations: FieldViolations.collect(items, fields: fields) { f, value in
            choices[f].contains { ValueOrder.equal($0, value) }
                ? nil : ["expected": .list(choices[f].map { ExprValue($0) })]
        })
    }
}
