import DataModel
import Expressions

/// Compiles a merged rule-set definition into a `RuleSet`: its scope, calendar, date formats,
/// columns, lookups and rules. A broken rule is left out; the others still compile.
struct RuleSetCompiler {
    /// The names every document-level expression sees, in slot order.
    static let documentVariables = ["root", "doc", "as_of"]

    /// Run-wide settings that replace each set's own.
    struct Overrides {
        var calendar: WorkdayCalendar?
        var dateFormats: [DateFormat]?
    }

    let sink: DiagnosticSink
    let positions: (FileID) -> ScalarPosition?
    let overrides: Overrides
    /// Resolves `calendar:` (a built-in name or a path from the set's folder).
    let calendar: (Value, _ folder: String?) -> WorkdayCalendar?

    func compile(_ definition: RuleSetDefinition) -> RuleSet? {
        guard let idValue = definition.id, let id = idValue.string else { return nil }
        let ownCalendar = definition.calendar.flatMap { self.calendar($0, definition.folder) }
        let calendar = overrides.calendar ?? ownCalendar
        let ownFormats = compileDateFormats(definition.dateFormats)
        let dateFormats = overrides.dateFormats ?? ownFormats
        let documentScope = ExpressionScope(variables: Self.documentVariables, calendar: calendar, dateFormats: dateFormats)
        let documentExpressions = ExpressionCompiler(scope: documentScope, positions: positions)
        let match = definition.match.flatMap { documentExpressions.compile($0, key: "match", sink: sink) }
        let lookups = definition.lookups.compactMap { compileLookup($0, scope: documentScope) }
        let variableNames = Self.documentVariables + definition.lookups.map(\.key)
        let ruleScope = ExpressionScope(variables: variableNames, calendar: calendar, dateFormats: dateFormats)
        let ruleCompiler = RuleCompiler(
            ruleSetID: id, sink: sink, baseScope: ruleScope, setLets: definition.lets, defaults: definition.defaults,
            lookupNames: definition.lookups.map(\.key), positions: positions, dateFormat: dateFormats.first ?? .iso)
        var rules: [Rule] = []
        var firstByID: [String: SourceLocation] = [:]
        for ruleValue in definition.rules {
            if let idValue = ruleValue["id"], let ruleID = idValue.string {
                if let first = firstByID[ruleID] {
                    sink.error(RuleSetMessages.duplicateRuleID(ruleID, first: first), at: idValue.location)
                    continue
                }
                firstByID[ruleID] = idValue.location
            }
            if let rule = ruleCompiler.compile(ruleValue) { rules.append(rule) }
        }
        return RuleSet(
            id: id, origin: definition.origin, title: definition.title, description: definition.description,
            basis: definition.basis, docs: definition.docs, rules: rules, dateFormats: dateFormats,
            columns: compileColumns(definition.columns), calendar: calendar, fileSelector: definition.files.map(compileGlobs),
            calendarLocation: overrides.calendar == nil ? definition.calendar?.location : nil, match: match,
            matchScope: documentScope, lookups: lookups, variableNames: variableNames)
    }

    /// `files` globs; a malformed one is an error at its place.
    private func compileGlobs(_ values: [Value]) -> FileSelector {
        FileSelector(globs: values.compactMap { value in
            do throws(GlobError) {
                return try Glob(value.string ?? "")
            } catch {
                sink.error(RuleSetMessages.badGlob(error.message), at: value.location)
                return nil
            }
        })
    }

    private func compileDateFormats(_ values: [Value]?) -> [DateFormat] {
        guard let values else { return [.iso] }
        var formats: [DateFormat] = []
        for value in values {
            guard let text = value.string, let format = DateFormat(text) else {
                sink.error(RuleSetMessages.badDateFormat(value.text), at: value.location)
                continue
            }
            formats.append(format)
        }
        return formats.isEmpty ? [.iso] : formats
    }

    private func compileColumns(_ entries: [ValueMap.Entry]) -> [String: ColumnType] {
        var columns: [String: ColumnType] = [:]
        for entry in entries {
            guard let text = entry.value.string, let type = ColumnType(rawValue: text) else {
                sink.error(RuleSetMessages.unknownColumnType(entry.value.text), at: entry.value.location)
                continue
            }
            columns[entry.key] = type
        }
        return columns
    }

    private func compileLookup(_ entry: ValueMap.Entry, scope: ExpressionScope) -> LookupDefinition? {
        let map = StrictMap(entry.value, what: "lookup '\(entry.key)'", allowed: RuleSetSchema.lookupKeys, sink: sink)
        guard entry.value.map != nil else { return nil }
        for required in ["from", "key"] where map[required] == nil {
            sink.error(RuleSetMessages.missingKey(required, in: "lookup '\(entry.key)'"), at: entry.keyLocation)
        }
        guard let fromValue = map["from"], let keyValue = map["key"] else { return nil }
        let errorsBefore = sink.errorCount
        let from = SelectorCompiler(sink: sink, positions: positions).compile(fromValue, key: "from")
        let files = map.strings("files").map(compileGlobs)
        let key = ExpressionCompiler(scope: scope, positions: positions).compile(keyValue, key: "key", sink: sink)
        guard sink.errorCount == errorsBefore, let key else { return nil }
        return LookupDefinition(name: entry.key, from: from, files: files, key: key, keyScope: scope, location: entry.keyLocation)
    }
}
