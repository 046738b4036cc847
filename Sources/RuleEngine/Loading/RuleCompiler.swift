import DataModel
import Expressions
import JSONPath

/// Compiles one rule of a rule set: strict keys, required texts, exactly one check key, and
/// every expression, path and template compiled once.
struct RuleCompiler {
    let ruleSetID: String
    let sink: DiagnosticSink
    let baseScope: ExpressionScope
    let setLets: [ValueMap.Entry]
    let defaults: [ValueMap.Entry]
    let lookupNames: [String]
    let positions: (FileID) -> ScalarPosition?
    let dateFormat: DateFormat

    func compile(_ value: Value) -> Rule? {
        let map = StrictMap(value, what: "rule", allowed: RuleSetSchema.allRuleKeys, sink: sink)
        guard value.map != nil else { return nil }
        func member(_ key: String) -> Value? { map[key] ?? defaults.first { $0.key == key }?.value }
        let errorsBefore = sink.errorCount

        let idValue = map.string("id")
        map.requireKey("id", in: "rule")
        let name = idValue?.string ?? "?"
        if let idValue, !RuleSetSchema.isKebabCase(name) {
            sink.error(RuleSetMessages.badIdentifier("rule id", name), at: idValue.location)
        }
        if member("severity") == nil { map.requireKey("severity", in: "rule '\(name)'") }
        let level = member("severity").flatMap(severity)
        let summary = map.string("summary")?.string
        map.requireKey("summary", in: "rule '\(name)'")

        let checkEntries = map.entries.filter { CheckKind(rawValue: $0.key) != nil }
        if checkEntries.isEmpty, map.suggested.allSatisfy({ CheckKind(rawValue: $0) == nil }) { sink.error(RuleSetMessages.noCheckKey(name), at: idValue?.location ?? value.location) }
        if checkEntries.count > 1 {
            sink.error(RuleSetMessages.twoCheckKeys(name, checkEntries[0].key, checkEntries[1].key), at: checkEntries[1].keyLocation)
        }

        var scope = baseScope
        for entry in setLets + (map.namedEntries("let") ?? []) { defineLet(entry, in: &scope) }
        let expressions = ExpressionCompiler(scope: scope, positions: positions)
        let selectors = SelectorCompiler(sink: sink, positions: positions).compile(member("for-each"), key: "for-each")
        let key = member("key").flatMap { expressions.compile($0, key: "key", sink: sink) }
        let condition = map["where"].flatMap { expressions.compile($0, key: "where", sink: sink) }
        let at = map.string("at").flatMap { v in CheckCompiler.fieldPathOrReport(v, sink: sink) }
        let effective = member("effective").flatMap { EffectiveCompiler(sink: sink, expressions: expressions).compile($0) }
        let examples = map["examples"].flatMap { ExamplesCompiler(sink: sink).compile($0) }

        var check: (kind: CheckKind, check: any Check)?
        if let entry = checkEntries.first, let kind = CheckKind(rawValue: entry.key) {
            let compiler = CheckCompiler(sink: sink, expressions: expressions, lookupNames: lookupNames)
            if let compiled = kind.compile(entry.value, compiler) { check = (kind, compiled) }
        }
        var messageScope = ExpressionScope(
            variables: baseScope.variables + (check?.kind.providedNames ?? []),
            calendar: baseScope.calendar, dateFormats: baseScope.dateFormats)
        for entry in setLets + (map.namedEntries("let") ?? []) {
            try? messageScope.defineLet(entry.key, entry.value.string ?? entry.value.text)
        }
        let messageCompiler = ExpressionCompiler(scope: messageScope, positions: positions)
        let message = map["message"].flatMap { MessageTemplate($0, compiler: messageCompiler, sink: sink) }
        let defaultMessages = (check?.check.defaultMessages ?? []).compactMap {
            MessageTemplate(Value(.string($0)), compiler: messageCompiler, sink: sink)
        }

        guard sink.errorCount == errorsBefore, let idValue, let summary, let level, let check else { return nil }
        let descriptor = RuleDescriptor(
            id: "\(ruleSetID)/\(name)", severity: level.severity ?? .error, summary: summary,
            description: map.string("description")?.string, basis: map.string("basis")?.string,
            docs: map.string("docs")?.string)
        return Rule(
            descriptor: descriptor, level: level, location: idValue.location, examples: examples,
            selectors: selectors, check: check.check, kind: check.kind, key: key, condition: condition, at: at,
            effective: effective, scope: scope, messageScope: messageScope, message: message,
            defaultMessages: defaultMessages)
    }

    private func severity(_ value: Value) -> RuleLevel? {
        guard let text = value.string, let level = RuleLevel(text) else {
            sink.error(RuleSetMessages.badSeverity(value.text), at: value.location)
            return nil
        }
        return level
    }

    private func defineLet(_ entry: ValueMap.Entry, in scope: inout ExpressionScope) {
        let source: String
        switch entry.value.kind {
        case .string(let s): source = s
        case .int, .double, .bool, .null: source = entry.value.text
        default:
            sink.error(RuleSetMessages.expectedString(entry.key, found: entry.value), at: entry.value.location)
            return
        }
        do {
            try scope.defineLet(entry.key, source)
        } catch {
            let expressions = ExpressionCompiler(scope: scope, positions: positions)
            sink.error(RuleSetMessages.badExpression(ExpressionCompiler.reason(error)),
                       at: expressions.location(of: entry.value, column: error.column))
        }
    }
}

extension RuleLevel {
    /// The severity, unless the level is `off`.
    var severity: Severity? {
        if case .on(let s) = self { return s }
        return nil
    }
}
