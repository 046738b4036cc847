import DataModel

/// Compiles `effective: {from, until, date}`.
struct EffectiveCompiler {
    let sink: DiagnosticSink
    let expressions: ExpressionCompiler

    func compile(_ value: Value) -> Effective? {
        let map = StrictMap(value, what: "effective", allowed: RuleSetSchema.effectiveKeys, sink: sink)
        guard value.map != nil else { return nil }
        let date = map["date"].flatMap { expressions.compile($0, key: "date", sink: sink) }
        return Effective(from: map["from"].flatMap { bound($0, key: "from") },
                         until: map["until"].flatMap { bound($0, key: "until") }, date: date)
    }

    /// A date bound; a bare year stands for its first day (`from`) or last day (`until`).
    private func bound(_ value: Value, key: String) -> CivilDate? {
        switch value.kind {
        case .date(let d): return d
        case .int(let year):
            let d = key == "from" ? CivilDate(year: year, month: 1, day: 1) : CivilDate(year: year, month: 12, day: 31)
            if let d { return d }
        case .string(let s):
            if case .date(let d)? = DateFormat.iso.parse(s) { return d }
        default: break
        }
        sink.error(RuleSetMessages.badDate(key, value.text), at: value.location)
        return nil
    }
}
