import Testing

/// The comprehension macros over lists and over map keys, with CEL's error rules.
struct MacroTests {
    @Test(arguments: [
        ("[1, 2, 3].all(x, x > 0)", "true"),
        ("[1, 2, 3].all(x, x > 1)", "false"),
        ("[].all(x, x > 1)", "true"),
        ("[1, 2, 3].exists(x, x == 2)", "true"),
        ("[].exists(x, true)", "false"),
        ("[1, 2, 3].exists_one(x, x > 1)", "false"),
        ("[1, 2, 3].exists_one(x, x > 2)", "true"),
        ("[1, 2, 3].filter(x, x % 2 == 1)", "[1, 3]"),
        ("[1, 2, 3].map(x, x * 10)", "[10, 20, 30]"),
        ("[1, 2, 3].map(x, x > 1, x * 10)", "[20, 30]"),
        ("tags.map(t, t.upperAscii()).join('')", "\"ABC\""),
        ("root.procedures.filter(p, p.days >= 10).size()", "2"),
        ("root.procedures.all(p, has(p.status))", "true"),
        ("{'a': 1, 'b': 2}.map(k, k)", "[\"a\", \"b\"]"),
        ("{'a': 1, 'b': 2}.exists(k, k == 'b')", "true"),
        ("nested.all(k, k == 'inner')", "true"),
        ("procedure.exists(k, k == 7)", "true"),
        ("procedure.map(k, procedure[k].processing_days)", "[15, 7]"),
        ("procedure.filter(k, type(k) == string)", "[\"1.001780\"]"),
        ("[[1, 2], [3]].map(xs, xs.map(x, x * 2))", "[[2, 4], [6]]"),
        ("[1, 2].map(x, [10, 20].map(y, x + y))", "[[11, 21], [12, 22]]"),
        ("[1, 2].exists(x, [x].all(y, y == 2))", "true"),
        ("[1, 2].map(status, status)", "[1, 2]"),
        ("[1].map(x, status)", "[\"received\"]"),
        ("[0, -1].all(x, 1 / x > 0)", "false"),
        ("[1, 0].exists(x, 1 / x == 1)", "true"),
        ("[0, 1].exists(x, 1 / x == 5)", "error: division by zero"),
        ("[1, 0].all(x, 1 / x == 1)", "error: division by zero"),
        ("[0].exists_one(x, 1 / x == 1)", "error: division by zero"),
        ("[1, 2].filter(x, x)", "error: the predicate of filter() gave int, not bool"),
        ("[1].map(x, missing)", "error: no such key: missing"),
        ("status.all(x, true)", "error: no such overload: all(string)"),
    ])
    func macros(source: String, expected: String) {
        #expect(Evaluate.text(source) == expected)
    }
}
