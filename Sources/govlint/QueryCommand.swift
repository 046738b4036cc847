import ArgumentParser
import DataModel
import JSONPath
import Reporters

/// `govlint query`: runs an RFC 9535 JSONPath query over data files and prints every match with
/// its location, so rule authors can try a selector before they put it in a rule.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a JSONPath (RFC 9535) query over data files and print each match with its location.",
        discussion: """
            Each match prints as `file:line:col: $['normalized']['path']: value`, the value as \
            compact JSON. Exit status: 0 when something matched, 1 when nothing did, 2 for an \
            invalid query or a file that cannot be read.
            """
    )

    /// How matches are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The query, e.g. \"$.dossiers[?@.channel == 'online'].dossier_id\".")
    var query: String

    @Argument(help: "The YAML, JSON or CSV files to query.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let compiled: JSONPathQuery
        do {
            compiled = try JSONPathQuery(query)
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        for warning in compiled.warnings { Terminal.printError("warning: \(warning)") }
        guard !files.isEmpty else {
            Terminal.printError(CLIError.noFileToQuery.description)
            throw ExitCode(ExitStatus.usage)
        }
        var matches: [(file: String, match: JSONPathMatch)] = []
        var anyFileFailed = false
        for path in files {
            guard let documents = Self.load(path) else {
                anyFileFailed = true
                continue
            }
            for document in documents {
                matches += compiled.evaluate(document.root).map { (path, $0) }
            }
        }
        let output = format == .json ? Self.json(matches) : Self.text(matches)
        if !output.isEmpty { Terminal.printOutput(output) }
        if anyFileFailed { throw ExitCode(ExitStatus.usage) }
        if matches.isEmpty { throw ExitCode(ExitStatus.findings) }
    }

    /// The documents of the file at `path`, after printing its problems; `nil` when none loaded.
    private static func load(_ path: String) -> [Document]? {
        let loaded: LoadedFile
        do {
            loaded = try DataLoader.load(path: path)
        } catch {
            Terminal.printError("error: \(error)")
            return nil
        }
        for problem in loaded.problems {
            Terminal.printError("\(problem.location): error: \(problem.message) [\(problem.ruleID)]")
        }
        guard !loaded.documents.isEmpty else {
            if loaded.problems.isEmpty { Terminal.printError(CLIError.noDocument(path).description) }
            return nil
        }
        return loaded.documents
    }

    private static func text(_ matches: [(file: String, match: JSONPathMatch)]) -> String {
        var out = ""
        for (_, match) in matches {
            out += "\(match.location): \(match.path): "
            CompactJSON.write(match.node, to: &out)
            out += "\n"
        }
        return out
    }

    private static func json(_ matches: [(file: String, match: JSONPathMatch)]) -> String {
        guard !matches.isEmpty else { return "[]\n" }
        var out = "[\n"
        for (index, (file, match)) in matches.enumerated() {
            out += "  {\"file\":"
            JSONWriter.appendStringLiteral(file, to: &out)
            out += ",\"line\":\(match.location.line),\"column\":\(match.location.column),\"path\":"
            JSONWriter.appendStringLiteral(match.path.description, to: &out)
            out += ",\"value\":"
            CompactJSON.write(match.node, to: &out)
            out += index == matches.count - 1 ? "}\n" : "},\n"
        }
        return out + "]\n"
    }
}
