import DataModel

/// The check kinds a rule can use, one per check key; the compiler makes every switch over it
/// handle a new kind.
enum CheckKind: String, CaseIterable, Sendable {
    case require, types, pattern
    case oneOf = "one-of"
    case range, unique, reference, includes, equals, deadline, target, assert

    /// Compiles the check key's value into its check.
    func compile(_ spec: Value, _ compiler: CheckCompiler) -> (any Check)? {
        switch self {
        case .require: RequireCheck(spec, compiler)
        case .types: TypesCheck(spec, compiler)
        case .pattern: PatternCheck(spec, compiler)
        case .oneOf: OneOfCheck(spec, compiler)
        case .range: RangeCheck(spec, compiler)
        case .unique: UniqueCheck(spec, compiler)
        case .reference: ReferenceCheck(spec, compiler)
        case .includes: IncludesCheck(spec, compiler)
        case .equals: EqualsCheck(spec, compiler)
        case .deadline: DeadlineCheck(spec, compiler)
        case .target: TargetCheck(spec, compiler)
        case .assert: AssertCheck(spec, compiler)
        }
    }

    /// The names a check gives its message template, beyond the item's own fields.
    var providedNames: [String] {
        switch self {
        case .require: ["field", "value"]
        case .types, .equals: ["field", "value", "expected", "actual"]
        case .pattern: ["field", "value", "pattern"]
        case .oneOf: ["field", "value", "expected"]
        case .range: ["field", "value", "bound"]
        case .reference: ["field", "value", "lookup"]
        case .includes: ["field", "value", "missing", "forbidden"]
        case .unique: ["value", "first"]
        case .deadline: ["due", "late_days", "early_days", "status"]
        case .target: ["matched", "total", "share", "group", "bound"]
        case .assert: []
        }
    }
}
