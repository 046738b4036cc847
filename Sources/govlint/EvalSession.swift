import DataModel
import Expressions
import JSONPath

/// One `govlint eval` run: the compiled expression, its variables, and the printing of values.
struct EvalSession {
    /// The names `govlint eval` provides besides `item` and the item's fields.
    static let variables = ["root", "doc", "as_of"]

    let scope: ExpressionScope
    let expression: CompiledExpression
    let asOf: CivilDate

    /// Evaluates for each document (or each node `query` selects in it); false when any failed.
    func run(documents: [Document], query: JSONPathQuery?) -> Bool {
        var allValues = true
        for document in documents {
            let doc = EvalSession.docValue(document)
            guard let query else {
                let label = documents.count > 1 ? "\(document.path):\(document.root.location.line):\(document.root.location.column)" : nil
                allValues = evaluateAndPrint(item: document.root, root: document.root, doc: doc, label: label) && allValues
                continue
            }
            for match in query.evaluate(document.root) {
                let location = match.location
                let label = "\(document.path):\(location.line):\(location.column): \(match.path)"
                allValues = evaluateAndPrint(item: match.node, root: document.root, doc: doc, label: label) && allValues
            }
        }
        return allValues
    }

    /// Evaluates for `item` and prints `label: value` (or the value alone); false on an error.
    func evaluateAndPrint(item: Value, root: Value, doc: ExprValue, label: String?) -> Bool {
        let activation = Activation(scope: scope, item: item, variables: [.data(root), doc, .date(asOf)])
        let prefix = label.map { "\($0): " } ?? ""
        switch expression.result(activation) {
        case .success(let value):
            print(prefix + value.celLiteral())
            return true
        case .failure(let error):
            print(prefix + "error: \(error.reason)")
            return false
        }
    }

    /// `doc`: the document's path, file name, format and (for CSV) columns.
    static func docValue(_ document: Document) -> ExprValue {
        var map = ExprMap()
        map.insert(.string("path"), .string(document.path))
        map.insert(.string("name"), .string(String(document.path.split(separator: "/").last ?? "")))
        map.insert(.string("format"), .string(document.format.rawValue))
        map.insert(.string("columns"), document.columns.map { .list($0.map(ExprValue.string)) } ?? .null)
        return .map(map)
    }
}

/// How `govlint eval` reports errors that stop it.
enum EvalOutput {
    /// `message`, then the expression with a caret under the column.
    static func compileError(_ error: ExpressionError, in expression: String) -> String {
        let line = String(expression.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : Character($0) })
        let caret = String(repeating: " ", count: max(0, error.column - 1)) + "^"
        return "\(error.description)\n    \(line)\n    \(caret)"
    }

    /// `error: message` on standard error.
    static func printError(_ message: String?) {
        guard let message else { return }
        Terminal.printError("error: \(message)")
    }
}
