import DataModel
import RuleEngine

/// An error in an input govlint itself reads (configuration, baseline), printed in the same
/// compiler form as findings but without a rule id: `file:line:col: error: message` and a frame.
public struct CompilerDiagnostic: Sendable {
    /// How serious it is.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// Where.
    public var location: SourceLocation

    /// A diagnostic `message` at `location`.
    public init(severity: Severity = .error, message: String, location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The diagnostic's lines, with the source line and underline when `sources` has it.
    public func render(sources: any SourceTextProvider, color: Bool) -> String {
        let style = ANSIStyle(enabled: color)
        var out = style.bold(TextReporter.place(location) + ":") + " " + style.severity(severity) + ": " + style.bold(TerminalText.oneLine(message)) + "\n"
        if location.line > 0, let line = sources.line(Int(location.line), of: location.path) {
            out += CodeFrame(location: location, sourceLine: line).render(style: style) + "\n"
        }
        return out
    }
}
