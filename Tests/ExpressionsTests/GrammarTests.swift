import Testing

/// Literals, precedence, associativity and the lexical forms of CEL.
struct GrammarTests {
    @Test(arguments: [
        ("null", "null"),
        ("true", "true"),
        ("false", "false"),
        ("12", "12"),
        ("0x1F", "31"),
        ("3.5", "3.5"),
        ("1e3", "1000.0"),
        (".5", "0.5"),
        ("2.5e-1", "0.25"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("9223372036854775807", "9223372036854775807"),
        ("\"s\"", "\"s\""),
        ("'s'", "\"s\""),
        ("\"\"\"two\nlines\"\"\"", "\"two\\nlines\""),
        ("'''it's'''", "\"it's\""),
        ("r'^\\d+$'", "\"^\\\\d+$\""),
        ("R\"a\\nb\"", "\"a\\\\nb\""),
        ("\"tab\\there\"", "\"tab\\there\""),
        ("\"\\x41\\u00e9\\U0001F600\\101\"", "\"Aé😀A\""),
        ("'quote\\'s'", "\"quote's\""),
        ("[1, 2, 3]", "[1, 2, 3]"),
        ("[1, 2,]", "[1, 2]"),
        ("[]", "[]"),
        ("{\"k\": 1, 'j': [true]}", "{\"k\": 1, \"j\": [true]}"),
        ("{1: 'a', true: 'b',}", "{1: \"a\", true: \"b\"}"),
        ("{}", "{}"),
        ("// a comment\n1", "1"),
    ])
    func literals(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("1 + 2 * 3", "7"),
        ("(1 + 2) * 3", "9"),
        ("10 - 4 - 3", "3"),
        ("100 / 10 / 5", "2"),
        ("7 % 4 * 2", "6"),
        ("2 * 3 % 4", "2"),
        ("-2 * 3", "-6"),
        ("- -2", "2"),
        ("!!true", "true"),
        ("!true || true", "true"),
        ("1 < 2 == true", "true"),
        ("1 + 1 == 2 && 3 > 2", "true"),
        ("true || false && false", "true"),
        ("(true || false) && false", "false"),
        ("false ? 1 : true ? 2 : 3", "2"),
        ("true ? (false ? 1 : 2) : 3", "2"),
        ("1 in [1, 2] && 3 in [3]", "true"),
        ("2 + 3 in [5]", "true"),
        ("-nested.inner.value", "-5"),
        ("tags[0] + tags[2]", "\"ac\""),
        ("nested['inner'].value * 2", "10"),
        ("size(tags) + tags.size()", "6"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("1 +", "compile: expected a value, name or '(', found end of expression at column 4"),
        ("(1 + 2", "compile: expected ')', found end of expression at column 7"),
        ("a = 1", "compile: '=' is not an operator; use '==' to compare at column 3"),
        ("a & b", "compile: '&' is not an operator; use '&&' at column 3"),
        ("1 2", "compile: expected an operator, found '2' at column 3"),
        ("\"open", "compile: unterminated string at column 1"),
        ("'a\\qb'", "compile: invalid escape sequence '\\q' at column 3"),
        ("1u", "compile: unsigned integers are not supported; write the number without 'u' at column 1"),
        ("b'x'", "compile: byte strings are not supported at column 1"),
        ("9223372036854775808", "compile: integer 9223372036854775808 is out of range (64-bit) at column 1"),
        ("99999999999999999999", "compile: integer 99999999999999999999 is out of range (64-bit) at column 1"),
        ("x.", "compile: expected a field or method name after '.', found end of expression at column 3"),
        ("true ? 1", "compile: expected ':' of the conditional, found end of expression at column 9"),
        ("{'a' 1}", "compile: expected ':' after a map key, found '1' at column 6"),
        ("true ? false ? 1 : 2 : 3", "compile: expected ':' of the conditional, found '?' at column 14"),
        ("if", "compile: 'if' is a reserved word at column 1"),
        ("a # b", "compile: unexpected character '#' at column 3"),
        ("Foo{a: 1}", "compile: message construction 'Name{...}' is not supported at column 4"),
        ("{'a': 1, 'a': 2}", "compile: duplicate map key \"a\" at column 10"),
        ("ñ", "compile: unexpected character 'ñ' at column 1"),
        ("'é' + x +", "compile: expected a value, name or '(', found end of expression at column 10"),
    ])
    func syntaxErrors(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(Evaluate.text(deep) == "compile: expression nests more than 128 levels deep at column 129")
        let unary = String(repeating: "!", count: 5000) + "true"
        #expect(Evaluate.text(unary).hasPrefix("compile: expression nests more than 128 levels deep"))
        for op in [" + ", " || ", " && ", " < ", " * "] {
            let chain = Array(repeating: "1", count: 1_000).joined(separator: op)
            #expect(Evaluate.text(chain).hasPrefix("compile: expression nests more than 128 levels deep"))
        }
        let members = "a" + String(repeating: ".b", count: 1_000)
        #expect(Evaluate.text(members).hasPrefix("compile: expression nests more than 128 levels deep"))
        #expect(Evaluate.text(Array(repeating: "1", count: 100).joined(separator: " + ")) == "100")
    }
}
