import RuleEngine

/// The `--summary` block of the text report: every target, then findings per rule and per file.
struct TextSummary {
    let result: LintResult
    let statistics: FindingStatistics
    let style: ANSIStyle

    func render() -> String {
        var out = style.bold("Targets") + "\n"
        if result.scorecard.targets.isEmpty {
            out += "  (no targets were evaluated)\n"
        } else {
            let rows = result.scorecard.targets.map { target in
                [target.isMeasurement ? "·" : target.passed ? "✓" : "✗", target.ruleID, ScorecardFormatting.group(target),
                 ScorecardFormatting.measured(target), target.bound]
            }
            out += table(rows, colour: { row, cell in
                switch row[0] {
                case "✓": style.green(cell)
                case "✗": style.red(cell)
                default: cell
                }
            })
        }
        out += "\n" + style.bold("Findings by rule") + "\n"
        if statistics.byRule.isEmpty {
            out += "  (none)\n"
        } else {
            out += table(statistics.byRule.map { rule in
                [rule.ruleID, rule.severity.rawValue, String(rule.count), Self.fileList(rule.files)]
            })
        }
        out += "\n" + style.bold("Findings by file") + "\n"
        if statistics.byFile.isEmpty {
            out += "  (none)\n"
        } else {
            out += table(statistics.byFile.map { file in
                [file.path.isEmpty ? "(no file)" : file.path,
                 Plural.count(file.errors, "error"), Plural.count(file.warnings, "warning"), "\(file.infos) info"]
            })
        }
        return out + "\n"
    }

    /// `a.csv, b.yml` for up to three files, then `and N more`.
    static func fileList(_ files: [String]) -> String {
        let shown = files.prefix(3).joined(separator: ", ")
        return files.count > 3 ? "\(shown) and \(files.count - 3) more" : shown
    }

    /// Left-aligned columns two spaces apart, indented by two; `colour` may style the first cell.
    private func table(_ rows: [[String]], colour: ((_ row: [String], _ cell: String) -> String)? = nil) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in rows {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padded = column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
                cells.append(column == 0 && colour != nil ? colour!(row, padded) : padded)
            }
            out += "  " + cells.joined(separator: "  ") + "\n"
        }
        return out
    }
}
