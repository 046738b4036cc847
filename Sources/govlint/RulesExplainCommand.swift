import ArgumentParser
import DataModel
import Expressions
import RuleEngine

/// `govlint rules explain ID`: a rule's summary, description, basis, docs link and examples.
struct RulesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a rule: summary, description, basis, docs and examples.")

    @Argument(help: "The rule id, e.g. vn-dossiers/dossier-resolved-on-time (the part after '/' is enough when unique).")
    var id: String

    @OptionGroup var selection: RuleSetSelection

    func run() throws {
        let rules = try selection.load().flatMap(\.rules)
        let matches = rules.filter { $0.id == id || $0.id.hasSuffix("/" + id) }
        guard matches.count == 1, let rule = matches.first else {
            let hint = matches.isEmpty ? Self.suggestion(for: id, among: rules.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                : "; it names \(matches.map(\.id).joined(separator: ", ")) — give the full id"
            Terminal.printError("error: \(matches.isEmpty ? "unknown" : "ambiguous") rule '\(id)'\(hint)")
            throw ExitCode(ExitStatus.usage)
        }
        print(RuleExplanation.render(rule))
    }

    /// The rule id closest to a misspelt full or short id.
    static func suggestion(for id: String, among ids: [String]) -> String? {
        if let full = Suggestion.closest(to: id, among: ids) { return full }
        let shortNames = ids.map { String($0.split(separator: "/").last ?? "") }
        return Suggestion.closest(to: id, among: shortNames).flatMap { short in ids.first { $0.hasSuffix("/" + short) } }
    }
}

/// The text of `rules explain`.
enum RuleExplanation {
    static func render(_ rule: Rule) -> String {
        let d = rule.descriptor
        var lines = ["\(d.id) [\(d.severity.rawValue)]", "", d.summary]
        if let description = d.description { lines += ["", description] }
        if let basis = d.basis { lines += ["", "Basis: \(basis)"] }
        if let docs = d.docs { lines += ["Docs: \(docs)"] }
        if let examples = rule.examples {
            lines += ["", "Examples"]
            if let asOf = examples.asOf { lines.append("  as of \(asOf)") }
            for (title, items) in [("pass", examples.pass), ("fail", examples.fail)] where !items.isEmpty {
                lines.append("  \(title):")
                lines += items.map { "    - \(FlowText.render($0))" }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Data written back in YAML flow style, scalars as they were written.
enum FlowText {
    static func render(_ value: Value) -> String {
        switch value.kind {
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .map(let map): return "{ " + map.entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + " }"
        case .string(let s):
            let plain = !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || " -_/".contains($0) } && s.first != " " && !s.first!.isNumber
            return plain ? s : "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        default: return value.text
        }
    }
}
