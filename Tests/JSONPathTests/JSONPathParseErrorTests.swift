import JSONPath
import Testing

/// Invalid queries are rejected at parse time with the column and what was expected.
@Suite struct JSONPathParseErrorTests {
    @Test func descriptionNamesColumnAndQuery() {
        #expect(throws: JSONPathError(column: 21, message: "expected ']'", query: "$.dossiers[?@.x == 1")) {
            try JSONPathQuery("$.dossiers[?@.x == 1")
        }
        let error = JSONPathError(column: 21, message: "expected ']'", query: "$.dossiers[?@.x == 1")
        #expect(error.description == "expected ']' at column 21 in '$.dossiers[?@.x == 1'")
    }

    @Test(arguments: [
        ("", 1, "expected '$' at the start of the query"),
        (" $", 1, "expected '$' at the start of the query"),
        ("$ ", 2, "expected '.', '..', '[' or the end of the query"),
        ("$.a b", 4, "expected '.', '..', '[' or the end of the query"),
        ("$.", 3, "expected a member name or '*' after '.'"),
        ("$. a", 3, "expected a member name or '*' after '.'"),
        ("$..", 4, "expected a member name, '*' or '[' after '..'"),
        ("$[", 3, "expected a selector (a name, an index, a slice, '*' or a filter)"),
        ("$[1 2]", 5, "expected ']'"),
        ("$[01]", 3, "a number cannot have leading zeros"),
        ("$[-0]", 3, "'-0' is not a valid index or slice bound"),
        ("$[9007199254740992]", 3, "integer out of range; the limit is ±9007199254740991"),
        ("$[::-9007199254740992]", 5, "integer out of range; the limit is ±9007199254740991"),
        ("$[-]", 4, "expected a digit"),
        ("$['a", 3, "unterminated string literal"),
        (#"$['\q']"#, 4, "invalid escape sequence in string literal"),
        (#"$["\'"]"#, 4, "invalid escape sequence in string literal"),
        (#"$['\uD800']"#, 4, "a surrogate escape must be a high surrogate followed by '\\u' and a low surrogate"),
        (#"$['\uDC00']"#, 4, "a surrogate escape must be a high surrogate followed by '\\u' and a low surrogate"),
        ("$['a\u{01}']", 5, "control characters in a string literal must be escaped"),
        ("$[?1]", 4, "a literal cannot be used as a test; compare it with '==', '!=', '<', '<=', '>' or '>='"),
        ("$[?@.a || true]", 11, "a literal cannot be used as a test; compare it with '==', '!=', '<', '<=', '>' or '>='"),
        ("$[?@.* == 1]", 4, "only a singular query can be compared: names and indexes, without blanks inside brackets"),
        ("$[?@[ 'a' ] == 1]", 4, "only a singular query can be compared: names and indexes, without blanks inside brackets"),
        ("$[?!@.a == 1]", 9, "'!' cannot negate a comparison; write '!(...)'"),
        ("$[?@.a == ]", 11, "expected a literal, a singular query or a function call"),
        ("$[?@.a == 1.]", 13, "expected a digit"),
        ("$[?@.a == 1e]", 13, "expected a digit"),
        ("$[?@.a == 007]", 11, "a number cannot have leading zeros"),
        ("$[?(@.a]", 8, "expected ')'"),
        ("$[?@.a == True]", 11, "expected a literal, a singular query or a function call"),
        ("$[?nul == 1]", 4, "expected a query, a function call, a literal or '('"),
        ("$[?length(@.a)]", 4, "length() gives a value, which cannot be used as a test; compare it"),
        ("$[?value(@..a)]", 4, "value() gives a value, which cannot be used as a test; compare it"),
        ("$[?match(@.a, 'x') == true]", 4, "match() gives true or false, which cannot be compared; use it as a test"),
        ("$[?foo(@)]", 4, "unknown function 'foo'; the functions are length, count, match, search and value"),
        ("$[?length (@.a) == 1]", 10, "expected '(' after the function name"),
        ("$[?length(@.a, 1) == 1]", 4, "length() takes 1 argument, not 2"),
        ("$[?search(@.a) == 1]", 4, "search() takes 2 arguments, not 1"),
        ("$[?count(1) == 1]", 10, "argument 1 of count() must be a query"),
        ("$[?count(@.a == 1) == 1]", 10, "argument 1 of count() must be a query"),
        ("$[?length(@.*) == 1]", 11, "argument 1 of length() must be a value: a literal, a singular query or a value function"),
        ("$[?match(@.a, @.b && @.c)]", 15, "argument 2 of match() must be a value: a literal, a singular query or a value function"),
        ("$[?length(@.a" , 14, "expected ')'"),
    ])
    func rejects(query: String, column: Int, message: String) {
        #expect(throws: JSONPathError(column: column, message: message, query: query)) {
            try JSONPathQuery(query)
        }
    }

    @Test func literalPatternsOutsideIRegexpAreWarnedAbout() throws {
        let query = try JSONPathQuery("$[?match(@.a, '[z-a]') || search(@.b, 'ok') || search(@.c, '\\\\d')]")
        #expect(query.warnings.map(\.description) == [
            "'[z-a]' is not valid I-Regexp (RFC 9485), so match() is always false at column 15 in '\(query.text)'",
            "'\\d' is not valid I-Regexp (RFC 9485), so search() is always false at column 60 in '\(query.text)'",
        ])
        #expect(try JSONPathQuery("$[?match(@.a, @.pattern)]").warnings.isEmpty)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let query = "$[?" + String(repeating: "(", count: 10_000) + "@.a" + String(repeating: ")", count: 10_000) + "]"
        let error = #expect(throws: JSONPathError.self) { try JSONPathQuery(query) }
        #expect(error?.message == "the query nests too deeply")
        #expect(error?.column == 68)
    }

    @Test(arguments: [
        "$", "$.a", "$ .a", "$['a']", "$[ 'a' , \"b\" ]", "$[*]", "$.*", "$..a", "$..*", "$..[0]",
        "$[0]", "$[-1]", "$[1:2]", "$[::-1]", "$[ 1 : 2 : 3 ]", "$[:]", "$[::]",
        "$[?@]", "$[?@.a]", "$[?$.a]", "$[?!@.a]", "$[?(@.a)]", "$[?!(@.a == 1)]",
        "$[?@.a == -0]", "$[?@.a == 1.5e-3]", "$[?@.a == 'x' && @.b != null || @.c >= 1]",
        "$[?count(@.*) == 1]", "$[?length(@.a) > 2]", "$[?value(@..a) == 1]", "$[?length(length(@.a)) == 1]",
        "$[?match(@.a, 'a.*')]", "$[?search(@.a, @.pattern)]", "$[?length(1) == 1]",
        "$[?@['a'][0] == 1]", "$[?@ ['a'] == 1]", "$[?1 == 1]", "$[?\n@.a\t==\r1]",
        #"$['\u00e9\ud83d\ude00']"#, "$.é", "$._a1",
    ])
    func accepts(query: String) throws {
        #expect(try JSONPathQuery(query).text == query)
    }
}
