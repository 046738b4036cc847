/// Every function expressions may call, by name.
enum FunctionLibrary {
    static let functions: [String: FunctionSpec] = StringFunctions.specs
        .merging(NumberFunctions.specs) { a, _ in a }
        .merging(DateFunctions.specs) { a, _ in a }

    /// The macros, which take expressions rather than values.
    static let macros: Set<String> = ["has", "given", "all", "exists", "exists_one", "filter", "map"]

    /// Every callable name, for did-you-mean suggestions.
    static var allNames: [String] { Array(functions.keys) + Array(macros) }
}
