/// The string functions: `size`, `startsWith`, `endsWith`, `contains`, `matches`, `capture`,
/// `lowerAscii`, `upperAscii`, `lower`, `upper`, `trim`, `split`, `join`.
enum StringFunctions {
    private static let s: Set<ExprType> = [.string]

    static let specs: [String: FunctionSpec] = [
        "size": .unary([.string, .list, .map], .int) { v throws(EvalError) in
            switch v.resolved {
            case .string(let str): return .int(str.unicodeScalars.count)
            case let other:
                if let list = other.listView { return .int(list.count) }
                if let map = other.mapView { return .int(map.count) }
                throw Args.overload("size", [v])
            }
        },
        "startsWith": textTest("startsWith") { $0.hasPrefix($1) },
        "endsWith": textTest("endsWith") { $0.hasSuffix($1) },
        "contains": textTest("contains") { $1.isEmpty || $0.contains($1) },
        "lowerAscii": transform("lowerAscii") { String(String.UnicodeScalarView($0.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 })) },
        "upperAscii": transform("upperAscii") { String(String.UnicodeScalarView($0.unicodeScalars.map { ("a"..."z").contains($0) ? Unicode.Scalar($0.value - 32)! : $0 })) },
        "lower": transform("lower") { $0.lowercased() },
        "upper": transform("upper") { $0.uppercased() },
        "trim": transform("trim") { str in
            let scalars = str.unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            return String(scalars[first...last])
        },
        "split": .binary(s, s, .list) { a, b throws(EvalError) in
            let str = try Args.string(a, "split", [a, b]), sep = try Args.string(b, "split", [a, b])
            if sep.isEmpty { return .list(str.map { .string(String($0)) }) }
            return .list(str.split(separator: sep, omittingEmptySubsequences: false).map { .string(String($0)) })
        },
        "join": .variadic(1...2, [[.list], s], .string) { args throws(EvalError) in
            guard let list = args[0].listView else { throw Args.overload("join", args) }
            let sep = args.count > 1 ? try Args.string(args[1], "join", args) : ""
            var parts: [String] = []
            for i in 0..<list.count {
                guard case .string(let part) = list[i].resolved else { throw EvalError(Msg.joinNonString(list[i].type)) }
                parts.append(part)
            }
            return .string(parts.joined(separator: sep))
        },
        "matches": regexFunction("matches", .bool) { regex, text in .bool(regex.matches(text)) },
        "capture": regexFunction("capture", nil) { regex, text in
            guard let groups = regex.namedCaptures(text) else { return .null }
            var map = ExprMap()
            for group in groups { map.insert(.string(group.name), group.text.map { .string($0) } ?? .null) }
            return .map(map)
        },
    ]

    private static func textTest(_ name: String, _ test: @escaping @Sendable (String, String) -> Bool) -> FunctionSpec {
        .binary(s, s, .bool) { a, b throws(EvalError) in
            .bool(test(try Args.string(a, name, [a, b]), try Args.string(b, name, [a, b])))
        }
    }

    private static func transform(_ name: String, _ f: @escaping @Sendable (String) -> String) -> FunctionSpec {
        .unary(s, .string) { v throws(EvalError) in .string(f(try Args.string(v, name, [v]))) }
    }

    /// A function of a text and a pattern; a literal pattern is compiled once, when the
    /// expression compiles, and an invalid one is a compile error.
    private static func regexFunction(
        _ name: String, _ result: ExprType?, _ f: @escaping @Sendable (CompiledRegex, String) -> ExprValue
    ) -> FunctionSpec {
        FunctionSpec(arity: 2...2, params: [s, s], result: result) { _, args throws(ExpressionError) in
            if case .string(let pattern)? = args[1].constant {
                let regex: CompiledRegex
                do throws(EvalError) { regex = try CompiledRegex(pattern) } catch { throw ExpressionError(error.reason, column: args[1].column) }
                return UnaryCallNode({ v throws(EvalError) in f(regex, try Args.string(v, name, [v, .string(pattern)])) }, args[0].node)
            }
            return BinaryCallNode({ a, b throws(EvalError) in
                let text = try Args.string(a, name, [a, b])
                return f(try RegexCache.shared.regex(try Args.string(b, name, [a, b])), text)
            }, args[0].node, args[1].node)
        }
    }
}
