import RuleEngine

/// Turns the result of a run into the bytes of one output format.
public protocol Reporter: Sendable {
    /// The format this reporter writes.
    var format: OutputFormat { get }

    /// The whole report for `result`, rendered with `context`.
    func render(_ result: LintResult, context: ReportContext) -> String
}
