import DataModel
import Expressions

/// `target: {share | count | ratio, at-least | at-most | equals, group-by, min-items, scope}`:
/// an aggregate over the rule's items (per document, per group, or over the run) must meet its
/// bound. One violation per failing group, at the collection; every measurement is kept for the
/// scorecard. Without a bound the target is a pure measurement: scorecard only, never a finding.
/// Gives `{matched} {total} {share} {group} {bound}`.
struct TargetCheck: Check {
    enum Measure {
        case share(RuleExpression)
        case count(RuleExpression)
        case ratio(RuleExpression, RuleExpression)
    }

    enum Comparison: String, CaseIterable {
        case atLeast = "at-least", atMost = "at-most", equals
    }

    let measure: Measure
    /// The comparison with the bound; `nil` for a pure measurement.
    let comparison: Comparison?
    /// The bound: a fraction for shares, a number for counts.
    let bound: Double
    /// The bound as written, for messages and the scorecard.
    let boundText: String
    let groupBy: RuleExpression?
    let minItems: Int
    let runScope: Bool
    var judgesItemsAlone: Bool { false }

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        let keys = ["share", "count", "ratio"] + Comparison.allCases.map(\.rawValue) + ["group-by", "min-items", "scope"]
        let map = compiler.strictMap(spec, key: "target", allowed: keys)
        guard spec.map != nil else { return nil }
        let measures = ["share", "count", "ratio"].filter { map[$0] != nil }
        let comparisons = Comparison.allCases.filter { map[$0.rawValue] != nil }
        guard measures.count == 1, comparisons.count <= 1 else {
            if measures.count != 1 { compiler.error(RuleSetMessages.needsOne("target", ["share", "count", "ratio"]), at: spec.location) }
            if comparisons.count > 1 { compiler.error(RuleSetMessages.atMostOne("target", Comparison.allCases.map(\.rawValue)), at: spec.location) }
            return nil
        }
        let measureValue = map[measures[0]]!
        switch measures[0] {
        case "ratio":
            guard let pair = measureValue.list, pair.count == 2 else {
                compiler.error(RuleSetMessages.ratioPair(), at: measureValue.location)
                return nil
            }
            guard let n = compiler.expression(pair[0], key: "ratio"), let d = compiler.expression(pair[1], key: "ratio") else { return nil }
            measure = .ratio(n, d)
        case "count":
            guard let e = compiler.expression(measureValue, key: "count") else { return nil }
            measure = .count(e)
        default:
            guard let e = compiler.expression(measureValue, key: "share") else { return nil }
            measure = .share(e)
        }
        comparison = comparisons.first
        if let comparison {
            let boundValue = map[comparison.rawValue]!
            guard let bound = Self.bound(boundValue, isShare: measures[0] != "count") else {
                compiler.error(RuleSetMessages.badBound(boundValue.text), at: boundValue.location)
                return nil
            }
            self.bound = bound
            boundText = boundValue.text
        } else {
            bound = 0
            boundText = Scorecard.TargetResult.noBound
        }
        if let g = map["group-by"] {
            guard let e = compiler.expression(g, key: "group-by") else { return nil }
            groupBy = e
        } else {
            groupBy = nil
        }
        minItems = map.integer("min-items")?.0 ?? 1
        guard let scope = CollectionScope.read(map["scope"], compiler) else { return nil }
        runScope = scope == .run
    }

    /// `"20%"` → 0.2 for a share; a plain number is a fraction (0–1) for a share, a count otherwise.
    private static func bound(_ value: Value, isShare: Bool) -> Double? {
        switch value.kind {
        case .int(let n): return isShare && n > 1 ? nil : Double(n)
        case .double(let d): return isShare && d > 1 ? nil : d
        case .string(let s) where isShare && s.hasSuffix("%"):
            return Double(String(s.dropLast()).filter { $0 != " " }).map { $0 / 100 }
        default: return nil
        }
    }

    var defaultMessage: String {
        let comparison = comparison?.rawValue ?? ""
        return switch measure {
        case .count: "{matched} of {total} item(s) match; the target is \(comparison) {bound}"
        case .share, .ratio: "share {share} ({matched} of {total}); the target is \(comparison) {bound}"
        }
    }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        var out = CheckOutcome()
        // The condition of a share or count, read out of its case once rather than per item.
        let condition: RuleExpression? = switch measure {
        case .share(let c), .count(let c): c
        case .ratio: nil
        }
        for group in groups(of: items, context, &out) where group.items.count >= max(1, minItems) {
            var matched = 0.0, total = 0.0
            for item in group.items {
                switch tally(item, context, condition: condition) {
                case .failure(let e): out.violations.append(.failure(item: item.index, at: item.node.location, e.reason))
                case .success(let pair?): matched += pair.0; total += pair.1
                case .success(nil): continue
                }
            }
            guard total > 0 else { continue }
            let value: Double
            if case .count = measure { value = matched } else { value = matched / total }
            let passed = switch comparison {
            case .atLeast?: value >= bound - 1e-12
            case .atMost?: value <= bound + 1e-12
            case .equals?: abs(value - bound) <= 1e-12
            case nil: true
            }
            let location = group.items[0].collectionLocation
            let isCount: Bool = if case .count = measure { true } else { false }
            out.targets.append(TargetMeasurement(
                group: group.key, location: location, measure: isCount ? .count : .share,
                matched: matched, total: total, bound: comparison.map { "\($0.rawValue) \(boundText)" } ?? boundText, passed: passed))
            guard !passed else { continue }
            out.violations.append(Violation(item: group.items[0].index, location: location, provided: [
                "matched": Self.number(matched), "total": Self.number(total),
                "share": .string(Self.percent(matched / total)), "group": group.label, "bound": .string(boundText),
            ], aboutCollection: true))
        }
        return out
    }

    /// Items under one `group-by` label (`key` is its text; both are absent without `group-by`).
    private typealias Group = (label: ExprValue, key: String?, items: [CheckItem])

    /// The items by `group-by` label, in the order labels first appear; an item whose label
    /// fails is a violation instead.
    private func groups(of items: [CheckItem], _ context: CheckContext, _ out: inout CheckOutcome) -> [Group] {
        // Without `group-by` the items are one group, which needs no label per item.
        guard let groupBy else { return items.isEmpty ? [] : [(.null, nil, items)] }
        var groups: [Group] = []
        var positions: [String: Int] = [:]
        for item in items {
            switch groupBy.evaluate(context.bind(item)) {
            case .failure(let e):
                out.violations.append(.failure(item: item.index, at: item.node.location, e.reason))
            case .success(let label):
                let key = label.messageText(dateFormat: context.firstDateFormat)
                if let p = positions[key] { groups[p].items.append(item) } else {
                    positions[key] = groups.count
                    groups.append((label, key, [item]))
                }
            }
        }
        return groups
    }

    /// The item's contribution: (matched, counted); `nil` when a ratio's figures are absent.
    /// `condition` is the share's or count's condition (read out of `measure` once per check),
    /// `nil` for a ratio.
    private func tally(_ item: CheckItem, _ context: CheckContext, condition: RuleExpression?) -> Result<(Double, Double)?, EvalError> {
        guard case .ratio(let numerator, let denominator) = measure else {
            switch condition.unsafelyUnwrapped.evaluateContent(context.bind(item)) {
            case .failure(let error): return .failure(error)
            case .success(let v):
                guard let b = v.boolValue else { return .failure(EvalError(RuleSetMessages.notBoolean("target", v))) }
                return .success((b ? 1 : 0, 1))
            }
        }
        let activation = context.bind(item)
        var figures: [Double] = []
        for e in [numerator, denominator] {
            switch e.evaluateContent(activation) {
            case .failure(let error): return error.kind == .noSuchKey ? .success(nil) : .failure(error)
            case .success(let v):
                if v.isNull { return .success(nil) }
                guard let n = v.number else { return .failure(EvalError(RuleSetMessages.notNumber("ratio", v))) }
                figures.append(n)
            }
        }
        return .success((figures[0], figures[1]))
    }

    static func number(_ d: Double) -> ExprValue {
        d == d.rounded() && d.magnitude < 1e15 ? .int(Int(d)) : .double(d)
    }

    /// A share as a percentage with one decimal: `17.6%`.
    static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded()
        return "\(Int(tenths) / 10).\(abs(Int(tenths)) % 10)%"
    }
}
