import DataModel
import Expressions

/// `one-of: {f: [v, ...]}`: each present, non-null field equals one of the listed values.
struct OneOfCheck: Check {
    let fields: [FieldPath]
    let choices: [[Value]]
    /// The string choices of each field: a string equals only a string, so these decide for
    /// string values with one hash lookup instead of a comparison per choice.
    private let stringChoices: [Set<String>]

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
        stringChoices = choices.map { Set($0.compactMap(\.string)) }
    }

    var defaultMessage: String { "'{field}' value '{value}' is not one of {expected}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        CheckOutcome(violations: FieldViolations.collect(items, fields: fields) { f, value in
            let allowed: Bool
            if case .string(let text) = value.pointee.kind {
                // Loaded strings and rule constants are NFC, so `Set`'s equality is code-point equality.
                allowed = stringChoices[f].contains(text)
            } else {
                allowed = choices[f].contains { ValueOrder.equal($0, value.pointee) }
            }
            return allowed ? nil : ["expected": .list(choices[f].map { ExprValue($0) })]
        })
    }
}
