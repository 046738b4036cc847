import ArgumentParser
import DataModel
import Expressions
import Foundation

/// `govlint eval`: evaluates an expression and prints the value, so rule authors can try one.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate an expression and print its value in CEL literal form.",
        discussion: """
            Names: root (the document root), item (the node, or the root), doc, as_of, and the \
            item's fields by bare name. Exit 0 when every evaluation gave a value, 1 when any gave \
            an error, 2 for a parse or usage error.
            """
    )

    @Argument(help: "The expression, e.g. 'add_workdays(date(\"2020-01-20\"), 10)'.")
    var expression: String

    @Option(name: .customLong("as-of"), help: "The as-of date (yyyy-MM-dd); default: today.")
    var asOf: String?

    func run() throws {
        let asOfDate = try resolveAsOf()
        let scope = ExpressionScope(variables: EvalSession.variables, calendar: nil)
        let compiled: CompiledExpression
        do {
            compiled = try scope.compile(expression)
        } catch {
            EvalOutput.printCompileError(error, in: expression)
            throw ExitCode(2)
        }
        let session = EvalSession(scope: scope, expression: compiled, asOf: asOfDate)
        let root = Value.map([:])
        let ok = session.evaluateAndPrint(item: root, root: root, doc: .null, label: nil)
        if !ok { throw ExitCode(1) }
    }

    private func resolveAsOf() throws -> CivilDate {
        guard let asOf else { return EvalSession.today() }
        guard case .date(let date)? = DateFormat.iso.parse(asOf) else {
            EvalOutput.printUsageError("--as-of must be a date in yyyy-MM-dd, got '\(asOf)'")
            throw ExitCode(2)
        }
        return date
    }
}

/// The variables and evaluation of one `govlint eval` run.
struct EvalSession {
    static let variables = ["root", "doc", "as_of"]

    let scope: ExpressionScope
    let expression: CompiledExpression
    let asOf: CivilDate

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

    /// Today's date in the local time zone.
    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// How `govlint eval` reports errors that stop it.
enum EvalOutput {
    /// `error: message`, then the expression with a caret under the column.
    static func printCompileError(_ error: ExpressionError, in expression: String) {
        let line = expression.replacingOccurrences(of: "\n", with: " ")
        let caret = String(repeating: " ", count: max(0, error.column - 1)) + "^"
        FileHandle.standardError.write(Data("error: \(error.description)\n    \(line)\n    \(caret)\n".utf8))
    }

    /// `error: message` on standard error.
    static func printUsageError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
