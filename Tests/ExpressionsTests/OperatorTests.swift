import Testing

/// CEL's value semantics: distinct int and double, heterogeneous comparison, errors as values.
struct OperatorTests {
    @Test(arguments: [
        ("7 / 2", "3"),
        ("-7 / 2", "-3"),
        ("-7 % 3", "-1"),
        ("7.0 / 2.0", "3.5"),
        ("1.0 / 0.0", "double(\"Infinity\")"),
        ("'ab' + 'cd'", "\"abcd\""),
        ("[1] + [2, 3]", "[1, 2, 3]"),
        ("tags + ['d']", "[\"a\", \"b\", \"c\", \"d\"]"),
        ("9223372036854775807 + 1", "error: integer overflow"),
        ("-9223372036854775807 - 2", "error: integer overflow"),
        ("4611686018427387904 * 2", "error: integer overflow"),
        ("-(-9223372036854775807 - 1)", "error: integer overflow"),
        ("(-9223372036854775807 - 1) / -1", "error: integer overflow"),
        ("days / 0", "error: division by zero"),
        ("days % 0", "error: modulus by zero"),
        ("days + 1.5", "error: no such overload: int + double (convert with double() or int())"),
        ("score * 2", "error: no such overload: double * int (convert with double() or int())"),
        ("score * 2.0", "150.8"),
        ("status + 1", "error: no such overload: string + int"),
        ("-status", "error: no such overload: -string"),
    ])
    func arithmetic(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("1 == 1.0", "true"),
        ("1 != 1.0", "false"),
        ("1 < 1.5", "true"),
        ("2 > 1.5", "true"),
        ("9007199254740993 > 9007199254740992.0", "true"),
        ("days == 10.0", "true"),
        ("'a' == 'a'", "true"),
        ("'a' == 1", "false"),
        ("null == null", "true"),
        ("none == null", "true"),
        ("status == null", "false"),
        ("[1, 2] == [1, 2.0]", "true"),
        ("[1, 2] == [2, 1]", "false"),
        ("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", "true"),
        ("nested == {'inner': {'value': 5}}", "true"),
        ("'B' < 'a'", "true"),
        ("'a' < 'ab'", "true"),
        ("'z' < 'é'", "true"),
        ("'Ω' < '😀'", "true"),
        ("false < true", "true"),
        ("received_at < resolved_at", "true"),
        ("resolved_at == date('2020-02-10')", "true"),
        ("resolved_at > date('2020-02-10')", "false"),
        ("received_at == date('2020-01-20')", "true"),
        ("received_at == '2020-01-20'", "false"),
        ("received_at < '2020-01-21'", "error: no such overload: date < string (convert the string with date())"),
        ("status < 1", "error: no such overload: string < int"),
        ("double('NaN') == double('NaN')", "false"),
        ("double('NaN') < 1.0", "false"),
        ("type(1) == int", "true"),
        ("type(1.0) == double", "true"),
        ("type(code) == string", "true"),
        ("type(tags) == list", "true"),
        ("type(nested) == map", "true"),
        ("type(received_at) == date", "true"),
        ("type(resolved_at) == datetime", "true"),
        ("type(none) == null_type", "true"),
        ("type(int) == type(string)", "true"),
        ("type(type(1)) == type(int)", "true"),
        ("type(procedure) == map", "true"),
    ])
    func comparison(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("false && missing", "false"),
        ("missing && false", "false"),
        ("true || missing", "true"),
        ("missing || true", "true"),
        ("true && missing", "error: no such key: missing"),
        ("missing && true", "error: no such key: missing"),
        ("false || missing", "error: no such key: missing"),
        ("missing || missing2", "error: no such key: missing"),
        ("1 / 0 == 1 && false", "false"),
        ("days && true", "error: '&&' needs a bool, got int"),
        ("false && days", "false"),
        ("true ? 1 : missing", "1"),
        ("false ? missing : 2", "2"),
        ("days ? 1 : 2", "error: '?:' needs a bool, got int"),
        ("!days", "error: no such overload: !int"),
        ("missing == 1", "error: no such key: missing"),
    ])
    func errorsAreValues(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("'b' in tags", "true"),
        ("'z' in tags", "false"),
        ("1 in [1.0]", "true"),
        ("'status' in item", "true"),
        ("'missing' in item", "false"),
        ("'1.001780' in procedure", "true"),
        ("1.00178 in procedure", "false"),
        ("7 in procedure", "true"),
        ("7.0 in procedure", "true"),
        ("'7' in procedure", "false"),
        ("1 in status", "error: no such overload: in(int, string)"),
    ])
    func membership(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("status", "\"received\""),
        ("item.status", "\"received\""),
        ("item['status']", "\"received\""),
        ("missing", "error: no such key: missing"),
        ("nested.inner.value", "5"),
        ("nested.inner.other", "error: no such key: other"),
        ("nested['inner']['value']", "5"),
        ("tags[1]", "\"b\""),
        ("tags[1.0]", "\"b\""),
        ("tags[3]", "error: index 3 out of range (list has 3 elements)"),
        ("tags[-1]", "error: index -1 out of range (list has 3 elements)"),
        ("tags['x']", "error: no such overload: list[string]"),
        ("status.length", "error: no field 'length' on a value of type string"),
        ("procedure['1.001780'].processing_days", "15"),
        ("procedure[7].code", "\"seven\""),
        ("procedure['9'].code", "error: no such key: 9"),
        ("root.procedures[1].channel", "\"online\""),
        ("{'a': {'b': 1}}.a.b", "1"),
        ("type", "\"procedure\""),
        ("has(status)", "true"),
        ("has(missing)", "false"),
        ("has(type)", "true"),
        ("has(date)", "false"),
        ("has(item.none)", "true"),
        ("has(nested.inner)", "true"),
        ("has(nested.other)", "false"),
        ("has(procedure.code)", "false"),
        ("has(status.x)", "error: no field 'x' on a value of type string"),
        ("has(missing.x)", "error: no such key: missing"),
    ])
    func access(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }

    @Test(arguments: [
        ("'a' + 1", "compile: no such overload: string + int at column 5"),
        ("1 + 2.0", "compile: no such overload: int + double (convert with double() or int()) at column 3"),
        ("!1", "compile: '!' cannot take int at column 1"),
        ("-'x'", "compile: '-' cannot take string at column 1"),
        ("1 && true", "compile: '&&' cannot take int at column 3"),
        ("'a' < 1", "compile: no such overload: string < int at column 5"),
        ("1 in 2", "compile: 'in' cannot take int at column 3"),
        ("1 ? 2 : 3", "compile: '?:' condition cannot take int at column 3"),
        ("'abc'.x", "compile: '.x' cannot take string at column 6"),
        ("{[1]: 2}", "compile: a map key cannot take list at column 2"),
        ("", "compile: expected a value, name or '(', found end of expression at column 1"),
        ("   ", "compile: expected a value, name or '(', found end of expression at column 4"),
        ("has(1)", "compile: has() takes a field selection, such as has(a.b) or has(field) at column 5"),
        ("has(root)", "compile: has() takes a field selection, such as has(a.b) or has(field) at column 5"),
        ("has(a.b, c)", "compile: has() takes a field selection, such as has(a.b) or has(field) at column 1"),
    ])
    func staticChecks(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }
}
