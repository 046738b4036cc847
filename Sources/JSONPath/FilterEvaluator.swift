import DataModel

/// Evaluates a filter's logical expression for one candidate node (`@`) of a document (`$`).
struct FilterEvaluator {
    let root: Value
    let current: Value

    /// Whether the candidate passes the filter.
    func test(_ expression: LogicalExpression) -> Bool {
        switch expression {
        case .or(let terms): return terms.contains { test($0) }
        case .and(let terms): return terms.allSatisfy { test($0) }
        case .not(let inner): return !test(inner)
        case .comparison(let lhs, let op, let rhs): return JSONComparison.compare(value(of: lhs), op, value(of: rhs))
        case .exists(let query):
            if let singular = query.singular { return resolve(singular) != nil }
            return !nodes(query).isEmpty
        case .regex(let regex): return matches(regex)
        }
    }

    /// The value a comparand gives, `nil` standing for Nothing.
    private func value(of comparand: Comparand) -> Value? {
        switch comparand {
        case .literal(let value): return value
        case .query(let query): return resolve(query)
        case .function(let function): return value(of: function)
        }
    }

    private func value(of function: ValueFunction) -> Value? {
        switch function {
        case .length(let argument):
            guard let value = value(of: argument) else { return nil }
            switch value.kind {
            case .string, .date, .dateTime: return Value(.int(value.text.unicodeScalars.count))
            case .list(let elements): return Value(.int(elements.count))
            case .map(let map): return Value(.int(map.count))
            case .null, .bool, .int, .double: return nil
            }
        case .count(let query):
            return Value(.int(nodes(query).count))
        case .value(let query):
            let selected = nodes(query)
            // Not a ternary: `Value` is nil-literal expressible, and Nothing must stay `nil`.
            guard selected.count == 1 else { return nil }
            return selected[0]
        }
    }

    private func matches(_ regex: RegexTest) -> Bool {
        guard let subject = value(of: regex.subject).flatMap(\.textContent) else { return false }
        let compiled: CompiledIRegexp?
        switch regex.pattern {
        case .literal(let literal):
            compiled = literal
        case .dynamic(let comparand):
            guard let pattern = value(of: comparand).flatMap(\.textContent) else { return false }
            compiled = IRegexpCache.shared.compile(pattern, anchored: regex.isAnchored)
        }
        return compiled?.matches(subject) ?? false
    }

    /// The node a singular query selects, without building a nodelist.
    private func resolve(_ query: SingularQuery) -> Value? {
        var node = query.isRelative ? current : root
        for step in query.steps {
            switch step {
            case .name(let name):
                guard case .map(let map) = node.kind, let position = map.exactPosition(of: name) else { return nil }
                node = map.value(at: position)
            case .index(let index):
                guard case .list(let elements) = node.kind else { return nil }
                let resolved = index >= 0 ? index : elements.count + index
                guard elements.indices.contains(resolved) else { return nil }
                node = elements[resolved]
            }
        }
        return node
    }

    private func nodes(_ query: FilterQuery) -> [Value] {
        var evaluator = NodeListEvaluator(root: root, tracksPaths: false)
        return evaluator.evaluate(query.segments, from: query.isRelative ? current : root).map(\.value)
    }
}

extension Value {
    /// The text of a string, or of a date or date-time as written (JSON has no dates, so
    /// queries see them as the strings they were written as); `nil` for other kinds.
    var textContent: String? {
        switch kind {
        case .string(let string): return string
        case .date, .dateTime: return text
        default: return nil
        }
    }
}
