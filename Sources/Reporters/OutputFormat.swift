/// Every output format `--format` accepts; adding a case does not compile until it has a reporter.
///
/// `html` is planned and deliberately absent until its reporter exists.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, github, markdown, checkstyle

    /// The reporter that writes this format.
    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .markdown: MarkdownReporter()
        case .checkstyle: CheckstyleReporter()
        }
    }

    /// Whether the format is meant for people reading a terminal (it may use colour and code frames).
    public var isForTerminal: Bool {
        switch self {
        case .text: true
        case .json, .sarif, .junit, .github, .markdown, .checkstyle: false
        }
    }
}
