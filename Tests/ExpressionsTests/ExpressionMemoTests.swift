import DataModel
import Expressions
import Testing

@Suite("Expressions reading one field remember their content by the field's text")
struct ExpressionMemoTests {
    private static let scope = ExpressionScope(variables: ["procedure"])

    private static func table(days: Int) -> LookupTable {
        var table = LookupTable()
        for i in 0..<50 { table.insert(key: .string("1.\(100_000 + i)"), record: .map(["days": Value(.int(days + i))])) }
        return table
    }

    /// The expression's content for each item, bound in place one after another as checks bind them.
    private static func contents(_ source: String, items: [Value], activation: Activation) throws -> [String] {
        let expression = try scope.compile(source)
        return items.withUnsafeBufferPointer { items in
            items.indices.map { i in
                activation.rebind(itemAt: items.baseAddress! + i)
                return (try? expression.evaluateContent(activation))?.celLiteral() ?? "error"
            }
        }
    }

    @Test("repeated codes, absent and non-string fields give what evaluating each item gives")
    func sameAsEvaluatingEachItem() throws {
        // 20,000 items over 60 codes (10 not in the lookup), some without the field, some numbers.
        let items: [Value] = (0..<20_000).map { i in
            switch i % 97 {
            case 0: return .map(["other": "x"])
            case 1: return .map(["code": Value(.int(i))])
            default: return .map(["code": Value(.string("1.\(100_000 + i % 60)"))])
            }
        }
        let table = Self.table(days: 10)
        let activation = Activation(scope: Self.scope, item: .null, variables: [.lookup(table)])
        let expression = try Self.scope.compile("code in procedure ? procedure[code].days * 2 : -1")
        let remembered = try Self.contents("code in procedure ? procedure[code].days * 2 : -1", items: items, activation: activation)
        for (item, content) in zip(items, remembered) {
            let fresh = Activation(scope: Self.scope, item: item, variables: [.lookup(table)])
            #expect(content == ((try? expression.evaluateContent(fresh))?.celLiteral() ?? "error"))
        }
        #expect(remembered[2] == "24")
        #expect(remembered[59] == "-1")
        #expect(remembered[97] == "error")
    }

    @Test("expressions reading the same field share a memo, each with contents of its own")
    func expressionsShareAFieldsMemo() throws {
        // Four expressions on `code` (three share one memo, the fourth takes another), evaluated
        // item by item in turn, as a rule's `where` and check evaluate them.
        let sources = ["code in procedure", "procedure[code].days", "procedure[code].days > 30 ? 'long' : 'short'", "size(code)"]
        let expressions = try sources.map { try Self.scope.compile($0) }
        let items: [Value] = (0..<5_000).map { i in
            i % 41 == 0 ? .map(["code": Value(.int(i))]) : .map(["code": Value(.string("1.\(100_000 + i % 70)"))])
        }
        let table = Self.table(days: 10)
        let activation = Activation(scope: Self.scope, item: .null, variables: [.lookup(table)])
        var remembered: [[String]] = []
        items.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                activation.rebind(itemAt: buffer.baseAddress! + i)
                remembered.append(expressions.map { (try? $0.evaluateContent(activation))?.celLiteral() ?? "error" })
            }
        }
        for (item, contents) in zip(items, remembered) {
            let fresh = Activation(scope: Self.scope, item: item, variables: [.lookup(table)])
            #expect(contents == expressions.map { (try? $0.evaluateContent(fresh))?.celLiteral() ?? "error" })
        }
        #expect(remembered[1] == ["true", "11", "\"short\"", "8"])
        #expect(remembered[69] == ["false", "error", "error", "8"])
    }

    @Test("new variables (the next document) are not answered from the last document's memo")
    func variablesChangeForgets() throws {
        let items: [Value] = (0..<3_000).map { .map(["code": Value(.string("1.\(100_000 + $0 % 5)"))]) }
        let activation = Activation(scope: Self.scope, item: .null, variables: [.lookup(Self.table(days: 10))])
        let first = try Self.contents("procedure[code].days", items: items, activation: activation)
        activation.setVariable(0, .lookup(Self.table(days: 100)))
        let second = try Self.contents("procedure[code].days", items: items, activation: activation)
        #expect(first.prefix(5) == ["10", "11", "12", "13", "14"])
        #expect(second.prefix(5) == ["100", "101", "102", "103", "104"])
        #expect(second.last == "104")
    }

    @Test("texts that never repeat are computed every time and stay right")
    func uniqueTexts() throws {
        let items: [Value] = (0..<12_000).map { .map(["code": Value(.string("HS-2020-\(100_000 + $0)-long-enough-to-be-stored-out-of-line"))]) }
        let activation = Activation(scope: Self.scope, item: .null, variables: [.lookup(LookupTable())])
        let sizes = try Self.contents("size(code) + 1", items: items, activation: activation)
        #expect(sizes.allSatisfy { $0 == "52" })
    }
}
