import DataModel
import Expressions

/// Builds a lookup's table from the documents it reads: each node `from` selects, indexed by
/// its `key` (a node whose key is null or fails is not indexed; the first occurrence wins).
enum LookupBuilder {
    static func build(_ lookup: LookupDefinition, from documents: [RunDocument], asOf: CivilDate) -> LookupState {
        var table = LookupTable()
        guard let first = documents.first else { return LookupState(table: table, readAnyDocument: false) }
        let activation = Activation(scope: lookup.keyScope, item: .null, variables: first.documentVariables(asOf: asOf))
        for document in documents {
            for (slot, value) in document.documentVariables(asOf: asOf).enumerated() { activation.setVariable(slot, value) }
            for selector in lookup.from {
                for match in selector.query.evaluate(document.root) {
                    activation.rebind(item: match.node)
                    guard case .success(let key) = lookup.key.evaluate(activation), !key.isNull else { continue }
                    table.insert(key: key, record: match.node)
                }
            }
        }
        return LookupState(table: table, readAnyDocument: true)
    }
}
