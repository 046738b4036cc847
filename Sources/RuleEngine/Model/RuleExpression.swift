import DataModel
import Expressions

/// An expression of a rule, compiled once, with where it was written.
///
/// A class, so that checks reading it for every item (from an enum case, an optional) retain
/// one reference instead of copying the compiled expression's fields.
final class RuleExpression: Sendable {
    let compiled: CompiledExpression
    /// Where the expression's text starts in the rule file.
    let location: SourceLocation
    /// The member a bare field name reads (`compiled.field`), unretained: the compiled
    /// expression keeps it alive, and reading it for every item would count a reference.
    let fieldReference: Unmanaged<MemberName>?

    init(compiled: CompiledExpression, location: SourceLocation) {
        self.compiled = compiled
        self.location = location
        fieldReference = compiled.field.map(Unmanaged.passUnretained)
    }

    var source: String { compiled.source }

    /// The value for the activation's item, or why there is none.
    func evaluate(_ activation: Activation) -> ExprResult { compiled.result(activation) }

    /// The value's content alone (see `CompiledExpression.evaluateContent`), for conditions
    /// and numbers, whose node and location nothing reads.
    func evaluateContent(_ activation: Activation) -> ExprResult { compiled.contentResult(activation) }

    /// Calls `body` with the node a bare field name (`dossier_id`) reads from `item`, in place and
    /// without binding an activation; `nil` when the expression is not a bare field or the item
    /// lacks the field (evaluate it then, for the usual outcome and message).
    func withPresentField<Result>(of item: UnsafePointer<Value>, _ body: (UnsafePointer<Value>) -> Result) -> Result? {
        guard let field = fieldReference, let members = Value.mapPointer(at: item) else { return nil }
        return field._withUnsafeGuaranteedRef { $0.withValue(inMapAt: members) { node in node.map(body) } }
    }
}

/// Compiles the expressions of one rule in its scope, reporting errors at their exact place in
/// the rule file.
struct ExpressionCompiler {
    let scope: ExpressionScope
    let positions: (FileID) -> ScalarPosition?

    /// `value` compiled; a YAML number or boolean is the expression its text spells.
    func compile(_ value: Value, key: String, sink: DiagnosticSink) -> RuleExpression? {
        let source: String
        switch value.kind {
        case .string(let s): source = s
        case .int, .double, .bool, .null: source = value.text
        default:
            sink.error(RuleSetMessages.expectedString(key, found: value), at: value.location)
            return nil
        }
        do {
            return RuleExpression(compiled: try scope.compile(source), location: value.location)
        } catch {
            sink.error(RuleSetMessages.badExpression(Self.reason(error)), at: location(of: value, column: error.column))
            return nil
        }
    }

    static func reason(_ error: ExpressionError) -> String {
        error.message + (error.hint.map { "; \($0)" } ?? "")
    }

    /// The file location of `column` inside the string `value`.
    func location(of value: Value, column: Int) -> SourceLocation {
        guard value.string != nil, let mapper = positions(value.location.file) else { return value.location }
        return mapper.location(of: value, column: column)
    }
}
