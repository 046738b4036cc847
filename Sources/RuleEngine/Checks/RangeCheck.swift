import DataModel
import Expressions

/// `range: {f: {min: x, max: y}}`: each present, non-null number or date lies in the range,
/// both ends included.
struct RangeCheck: Check {
    struct Bounds: Sendable {
        var min: Value?
        var max: Value?

        var text: String {
            switch (min, max) {
            case let (min?, max?): "between \(min.text) and \(max.text)"
            case let (min?, nil): "at least \(min.text)"
            case let (nil, max?): "at most \(max.text)"
            case (nil, nil): ""
            }
        }

        /// Whether the value can be compared with the bounds at all; a value of another type is
        /// the `types` check's concern, so one defect gives one finding.
        func applies(to value: Value) -> Bool {
            ValueOrder.compare(value, (min ?? max)!) != nil
        }

        func admits(_ value: Value) -> Bool {
            if let min { guard let order = ValueOrder.compare(value, min), order != .orderedAscending else { return false } }
            if let max { guard let order = ValueOrder.compare(value, max), order != .orderedDescending else { return false } }
            return true
        }
    }

    let fields: [FieldPath]
    let bounds: [Bounds]

    init?(_ spec: Value, _ compiler: CheckCompiler) {
        guard let entries = compiler.fieldEntries(spec, key: "range") else { return nil }
        var bounds: [Bounds] = []
        for (path, boundSpec) in entries {
            let map = compiler.strictMap(boundSpec, key: path.description, allowed: ["min", "max"])
            let b = Bounds(min: map["min"], max: map["max"])
            for (name, v) in [("min", b.min), ("max", b.max)] {
                guard let v else { continue }
                switch v.kind {
                case .int, .double, .date, .dateTime: continue
                default: compiler.error(RuleSetMessages.expectedScalar(name, found: v), at: v.location); return nil
                }
            }
            if b.min == nil, b.max == nil {
                compiler.error(RuleSetMessages.needsOne(path.description, ["min", "max"]), at: boundSpec.location)
                return nil
            }
            bounds.append(b)
        }
        fields = entries.map(\.path)
        self.bounds = bounds
    }

    var defaultMessage: String { "'{field}' value {value} is not {bound}" }

    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome {
        CheckOutcome(violations: FieldViolations.collect(items, fields: fields) { f, value in
            !bounds[f].applies(to: value.pointee) || bounds[f].admits(value.pointee) ? nil : ["bound": .string(bounds[f].text)]
        })
    }
}
