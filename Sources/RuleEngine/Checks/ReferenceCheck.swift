import DataModel
import Expressions

/// `reference: {field: f, lookup: name}`: each present, non-null value of the field is a key of
/// the lookup. Skipped when the lookup read no document (the run reports that once).
struct ReferenceCheck: Check {
    let field: FieldPath
    let lookup: String

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        let map = compiler.strictMap(spec, key: "reference", allowed: ["field", "lookup"])
        guard let fieldValue = map["field"], let lookupValue = map["lookup"] else {
            for key in ["field", "lookup"] where map[key] == nil {
                compiler.error(RuleSetMessages.missingKey(key, in: "'reference'"), at: spec.location)
            }
            return nil
        }
        guard let field = compiler.fieldPath(fieldValue, key: "field") else { return nil }
        guard let name = lookupValue.string, compiler.lookupNames.contains(name) else {
            compiler.error(RuleSetMessages.unknownLookup(lookupValue.text, known: compiler.lookupNames), at: lookupValue.location)
            return nil
        }
        self.field = field
        lookup = name
    }

    var defaultMessage: String { "'{field}' value '{value}' is not a key of lookup '{lookup}'" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        guard let state = context.lookups[lookup], state.readAnyDocument else { return CheckOutcome() }
        // The lookup's index is read ahead for every value first: a lookup in a table evicted
        // from the cache by the other rules would otherwise wait for one miss after another.
        FieldReads.forEach(items, fields: [field]) { _, _, _, read in
            if case .member(let value?) = read { state.table.readAhead(keyAt: value) }
        }
        return CheckOutcome(violations: FieldViolations.collect(items, fields: [field]) { _, value in
            state.table.contains(ExprValue.content(of: value)) ? nil : ["lookup": .string(lookup)]
        })
    }
}
