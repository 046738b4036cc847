import DataModel
import Expressions

/// Reads one map of a rule set strictly: every key must be known (else an error with a
/// did-you-mean), and every value must have the shape its key needs (else an error at the value).
struct StrictMap {
    let value: Value
    let entries: [ValueMap.Entry]
    /// Known keys suggested for misspelt ones; their absence is not reported again.
    let suggested: Set<String>
    private let sink: DiagnosticSink

    /// Reads `value` as a map named `what` (for messages); reports a non-map and yields an empty map.
    init(_ value: Value, what: String, allowed: [String], sink: DiagnosticSink) {
        self.value = value
        self.sink = sink
        guard let map = value.map else {
            sink.error(RuleSetMessages.expectedMap(what, found: value), at: value.location)
            entries = []
            suggested = []
            return
        }
        var known: [ValueMap.Entry] = []
        var suggested = Set<String>()
        for entry in map.entries {
            if allowed.contains(entry.key) {
                known.append(entry)
            } else {
                let suggestion = Suggestion.closest(to: entry.key, among: allowed)
                if let suggestion { suggested.insert(suggestion) }
                sink.error(RuleSetMessages.unknownKey(entry.key, suggestion: suggestion), at: entry.keyLocation)
            }
        }
        entries = known
        self.suggested = suggested
    }

    /// Reports `key` missing from `what`, unless a misspelling of it was already reported.
    func requireKey(_ key: String, in what: String) {
        guard self[key] == nil, !suggested.contains(key) else { return }
        sink.error(RuleSetMessages.missingKey(key, in: what), at: value.location)
    }

    subscript(key: String) -> Value? { entries.first { $0.key == key }?.value }

    func keyLocation(_ key: String) -> SourceLocation? { entries.first { $0.key == key }?.keyLocation }

    /// A string member; a scalar of another type is an error.
    func string(_ key: String) -> Value? {
        guard let v = self[key] else { return nil }
        guard v.string != nil else {
            sink.error(RuleSetMessages.expectedString(key, found: v), at: v.location)
            return nil
        }
        return v
    }

    /// A member that may be one string or a list of strings, as a list.
    func strings(_ key: String) -> [Value]? {
        guard let v = self[key] else { return nil }
        let items = v.list ?? [v]
        for item in items where item.string == nil {
            sink.error(RuleSetMessages.expectedStrings(key, found: item), at: item.location)
            return nil
        }
        return items
    }

    /// A non-negative integer member.
    func integer(_ key: String) -> (Int, SourceLocation)? {
        guard let v = self[key] else { return nil }
        guard case .int(let n) = v.kind, n >= 0 else {
            sink.error(RuleSetMessages.expectedInteger(key, found: v), at: v.location)
            return nil
        }
        return (n, v.location)
    }

    /// A map member, read strictly with its own allowed keys.
    func map(_ key: String, allowed: [String]) -> StrictMap? {
        guard let v = self[key] else { return nil }
        return StrictMap(v, what: key, allowed: allowed, sink: sink)
    }

    /// A map member whose keys are names chosen by the author (lookups, lets, field checks).
    func namedEntries(_ key: String) -> [ValueMap.Entry]? {
        guard let v = self[key] else { return nil }
        guard let map = v.map else {
            sink.error(RuleSetMessages.expectedMap(key, found: v), at: v.location)
            return nil
        }
        return Array(map.entries)
    }
}
