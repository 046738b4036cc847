import ArgumentParser
import DataModel
import Expressions
import JSONPath

/// `govlint eval`: evaluates an expression and prints the value, so rule authors can try one.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate an expression and print its value in CEL literal form.",
        discussion: """
            Names: root (the document root), item (the node, or the root), doc (path, name, format, \
            columns), as_of, and the item's fields by bare name. Exit 0 when every evaluation gave \
            a value, 1 when any gave an error, 2 for a parse or usage error.
            """
    )

    @Argument(help: "The expression, e.g. 'add_workdays(date(\"2020-01-20\"), 10)'.")
    var expression: String

    @Option(help: "A YAML, JSON or CSV file whose document is root (and item).")
    var data: String?

    @Option(help: "A JSONPath query: evaluate once for each node it selects in --data, with the node as item.")
    var at: String?

    @Option(help: "The working-day calendar: a built-in name or a calendar file.")
    var calendar: String = EvalInputs.defaultCalendar

    @Option(name: .customLong("as-of"), help: "The as-of date (yyyy-MM-dd); default: today.")
    var asOf: String?

    func run() throws {
        do {
            try evaluate()
        } catch {
            EvalOutput.printError(error.message)
            throw ExitCode(error.exitCode)
        }
    }

    private func evaluate() throws(EvalFailure) {
        if at != nil && data == nil { throw EvalFailure.usage("--at needs --data") }
        let asOfDate = try EvalInputs.asOf(asOf)
        let workdays = try EvalInputs.calendar(calendar)
        let query = try at.map { text throws(EvalFailure) in try EvalInputs.query(text) }
        let documents = try data.map { path throws(EvalFailure) in try EvalInputs.documents(path) }
        let scope = ExpressionScope(variables: EvalSession.variables, calendar: workdays)
        let compiled: CompiledExpression
        do {
            compiled = try scope.compile(expression)
        } catch {
            throw EvalFailure.usage(EvalOutput.compileError(error, in: expression))
        }
        let session = EvalSession(scope: scope, expression: compiled, asOf: asOfDate)
        let allValues: Bool
        if let documents {
            allValues = session.run(documents: documents, query: query)
        } else {
            allValues = session.evaluateAndPrint(item: .map([:]), root: .map([:]), doc: .null, label: nil)
        }
        if !allValues { throw EvalFailure(message: nil, exitCode: ExitStatus.findings) }
    }
}

/// Why `govlint eval` stops, and with which exit code.
struct EvalFailure: Error {
    /// What to print on standard error (nothing when the values already said it).
    let message: String?
    let exitCode: Int32

    static func usage(_ message: String) -> EvalFailure { EvalFailure(message: message, exitCode: ExitStatus.usage) }
}
