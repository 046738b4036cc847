import DataModel
import Expressions

/// `includes: {field: f, all-of, any-of, none-of}`: list membership; a missing or null list
/// reads as empty. `{missing}` names what is lacking, `{forbidden}` what must not be there.
struct IncludesCheck: Check {
    let field: FieldPath
    let allOf: [Value]
    let anyOf: [Value]
    let noneOf: [Value]
    /// What judges an item in place; `nil` when a null among the listed values would compare
    /// unlike it does there, or more than 64 values are listed (its mask's bits).
    private let matcher: IncludesMatcher?

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        let map = compiler.strictMap(spec, key: "includes", allowed: ["field", "all-of", "any-of", "none-of"])
        guard let fieldValue = map["field"] else {
            compiler.error(RuleSetMessages.missingKey("field", in: "'includes'"), at: spec.location)
            return nil
        }
        guard let field = compiler.fieldPath(fieldValue, key: "field") else { return nil }
        var lists: [[Value]] = []
        for key in ["all-of", "any-of", "none-of"] {
            guard let v = map[key] else { lists.append([]); continue }
            guard let list = v.list else {
                compiler.error(RuleSetMessages.expectedList(key, found: v), at: v.location)
                return nil
            }
            lists.append(list)
        }
        guard lists.contains(where: { !$0.isEmpty }) else {
            compiler.error(RuleSetMessages.emptyChoice("includes"), at: spec.location)
            return nil
        }
        self.field = field
        (allOf, anyOf, noneOf) = (lists[0], lists[1], lists[2])
        let listed = Array(lists.joined())
        matcher = listed.count <= 64 && !listed.contains(where: \.isNull)
            ? IncludesMatcher(listed: listed, allOf: allOf.count, anyOf: anyOf.count) : nil
    }

    var defaultMessage: String { "'{field}' lacks {missing}" }

    var defaultMessages: [String] { [defaultMessage, "'{field}' must not include {forbidden}"] }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        // The matcher is read unretained: it is consulted for every item.
        let matcher = matcher.map(Unmanaged.passUnretained)
        for item in items {
            if let matcher, matcher._withUnsafeGuaranteedRef({ m in item.withNode { m.satisfied(by: $0, field: field) } }) { continue }
            let node = item.node
            let (present, location) = members(of: node)
            func has(_ v: Value) -> Bool { present.contains { ValueOrder.equal($0, v) } }
            var missing = allOf.filter { !has($0) }
            if !anyOf.isEmpty, !anyOf.contains(where: has) { missing += anyOf }
            let forbidden = noneOf.filter(has)
            guard !missing.isEmpty || !forbidden.isEmpty else { continue }
            let base: ProvidedValues = ["field": .string(field.description), "value": .list(present.map { ExprValue($0) })]
            if !missing.isEmpty {
                out.violations.append(Violation(item: item.index, location: location, provided: base.merging([
                    "missing": .list(missing.map { ExprValue($0) }), "forbidden": .list([]),
                ])))
            }
            if !forbidden.isEmpty {
                out.violations.append(Violation(item: item.index, location: location, provided: base.merging([
                    "missing": .list([]), "forbidden": .list(forbidden.map { ExprValue($0) }),
                ]), variant: 1))
            }
        }
        return out
    }

    private func members(of node: Value) -> ([Value], SourceLocation) {
        switch field.resolve(in: node) {
        case .missing: ([], node.location)
        case .single(let v): (v.list ?? (v.isNull ? [] : [v]), v.isNull ? node.location : v.location)
        case .projected(let values, let location): (values.filter { !$0.isNull }, location)
        }
    }
}

/// Judges an item of an `includes` check in place: whether its values hold all they must and
/// nothing they must not. Most items do, and collecting their values to say so costs more than
/// the comparisons.
private final class IncludesMatcher: Sendable {
    /// `all-of`, `any-of` and `none-of` in a row, each value's position its bit in the mask.
    private let listed: [Value]
    /// The texts of `listed`, `nil` where a value is not a string: a string equals only these.
    private let listedTexts: [String?]
    private let allBits: UInt64
    private let anyBits: UInt64

    init(listed: [Value], allOf: Int, anyOf: Int) {
        self.listed = listed
        listedTexts = listed.map(\.string)
        allBits = allOf == 0 ? 0 : (1 << UInt64(allOf)) &- 1
        anyBits = anyOf == 0 ? 0 : ((1 << UInt64(anyOf)) &- 1) << UInt64(allOf)
    }

    func satisfied(by node: UnsafePointer<Value>, field: FieldPath) -> Bool {
        var seen: UInt64 = 0
        field.forEachValue(in: node) { value in
            if value.pointee.isNull { return }
            // A text is compared where the node holds it, neither copied nor retained.
            if let text = Value.stringPointer(at: value) {
                for (bit, wanted) in listedTexts.enumerated() {
                    if let wanted, ValueOrder.sameText(text.pointee, wanted) { seen |= 1 << UInt64(bit) }
                }
            } else {
                for (bit, wanted) in listed.enumerated() where ValueOrder.equal(value.pointee, wanted) {
                    seen |= 1 << UInt64(bit)
                }
            }
        }
        let noneBits = ~(allBits | anyBits)
        return seen & allBits == allBits && (anyBits == 0 || seen & anyBits != 0) && seen & noneBits == 0
    }
}
