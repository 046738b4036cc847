import DataModel
import Expressions

/// A loaded document in a run, with what expressions see of it (`doc`) and its place in the
/// run's order.
struct RunDocument {
    /// Its position in the run (files in path order, then documents in stream order).
    let index: Int
    let document: Document
    /// Its path relative to the config root, what `files` globs match.
    let relativePath: String
    /// `doc`: `{path, name, format, columns}`.
    let docValue: ExprValue

    init(index: Int, document: Document, relativePath: String) {
        self.index = index
        self.document = document
        self.relativePath = relativePath
        let path = document.path
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var map = ValueMap()
        map.set("path", Value(.string(path)))
        map.set("name", Value(.string(name)))
        map.set("format", Value(.string(document.format.rawValue)))
        map.set("columns", document.columns.map { Value(.list($0.map { Value(.string($0)) })) } ?? .null)
        docValue = ExprValue(Value(.map(map)))
    }

    var root: Value { document.root }

    /// The values of the document-level variables: `root`, `doc`, `as_of`.
    func documentVariables(asOf: CivilDate) -> [ExprValue] {
        [ExprValue(root), docValue, .date(asOf)]
    }
}
