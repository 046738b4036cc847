import DataModel

/// Reads a rule's `examples: {pass, fail, as-of, with}`.
struct ExamplesCompiler {
    let sink: DiagnosticSink

    func compile(_ value: Value) -> RuleExamples? {
        let map = StrictMap(value, what: "examples", allowed: RuleSetSchema.exampleKeys, sink: sink)
        guard value.map != nil else { return nil }
        func items(_ key: String) -> [Value] {
            guard let v = map[key] else { return [] }
            guard let list = v.list else {
                sink.error(RuleSetMessages.expectedList(key, found: v), at: v.location)
                return []
            }
            return list
        }
        var asOf: CivilDate?
        if let v = map["as-of"] {
            switch v.kind {
            case .date(let d): asOf = d
            case .string(let s): if case .date(let d)? = DateFormat.iso.parse(s) { asOf = d }
            default: break
            }
            if asOf == nil { sink.error(RuleSetMessages.badDate("as-of", v.text), at: v.location) }
        }
        let with = (map.namedEntries("with") ?? []).map { (name: $0.key, root: $0.value) }
        return RuleExamples(pass: items("pass"), fail: items("fail"), asOf: asOf, with: with)
    }
}
