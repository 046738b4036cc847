import DataModel
import Expressions
import JSONPath

/// Runs the `examples` of rules: each `pass` example must give no finding of its rule, each
/// `fail` example at least one. For `unique` and `target` rules each list is one collection.
public enum ExampleRunner {
    /// The examples that did not behave, as diagnostics at the rule; empty when all did.
    /// `asOf` is used by rules whose examples do not set `as-of`.
    public static func run(_ ruleSet: RuleSet, asOf: CivilDate) -> [RuleSetDiagnostic] {
        ruleSet.rules.flatMap { rule in run(rule, of: ruleSet, asOf: asOf) }
    }

    static func run(_ rule: Rule, of set: RuleSet, asOf defaultAsOf: CivilDate) -> [RuleSetDiagnostic] {
        guard let examples = rule.examples else { return [] }
        let asOf = examples.asOf ?? defaultAsOf
        let formats = set.dateFormats
        let with = examples.with.enumerated().map { i, entry in
            RunDocument(index: i + 1, document: Document(
                file: FileID(entry.name), format: DataFormat(path: entry.name) ?? .yaml,
                root: ExampleTyping.retype(entry.root, formats)), relativePath: entry.name)
        }
        var lookups: [String: LookupState] = [:]
        for lookup in set.lookups {
            let sources = lookup.files.map { selector in with.filter { selector.matches($0.relativePath) } } ?? with
            lookups[lookup.name] = LookupBuilder.build(lookup, from: sources, asOf: asOf)
        }
        let evaluator = RuleEvaluator(rule: rule, severity: .error, asOf: asOf, calendar: set.calendar ?? .weekendsOnly,
                                      dateFormat: formats.first ?? .iso, lookups: lookups)
        func findings(_ items: [Value]) -> [Finding] {
            let items = items.map { ExampleTyping.retype($0, formats) }
            let root = items.count == 1 ? items[0] : Value(.list(items))
            let document = RunDocument(index: 0, document: Document(file: rule.location.file, format: .yaml, root: root),
                                       relativePath: rule.location.path)
            let variables = document.documentVariables(asOf: asOf)
                + set.variableNames.dropFirst(RuleSetCompiler.documentVariables.count).map {
                    ExprValue.lookup(lookups[$0]?.table ?? LookupTable())
                }
            let matches = items.enumerated().map { i, item in
                JSONPathMatch(node: item, path: items.count == 1 ? .root : NormalizedPath([.index(i)]))
            }
            let binder = ItemBinder(scope: rule.scope, variables: variables)
            var out: [Finding] = []
            // The items do not keep their source alive (see `CheckItem.source`).
            let source = evaluator.itemSource(JSONPathMatches(matches), document: document, variables: variables)
            withExtendedLifetime(source) {
                let prepared = evaluator.prepare(source, range: matches.indices, root: document.root, binder: binder, findings: &out)
                if !prepared.isEmpty { out += evaluator.judge(prepared, binder: binder).findings }
            }
            return out.filter { $0.ruleID == rule.id || $0.ruleID == RunFindings.ruleErrorID }
        }
        var problems: [String] = []
        if rule.kind == .unique || rule.kind == .target {
            if !examples.pass.isEmpty, let finding = findings(examples.pass).first {
                problems.append(RuleSetMessages.exampleCollectionFailed(rule.id, finding.message))
            }
            if !examples.fail.isEmpty, !findings(examples.fail).contains(where: { $0.ruleID == rule.id }) {
                problems.append(RuleSetMessages.exampleCollectionPassed(rule.id))
            }
        } else {
            for (i, item) in examples.pass.enumerated() {
                if let finding = findings([item]).first {
                    problems.append(RuleSetMessages.passExampleFailed(rule.id, i + 1, finding.message))
                }
            }
            for (i, item) in examples.fail.enumerated() where !findings([item]).contains(where: { $0.ruleID == rule.id }) {
                problems.append(RuleSetMessages.failExamplePassed(rule.id, i + 1))
            }
        }
        return problems.map { RuleSetDiagnostic(.error, $0, at: rule.location) }
    }
}

/// Gives example data the typing data files get: strings that match the set's date formats
/// become dates, keeping their text.
enum ExampleTyping {
    static func retype(_ value: Value, _ formats: [DateFormat]) -> Value {
        switch value.kind {
        case .string(let s):
            for format in formats {
                switch format.parse(s) {
                case .date(let d)?: return Value(.date(d), at: value.location, literal: s)
                case .dateTime(let t)?: return Value(.dateTime(t), at: value.location, literal: s)
                case nil: continue
                }
            }
            return value
        case .list(let items):
            return Value(.list(items.map { retype($0, formats) }), at: value.location)
        case .map(let map):
            return Value(.map(ValueMap(map.entries.map { .init(key: $0.key, keyLocation: $0.keyLocation, value: retype($0.value, formats)) })),
                         at: value.location)
        default:
            return value
        }
    }
}
