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
                out.append(Selector(query: try JSONPathQuery(text), text: text, location: item.location))
            } catch {
                let location = positions(item.location.file)?.location(of: item, column: error.column) ?? item.location
                sink.error(RuleSetMessages.badJSONPath(error.message), at: location)
            }
        }
        return out
    }
}
