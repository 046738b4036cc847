/// Builds a `Syntax` tree from tokens with CEL's precedence: `?:` (right-associative), `||`,
/// `&&`, relations and `in`, `+ -`, `* / %`, unary `! -`, then member, index and call.
struct Parser {
    private let tokens: [Token]
    private var position = 0
    private var depth = 0

    /// The deepest nesting accepted, so hostile input cannot exhaust the stack.
    static let maxDepth = 128

    static func parse(_ source: String) throws(ExpressionError) -> Syntax {
        var parser = Parser(tokens: try Lexer.tokens(source))
        let tree = try parser.expression()
        let rest = parser.current
        guard rest.kind == .end else { throw ExpressionError(Msg.unexpected(rest.display, expected: "an operator"), column: rest.column) }
        return tree
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func accept(_ symbol: String) -> Token? {
        current.isSymbol(symbol) ? advance() : nil
    }

    private mutating func expect(_ symbol: String, _ what: String) throws(ExpressionError) -> Token {
        guard let token = accept(symbol) else {
            throw ExpressionError(Msg.unexpected(current.display, expected: what), column: current.column)
        }
        return token
    }

    private mutating func nest() throws(ExpressionError) {
        depth += 1
        if depth > Parser.maxDepth { throw ExpressionError(Msg.tooDeep(Parser.maxDepth), column: current.column) }
    }

    mutating func expression() throws(ExpressionError) -> Syntax {
        try nest()
        defer { depth -= 1 }
        let condition = try logicalOr()
        guard let question = accept("?") else { return condition }
        let then = try logicalOr()
        _ = try expect(":", "':' of the conditional")
        let otherwise = try expression()
        return Syntax(.conditional(condition, then, otherwise), column: question.column)
    }

    private mutating func logicalOr() throws(ExpressionError) -> Syntax {
        try leftAssociative(among: ["||"]) { (parser: inout Parser) throws(ExpressionError) in try parser.logicalAnd() }
    }

    private mutating func logicalAnd() throws(ExpressionError) -> Syntax {
        try leftAssociative(among: ["&&"]) { (parser: inout Parser) throws(ExpressionError) in try parser.relation() }
    }

    private mutating func relation() throws(ExpressionError) -> Syntax {
        try leftAssociative(among: ["<", "<=", ">", ">=", "==", "!=", "in"]) { (parser: inout Parser) throws(ExpressionError) in
            try parser.addition()
        }
    }

    private mutating func addition() throws(ExpressionError) -> Syntax {
        try leftAssociative(among: ["+", "-"]) { (parser: inout Parser) throws(ExpressionError) in try parser.multiplication() }
    }

    private mutating func multiplication() throws(ExpressionError) -> Syntax {
        try leftAssociative(among: ["*", "/", "%"]) { (parser: inout Parser) throws(ExpressionError) in try parser.unary() }
    }

    /// One left-associative precedence level: `operand`s joined by any of `operators` (the
    /// keyword `in` among them); each operator counts as one level of nesting until the level ends.
    private mutating func leftAssociative(
        among operators: Set<String>,
        operand: (inout Parser) throws(ExpressionError) -> Syntax
    ) throws(ExpressionError) -> Syntax {
        var left = try operand(&self)
        var chain = 0
        defer { depth -= chain }
        while let op = Self.binaryOperator(current, among: operators) {
            let token = advance()
            try nest()
            chain += 1
            left = Syntax(.binary(op, left, try operand(&self)), column: token.column)
        }
        return left
    }

    /// The operator `token` spells when it is one of `operators`.
    private static func binaryOperator(_ token: Token, among operators: Set<String>) -> String? {
        switch token.kind {
        case .symbol(let s) where operators.contains(s): s
        case .keyword("in") where operators.contains("in"): "in"
        default: nil
        }
    }

    private mutating func unary() throws(ExpressionError) -> Syntax {
        if let op = accept("!") {
            try nest()
            defer { depth -= 1 }
            return Syntax(.unary("!", try unary()), column: op.column)
        }
        if let op = accept("-") {
            try nest()
            defer { depth -= 1 }
            // A negative literal is one constant, so -9223372036854775808 fits.
            switch current.kind {
            case .int(let i) where !isFollowedByMember():
                _ = advance()
                return Syntax(.int(-i), column: op.column)
            case .double(let d) where !isFollowedByMember():
                _ = advance()
                if d == 9_223_372_036_854_775_808 { return Syntax(.int(Int.min), column: op.column) }
                return Syntax(.double(-d), column: op.column)
            default:
                return Syntax(.unary("-", try unary()), column: op.column)
            }
        }
        return try member()
    }

    private func isFollowedByMember() -> Bool {
        let next = tokens[min(position + 1, tokens.count - 1)]
        return next.isSymbol(".") || next.isSymbol("[")
    }

    private mutating func member() throws(ExpressionError) -> Syntax {
        var node = try primary()
        var chain = 0
        defer { depth -= chain }
        while true {
            if current.isSymbol(".") || current.isSymbol("[") {
                try nest()
                chain += 1
            }
            if let dot = accept(".") {
                guard case .identifier(let name) = current.kind else {
                    throw ExpressionError(Msg.unexpected(current.display, expected: "a field or method name after '.'"), column: current.column)
                }
                let nameToken = advance()
                if accept("(") != nil {
                    node = Syntax(.call(receiver: node, name: name, arguments: try arguments(closing: ")")), column: nameToken.column)
                } else {
                    node = Syntax(.select(node, name), column: dot.column)
                }
            } else if let open = accept("[") {
                let index = try expression()
                _ = try expect("]", "']'")
                node = Syntax(.index(node, index), column: open.column)
            } else {
                return node
            }
        }
    }

    private mutating func arguments(closing: String) throws(ExpressionError) -> [Syntax] {
        var list: [Syntax] = []
        if accept(closing) != nil { return list }
        while true {
            list.append(try expression())
            if accept(closing) != nil { return list }
            _ = try expect(",", "',' or '\(closing)'")
            if closing == "]", accept(closing) != nil { return list }
        }
    }

    private mutating func primary() throws(ExpressionError) -> Syntax {
        let token = advance()
        switch token.kind {
        case .int(let i): return Syntax(.int(i), column: token.column)
        case .double(let d):
            if d == 9_223_372_036_854_775_808 { throw ExpressionError(Msg.intOutOfRange("9223372036854775808"), column: token.column) }
            return Syntax(.double(d), column: token.column)
        case .string(let s): return Syntax(.string(s), column: token.column)
        case .keyword("true"): return Syntax(.bool(true), column: token.column)
        case .keyword("false"): return Syntax(.bool(false), column: token.column)
        case .keyword("null"): return Syntax(.null, column: token.column)
        case .identifier(let name):
            if accept("(") != nil {
                return Syntax(.call(receiver: nil, name: name, arguments: try arguments(closing: ")")), column: token.column)
            }
            if current.isSymbol("{") { throw ExpressionError(Msg.messageConstruction, column: current.column) }
            return Syntax(.identifier(name), column: token.column)
        case .symbol("("):
            let inner = try expression()
            _ = try expect(")", "')'")
            return inner
        case .symbol("["):
            try nest()
            defer { depth -= 1 }
            return Syntax(.list(try arguments(closing: "]")), column: token.column)
        case .symbol("{"):
            try nest()
            defer { depth -= 1 }
            return Syntax(.map(try mapEntries()), column: token.column)
        case .symbol("."):
            throw ExpressionError(Msg.leadingDot, column: token.column)
        default:
            throw ExpressionError(Msg.unexpected(token.display, expected: "a value, name or '('"), column: token.column)
        }
    }

    private mutating func mapEntries() throws(ExpressionError) -> [(key: Syntax, value: Syntax)] {
        var entries: [(key: Syntax, value: Syntax)] = []
        if accept("}") != nil { return entries }
        while true {
            let key = try expression()
            _ = try expect(":", "':' after a map key")
            entries.append((key, try expression()))
            if accept("}") != nil { return entries }
            _ = try expect(",", "',' or '}'")
            if accept("}") != nil { return entries }
        }
    }
}
