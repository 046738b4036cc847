import Expressions

/// The names a violation provides for its message (`due`, `missing`, `field`…) with their values.
///
/// A violation provides a handful, so they are kept as a list searched by name: building a
/// dictionary's hashed table for each violation, and hashing every name again to read it, costs
/// more than comparing a few short names.
struct ProvidedValues: ExpressibleByDictionaryLiteral {
    private var entries: [(String, ExprValue)]

    init(dictionaryLiteral elements: (String, ExprValue)...) { entries = elements }

    /// The value provided as `name`; setting `nil` removes it.
    subscript(name: String) -> ExprValue? {
        get {
            for (entryName, value) in entries where entryName == name { return value }
            return nil
        }
        set {
            let index = entries.firstIndex { $0.0 == name }
            switch (index, newValue) {
            case let (index?, value?): entries[index].1 = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }

    /// These values with `other`'s added, `other`'s winning where both provide a name.
    func merging(_ other: ProvidedValues) -> ProvidedValues {
        var merged = self
        for (name, value) in other.entries { merged[name] = value }
        return merged
    }
}
