import DataModel

/// The function extensions RFC 9535 defines.
enum FunctionExtension: String {
    case length, count, match, search, value

    /// How many arguments the function takes.
    var arity: Int {
        switch self {
        case .length, .count, .value: return 1
        case .match, .search: return 2
        }
    }
}

extension QueryParser {
    /// A parsed function argument and the offset where it starts.
    struct Argument {
        var expression: ParsedExpression
        var start: Int
    }

    /// Parses the argument list of function `name` (the text is at its `(`) and checks each
    /// argument against the function's declared parameter types.
    mutating func parseFunctionCall(_ name: String, at start: Int) throws(JSONPathError) -> FunctionResult {
        guard let function = FunctionExtension(rawValue: name) else {
            throw error(ParseMessage.unknownFunction(name), at: start)
        }
        position += 1  // "("
        skipBlanks()
        var arguments: [Argument] = []
        if !consume(")") {
            while true {
                let argumentStart = position
                arguments.append(Argument(expression: try parseLogicalOr(), start: argumentStart))
                skipBlanks()
                if consume(")") { break }
                guard consume(",") else { throw error(ParseMessage.expectedCloseParen) }
                skipBlanks()
            }
        }
        guard arguments.count == function.arity else {
            throw error(ParseMessage.argumentCount(name, expected: function.arity, found: arguments.count), at: start)
        }
        switch function {
        case .length:
            return .value(.length(try valueArgument(arguments, 0, of: name)))
        case .count:
            return .value(.count(try nodesArgument(arguments, 0, of: name)))
        case .value:
            return .value(.value(try nodesArgument(arguments, 0, of: name)))
        case .match, .search:
            let subject = try valueArgument(arguments, 0, of: name)
            let pattern = try valueArgument(arguments, 1, of: name)
            let isAnchored = function == .match
            let source: RegexTest.Pattern
            if case .literal(let literal) = pattern, case .string(let text) = literal.kind {
                let compiled = IRegexpCache.shared.compile(text, anchored: isAnchored)
                if compiled == nil {
                    warnings.append(JSONPathWarning(
                        column: arguments[1].start + 1, message: ParseMessage.invalidPattern(text, name), query: self.text))
                }
                source = .literal(compiled)
            } else {
                source = .dynamic(pattern)
            }
            return .logical(RegexTest(subject: subject, pattern: source, isAnchored: isAnchored))
        }
    }

    /// A ValueType argument: a literal, a singular query or a ValueType call.
    private func valueArgument(_ arguments: [Argument], _ index: Int, of name: String) throws(JSONPathError) -> Comparand {
        guard case .bare(let operand, _) = arguments[index].expression, let comparand = Self.valueComparand(operand) else {
            throw error(ParseMessage.argumentNotValue(name, index + 1), at: arguments[index].start)
        }
        return comparand
    }

    /// A NodesType argument: a query.
    private func nodesArgument(_ arguments: [Argument], _ index: Int, of name: String) throws(JSONPathError) -> FilterQuery {
        guard case .bare(.query(let query), _) = arguments[index].expression else {
            throw error(ParseMessage.argumentNotNodes(name, index + 1), at: arguments[index].start)
        }
        return query
    }
}
