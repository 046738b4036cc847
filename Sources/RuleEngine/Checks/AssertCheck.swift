import DataModel
import Expressions

/// `assert: expression`: the expression is true for each item.
struct AssertCheck: Check {
    let condition: RuleExpression

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let condition = compiler.expression(spec, key: "assert") else { return nil }
        self.condition = condition
    }

    var defaultMessage: String { "assertion failed: " + MessageTemplate.escaped(condition.source) }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        for item in items {
            switch condition.evaluateContent(context.bind(item)) {
            case .failure(let error):
                out.violations.append(.failure(item: item.index, at: item.node.location, error.reason))
            case .success(let result):
                guard let truth = result.boolValue else {
                    out.violations.append(.failure(item: item.index, at: item.node.location, RuleSetMessages.notBoolean("assert", result)))
                    continue
                }
                if !truth { out.violations.append(Violation(item: item.index, location: item.node.location)) }
            }
        }
        return out
    }
}
