import DataModel
import Expressions
import Testing

/// Name resolution, lets, variables, re-binding and lookups.
struct ScopeTests {
    private func evaluate(_ source: String, _ activation: Activation) -> String {
        do {
            return try activation.scope.compile(source).evaluate(activation).celLiteral()
        } catch let error as ExpressionError {
            return "compile: \(error)"
        } catch {
            return "error: \(error)"
        }
    }

    @Test func letsAreLazyOrderedAndShadowFields() throws {
        var scope = ExpressionScope(variables: ["as_of"])
        try scope.defineLet("parts", "number.capture(r'^(?<num>\\d+)/(?<type>[^-/]+)-(?<issuer>.+)$')")
        try scope.defineLet("issuer", "parts.issuer")
        try scope.defineLet("status", "item.status == 'x' ? 'cross' : 'other'")
        try scope.defineLet("broken", "1 / zero")
        let item: Value = .map(["number": "12/QĐ-UBND", "status": "x", "zero": 0])
        let activation = Activation(scope: scope, item: item, variables: [.null])
        #expect(evaluate("issuer", activation) == "\"UBND\"")
        #expect(evaluate("parts.type", activation) == "\"QĐ\"")
        #expect(evaluate("status", activation) == "\"cross\"")
        #expect(evaluate("item.status", activation) == "\"x\"")
        #expect(evaluate("broken", activation) == "error: division by zero")
        #expect(evaluate("true || broken", activation) == "true")
        #expect(scope.letNames == ["parts", "issuer", "status", "broken"])

        activation.rebind(item: .map(["number": "7/CV-SYT", "status": "y", "zero": 1]))
        #expect(evaluate("issuer", activation) == "\"SYT\"")
        #expect(evaluate("status", activation) == "\"other\"")
        #expect(evaluate("broken", activation) == "1")

        activation.rebind(item: .map(["status": "y"]))
        #expect(evaluate("issuer", activation) == "error: no such key: number")
        #expect(evaluate("given(issuer)", activation) == "false")
    }

    @Test func letsMayUseVariablesAndSeeTheirChanges() throws {
        var scope = ExpressionScope(variables: ["as_of", "due"])
        try scope.defineLet("late", "as_of > due")
        let activation = Activation(scope: scope, item: .map([:]), variables: [
            .date(CivilDate(year: 2020, month: 3, day: 2)!), .date(CivilDate(year: 2020, month: 3, day: 1)!),
        ])
        #expect(evaluate("late", activation) == "true")
        activation.setVariable("due", .date(CivilDate(year: 2020, month: 3, day: 5)!))
        #expect(evaluate("late", activation) == "false")
        #expect(activation.setVariable("nope", .null) == false)
        #expect(scope.slot(of: "due") == 1)
    }

    @Test func letDefinitionErrors() {
        var scope = ExpressionScope(variables: ["root"])
        #expect(throws: ExpressionError("let 'root' would hide the provided name 'root'", column: 1)) {
            try scope.defineLet("root", "1")
        }
        #expect(throws: ExpressionError("let 'item' would hide the provided name 'item'", column: 1)) {
            try scope.defineLet("item", "1")
        }
        #expect(throws: ExpressionError("let name 'a-b' is not an identifier", column: 1)) {
            try scope.defineLet("a-b", "1")
        }
        #expect(throws: ExpressionError("unknown function 'foo'", column: 3, hint: nil)) {
            try scope.defineLet("x", "1+foo()")
        }
        #expect(scope.letNames.isEmpty)
    }

    @Test func aLetRedefinedShadowsTheEarlierOne() throws {
        var scope = ExpressionScope(variables: [])
        try scope.defineLet("x", "1")
        try scope.defineLet("x", "x + 1")
        let activation = Activation(scope: scope, item: .map(["x": 40]), variables: [])
        #expect(evaluate("x", activation) == "2")
    }

    @Test func namesResolveInOrder() throws {
        var scope = ExpressionScope(variables: ["status", "root"])
        try scope.defineLet("count", "size(tags)")
        let activation = Activation(scope: scope, item: .map(["status": "field", "tags": [1, 2], "string": "s"]),
                                    variables: [.string("provided"), .data(.map(["a": 1]))])
        #expect(evaluate("status", activation) == "\"provided\"")
        #expect(evaluate("item.status", activation) == "\"field\"")
        #expect(evaluate("count", activation) == "2")
        #expect(evaluate("root.a", activation) == "1")
        #expect(evaluate("tags.map(status, status * 2)", activation) == "[2, 4]")
        #expect(evaluate("string", activation) == "\"s\"")
        #expect(evaluate("type('x') == item.string", activation) == "false")
        #expect(evaluate("int", activation) == "int")
    }

    @Test func computedItems() throws {
        let scope = ExpressionScope(variables: [])
        let activation = Activation(scope: scope, item: .null, variables: [])
        #expect(evaluate("x", activation) == "error: no field 'x' on a value of type null_type")
        #expect(evaluate("x == 1", activation) == "error: no field 'x' on a value of type null_type")
        var map = ExprMap()
        map.insert(.string("x"), .int(3))
        activation.rebind(computedItem: .map(map))
        #expect(evaluate("x + 1", activation) == "4")
        #expect(evaluate("x == 3 && 3.0 == x && x != 'a'", activation) == "true")
        #expect(evaluate("y == 3", activation) == "error: no such key: y")
    }

    @Test func lookupKeysCompareAsValues() {
        var table = LookupTable()
        #expect(table.insert(key: .string("1.001780"), record: "text key") == .inserted)
        #expect(table.insert(key: .double(1.00178), record: "number key") == .inserted)
        #expect(table.insert(key: .int(1), record: "one") == .inserted)
        #expect(table.insert(key: .double(1.0), record: "one again") == .duplicate)
        #expect(table.insert(key: .data(Value(.string("1.001780"))), record: "again") == .duplicate)
        #expect(table.insert(key: .null, record: "null") == .invalidKey)
        #expect(table.insert(key: .list([]), record: "list") == .invalidKey)
        #expect(table.insert(key: .double(.nan), record: "nan") == .invalidKey)
        #expect(table.count == 3)
        #expect(table[.string("1.001780")] == "text key")
        #expect(table[.double(1.00178)] == "number key")
        #expect(table[.int(1)] == "one")
        #expect(table[.double(1)] == "one")
        #expect(table[.string("1")] == nil)
        let scope = ExpressionScope(variables: ["procedure"])
        let activation = Activation(scope: scope, item: .map(["code": "1.001780"]), variables: [.lookup(table)])
        #expect(evaluate("procedure[code]", activation) == "\"text key\"")
        #expect(evaluate("procedure[1.0]", activation) == "\"one\"")
        #expect(evaluate("procedure.size()", activation) == "3")
        #expect(evaluate("procedure.map(k, k)", activation) == "[\"1.001780\", 1.00178, 1]")
        #expect(evaluate("code in procedure && !('x' in procedure)", activation) == "true")
        #expect(evaluate("procedure['x']", activation) == "error: no such key: x")
    }
}

/// The typed accessors the rule engine reads results with.
struct AccessorTests {
    @Test func accessors() throws {
        let date = CivilDate(year: 2020, month: 2, day: 10)!
        #expect(ExprValue.int(3).intValue == 3)
        #expect(ExprValue.double(3).intValue == 3)
        #expect(ExprValue.double(3.5).intValue == nil)
        #expect(ExprValue.int(3).doubleValue == 3)
        #expect(ExprValue.data("x").stringValue == "x")
        #expect(ExprValue.dateTime(CivilDateTime(date: date, hour: 8, minute: 0)!).dateValue == date)
        #expect(ExprValue.data([1, 2]).elements?.map { $0.celLiteral() } == ["1", "2"])
        #expect(ExprValue.int(1).celEquals(.double(1)))
        #expect(try ExprValue.string("a").celCompare(.string("b")) == -1)
        #expect(throws: EvalError("no such overload: string < int", kind: .noOverload)) {
            try ExprValue.string("a").celCompare(.int(1))
        }
        #expect(ExprValue.int(1).key == ExprValue.double(1).key)
        #expect(ExprValue.string("1.001780").key != ExprValue.double(1.00178).key)
        #expect(ExprValue.null.key == nil)
    }
}
