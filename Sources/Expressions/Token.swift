/// One lexical unit of an expression, with the column it starts at.
struct Token: Equatable {
    enum Kind: Equatable {
        case int(Int)
        case double(Double)
        case string(String)
        case identifier(String)
        case keyword(String)  // true false null in
        case symbol(String)   // operators and punctuation
        case end
    }

    var kind: Kind
    /// 1-based column of the token's first character.
    var column: Int

    /// The token as a user would name it in "expected X, found Y".
    var display: String {
        switch kind {
        case .int(let i): return "'\(i)'"
        case .double(let d): return "'\(d)'"
        case .string: return "a string"
        case .identifier(let s), .keyword(let s), .symbol(let s): return "'\(s)'"
        case .end: return "end of expression"
        }
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
}
