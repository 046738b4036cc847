import DataModel
import Expressions

/// `pattern: {f: regex}`: each present, non-null field's text matches the regex (unanchored
/// unless the regex anchors itself).
struct PatternCheck: Check {
    let fields: [FieldPath]
    let regexes: [CompiledRegex]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let compiled = compiler.compiledFields(spec, key: "pattern", { compiler.regex($0, key: $1) }) else {
            return nil
        }
        fields = compiled.fields
        regexes = compiled.compiled
    }

    var defaultMessage: String { "'{field}' value '{value}' does not match the pattern {pattern}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        // The regexes are read where they lie: copying one per value would count references.
        regexes.withUnsafeBufferPointer { regexes in
            CheckOutcome(violations: FieldViolations.collect(items, fields: fields) { f, value in
                // Numbers and dates are matched by the text they were written with.
                if case .list = value.pointee.kind { return ["pattern": .string(regexes[f].pattern)] }
                if case .map = value.pointee.kind { return ["pattern": .string(regexes[f].pattern)] }
                // A string written as itself is matched as it lies, without building its text.
                let matches: Bool
                // The kind first: reading a date-time's literal may print it.
                let regex = Unmanaged.passUnretained(regexes[f])
                if case .string(let text) = value.pointee.kind, !value.pointee.hasLiteral {
                    matches = regex._withUnsafeGuaranteedRef { $0.matches(text) }
                } else {
                    matches = regex._withUnsafeGuaranteedRef { $0.matches(value.pointee.text) }
                }
                return matches ? nil : ["pattern": .string(regexes[f].pattern)]
            })
        }
    }
}
