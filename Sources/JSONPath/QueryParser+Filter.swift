import DataModel

/// A filter operand before it is known whether it is compared, tested or passed to a function.
enum Operand {
    case literal(Value)
    case query(FilterQuery)
    case function(name: String, FunctionResult)
}

/// A parsed function call, typed by its declared result.
enum FunctionResult {
    /// ValueType: usable as a comparand or a ValueType argument.
    case value(ValueFunction)
    /// LogicalType: usable as a test.
    case logical(RegexTest)
}

/// A parsed expression that may still be a bare operand; only a function argument may stay one.
enum ParsedExpression {
    case logical(LogicalExpression)
    /// An operand with no operator, and the offset where it starts.
    case bare(Operand, at: Int)
}

extension QueryParser {
    /// Parses the `logical-expr` of a filter selector.
    mutating func parseFilter() throws(JSONPathError) -> LogicalExpression {
        try logical(parseLogicalOr())
    }

    /// Parses `logical-or-expr`, keeping a lone operand bare for function arguments.
    mutating func parseLogicalOr() throws(JSONPathError) -> ParsedExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error(ParseMessage.tooDeep) }
        return try parseChain("||", combine: LogicalExpression.or) { (parser: inout QueryParser) throws(JSONPathError) in
            try parser.parseChain("&&", combine: LogicalExpression.and) { (parser: inout QueryParser) throws(JSONPathError) in
                try parser.parseBasic()
            }
        }
    }

    /// Parses `operand *(S op S operand)`.
    private mutating func parseChain(
        _ op: String, combine: ([LogicalExpression]) -> LogicalExpression,
        operand: (inout QueryParser) throws(JSONPathError) -> ParsedExpression
    ) throws(JSONPathError) -> ParsedExpression {
        let first = try operand(&self)
        var terms: [LogicalExpression] = []
        while true {
            let beforeBlanks = position
            skipBlanks()
            guard consume(op) else {
                position = beforeBlanks
                break
            }
            skipBlanks()
            if terms.isEmpty { terms.append(try logical(first)) }
            terms.append(try logical(operand(&self)))
        }
        return terms.isEmpty ? first : .logical(combine(terms))
    }

    /// Parses `basic-expr`: a parenthesized expression, a comparison or a test, each maybe negated.
    private mutating func parseBasic() throws(JSONPathError) -> ParsedExpression {
        if consume("!") {
            skipBlanks()
            if peek == "(" { return .logical(.not(try parseParenthesized())) }
            let start = position
            let test = try logical(.bare(parseOperand(), at: start))
            let beforeBlanks = position
            skipBlanks()
            let operatorStart = position
            if parseComparisonOperator() != nil { throw error(ParseMessage.negatedComparison, at: operatorStart) }
            position = beforeBlanks
            return .logical(.not(test))
        }
        if peek == "(" { return .logical(try parseParenthesized()) }
        let start = position
        let operand = try parseOperand()
        let beforeBlanks = position
        skipBlanks()
        guard let op = parseComparisonOperator() else {
            position = beforeBlanks
            return .bare(operand, at: start)
        }
        let lhs = try comparand(operand, at: start)
        skipBlanks()
        let rhsStart = position
        guard let first = peek, Self.startsOperand(first) else { throw error(ParseMessage.expectedComparable) }
        let rhs = try comparand(parseOperand(), at: rhsStart)
        return .logical(.comparison(lhs, op, rhs))
    }

    private mutating func parseParenthesized() throws(JSONPathError) -> LogicalExpression {
        position += 1  // "("
        skipBlanks()
        let expression = try logical(parseLogicalOr())
        skipBlanks()
        guard consume(")") else { throw error(ParseMessage.expectedCloseParen) }
        return expression
    }

    private mutating func parseComparisonOperator() -> ComparisonOperator? {
        ComparisonOperator.allCases.first { consume($0.rawValue) }
    }

    private static func startsOperand(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "@", "$", "'", "\"", "-", "0"..."9", "a"..."z": return true
        default: return false
        }
    }

    /// Parses a query, a function call or a literal.
    private mutating func parseOperand() throws(JSONPathError) -> Operand {
        let start = position
        guard let first = peek else { throw error(ParseMessage.expectedOperand) }
        switch first {
        case "@", "$":
            let isRelative = first == "@"
            position += 1
            return .query(FilterQuery(isRelative: isRelative, segments: try parseSegments()))
        case "'", "\"":
            return .literal(Value(.string(try parseStringLiteral())))
        case "-", "0"..."9":
            return .literal(try parseNumberLiteral())
        case "a"..."z":
            var name = String.UnicodeScalarView()
            while let scalar = peek, ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                name.append(scalar)
                position += 1
            }
            let word = String(name)
            if peek == "(" { return .function(name: word, try parseFunctionCall(word, at: start)) }
            switch word {
            case "true": return .literal(Value(.bool(true)))
            case "false": return .literal(Value(.bool(false)))
            case "null": return .literal(Value(.null))
            default:
                if FunctionExtension(rawValue: word) != nil { throw error(ParseMessage.expectedOpenParen) }
                throw error(ParseMessage.expectedOperand, at: start)
            }
        default:
            throw error(ParseMessage.expectedOperand)
        }
    }

    /// The expression as a test: a bare query tests existence, a bare LogicalType call its result.
    func logical(_ parsed: ParsedExpression) throws(JSONPathError) -> LogicalExpression {
        switch parsed {
        case .logical(let expression): return expression
        case .bare(.query(let query), _): return .exists(query)
        case .bare(.function(_, .logical(let test)), _): return .regex(test)
        case .bare(.literal, let start): throw error(ParseMessage.literalAsTest, at: start)
        case .bare(.function(let name, .value), let start): throw error(ParseMessage.valueFunctionAsTest(name), at: start)
        }
    }

    /// The operand as a side of a comparison: a literal, a singular query or a ValueType call.
    private func comparand(_ operand: Operand, at start: Int) throws(JSONPathError) -> Comparand {
        if let comparand = Self.valueComparand(operand) { return comparand }
        if case .function(let name, _) = operand { throw error(ParseMessage.logicalFunctionCompared(name), at: start) }
        throw error(ParseMessage.nonSingularComparison, at: start)
    }

    /// The operand as a ValueType expression, or `nil` when it is not one.
    static func valueComparand(_ operand: Operand) -> Comparand? {
        switch operand {
        case .literal(let value): return .literal(value)
        case .query(let query): return query.singular.map { .query($0) }
        case .function(_, .value(let function)): return .function(function)
        case .function(_, .logical): return nil
        }
    }
}
