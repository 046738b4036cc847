import ArgumentParser
import RuleEngine

/// `govlint rules list`: a table of every rule with its severity, summary and legal basis.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every rule: id, severity, summary, basis.")

    @OptionGroup var selection: RuleSetSelection

    func run() throws {
        let rules = try selection.load().flatMap(\.rules)
        print(RuleTable.render(rules.map(\.descriptor)))
    }
}

/// The text table of `rules list`.
enum RuleTable {
    static func render(_ rules: [RuleDescriptor]) -> String {
        let header = ["ID", "SEVERITY", "SUMMARY", "BASIS"]
        let rows = rules.map { [$0.id, $0.severity.rawValue, $0.summary, $0.basis ?? ""] }
        let widths = (0..<3).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0]) }.joined(separator: "  ") + "  " + row[3]
        }.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}

extension String {
    /// The string padded with spaces to `length` characters.
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
