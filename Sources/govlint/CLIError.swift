import Foundation

/// A problem that stops a command before or after linting (bad config, missing path, unwritable
/// report); printed on stderr, exit code 2. All its texts are here.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    static func configNotFound(_ path: String) -> CLIError { CLIError(description: "error: config file '\(path)' does not exist") }
    static func configUnreadable(_ reason: String) -> CLIError { CLIError(description: "error: cannot read the configuration: \(reason)") }
    static func configInvalid(_ count: Int) -> CLIError {
        CLIError(description: "error: the configuration has \(count) problem\(count == 1 ? "" : "s"); govlint did not run")
    }
    static func pathNotFound(_ path: String) -> CLIError {
        CLIError(description: "error: '\(path)' does not exist")
    }
    static let noFileToQuery = CLIError(description: "error: no file to query; give one or more YAML, JSON or CSV files")
    static func noDocument(_ path: String) -> CLIError { CLIError(description: "error: \(path): the file holds no document") }
    static func folderUnreadable(_ path: String) -> CLIError {
        CLIError(description: "warning: cannot read the folder '\(path)'; its files are not checked")
    }
    static func ruleSetsInvalid(_ count: Int) -> CLIError {
        CLIError(description: "error: the rule sets have \(count) error\(count == 1 ? "" : "s"); govlint did not run")
    }
    static func cannotWrite(_ path: String, _ reason: String) -> CLIError {
        CLIError(description: "error: cannot write '\(path)': \(reason)")
    }
    static func baselineUnreadable(_ path: String, _ reason: String) -> CLIError {
        CLIError(description: "error: cannot read the baseline '\(path)': \(reason)")
    }
    static func configExists(_ path: String) -> CLIError {
        CLIError(description: "error: '\(path)' already exists; govlint init does not overwrite it")
    }
    static func badFormatInConfig(_ reason: String) -> CLIError {
        CLIError(description: "error: 'formats' in the configuration: \(reason)")
    }
    static let severalToStandardOutput = CLIError(
        description: "error: only one --format may write to standard output; give the others a file (--format FMT:FILE)")
    static func sameReportFile(_ path: String) -> CLIError {
        CLIError(description: "error: two --format reports would be written to '\(path)'; give each its own file")
    }
    static func badDate(_ text: String) -> String {
        "'\(text)' is not a date; write it as yyyy-MM-dd (2020-12-31) or dd/MM/yyyy"
    }
    static func unknownFormat(_ name: String) -> String {
        name == "html"
            ? "the html format is not available yet; use one of: \(formatNames)"
            : "unknown format '\(name)'; use one of: \(formatNames)"
    }
    static let emptyFile = "a report file name is empty; write --format FMT:FILE"
    static let formatNames = "text, json, sarif, junit, github, markdown, checkstyle"
}
