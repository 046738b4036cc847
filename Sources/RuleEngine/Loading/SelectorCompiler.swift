import DataModel
import JSONPath

/// Compiles JSONPath selectors (`for-each`, `lookups.from`), reporting a bad one at the exact
/// character of the file where it goes wrong.
struct SelectorCompiler {
    let sink: DiagnosticSink
    let positions: (FileID) -> ScalarPosition?

    /// One path or a list of paths; absent means the document root, `$`.
    func compile(_ value: Value?, key: String) -> [Selector] {
        guard let value else { return [Selector(query: try! JSONPathQuery("$"), text: "$", location: .unknown)] }
        var out: [Selector] = []
        for item in value.list ?? [value] {
            guard let text = item.string else {
                sink.error(RuleSetMessages.expectedStrings(key, found: item), at: item.location)
                continue
            }
            do {
                let query = try JSONPathQuery(text)
                for warning in query.warnings {
                    sink.warning(RuleSetMessages.suspectJSONPath(warning.message), at: location(of: item, column: warning.column))
                }
                out.append(Selector(query: query, text: text, location: item.location))
            } catch {
                sink.error(RuleSetMessages.badJSONPath(error.message), at: location(of: item, column: error.column))
            }
        }
        return out
    }

    /// The file position of `column` (1-based, in the query text) of a selector scalar.
    private func location(of item: Value, column: Int) -> SourceLocation {
        positions(item.location.file)?.location(of: item, column: column) ?? item.location
    }
}
