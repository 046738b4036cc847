import DataModel
import Expressions

/// Reads expression results as the dates and whole numbers deadline and effective ranges need;
/// a null or missing field is absence (`nil`), not an error.
enum DateOperand {
    static func dateWithLocation(_ e: RuleExpression, _ a: Activation, key: String)
        -> Result<(date: CivilDate, location: SourceLocation?)?, EvalError>
    {
        // A bare field (`due: due_at`, the usual shape) is read straight from the item.
        if let field = e.fieldReference, let members = a.itemMembers {
            let read = field._withUnsafeGuaranteedRef { field in field.withValue(inMapAt: members) { FieldDate($0) } }
            switch read {
            case .absent: return .success(nil)
            case .date(let date, let location): return .success((date, location))
            case .other(let value): return .failure(EvalError(RuleSetMessages.notDate(key, value)))
            }
        }
        switch e.evaluate(a) {
        case .failure(let error): return error.kind == .noSuchKey ? .success(nil) : .failure(error)
        case .success(let v):
            let location = v.value.flatMap { $0.location.file == .none ? nil : $0.location }
            switch v.resolved {
            case .null: return .success(nil)
            case .date(let d): return .success((d, location))
            case .dateTime(let t): return .success((t.date, location))
            default: return .failure(EvalError(RuleSetMessages.notDate(key, v)))
            }
        }
    }

    static func date(_ e: RuleExpression, _ a: Activation, key: String) -> Result<CivilDate?, EvalError> {
        dateWithLocation(e, a, key: key).map { $0?.date }
    }

    static func integer(_ e: RuleExpression, _ a: Activation, key: String) -> Result<Int?, EvalError> {
        switch e.evaluateContent(a) {
        case .failure(let error): return error.kind == .noSuchKey ? .success(nil) : .failure(error)
        case .success(let v):
            switch v {
            case .null: return .success(nil)
            case .int(let n): return .success(n)
            case .double(let d) where d == d.rounded() && d.magnitude < 1e15: return .success(Int(d))
            default: return .failure(EvalError(RuleSetMessages.notNumber(key, v)))
            }
        }
    }
}

/// What a bare field holds, for a date operand: read in place, the error built outside.
private enum FieldDate {
    case absent
    case date(CivilDate, SourceLocation?)
    case other(ExprValue)

    @inline(__always)
    init(_ node: UnsafePointer<Value>?) {
        guard let node, !node.pointee.isNull else { self = .absent; return }
        if let date = node.pointee.dateValue {
            self = .date(date, Self.location(of: node))
        } else {
            self = .other(ExprValue(node.pointee))
        }
    }

    /// Where the node was written; `nil` for a node built in code.
    private static func location(of node: UnsafePointer<Value>) -> SourceLocation? {
        node.pointee.location.file == .none ? nil : node.pointee.location
    }
}

extension ExprValue {
    /// The number, when the value is one.
    var number: Double? {
        switch resolved {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }
}
