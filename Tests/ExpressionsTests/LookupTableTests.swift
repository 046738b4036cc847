import DataModel
import Expressions
import Testing

@Suite("Lookup tables index records by value")
struct LookupTableTests {
    @Test("thousands of ASCII codes, numbers and dates are each found, and absent keys are not")
    func manyKeys() {
        var table = LookupTable()
        for i in 0..<3000 { table.insert(key: .string("1.\(100_000 + i)"), record: Value(.int(i))) }
        table.insert(key: .int(7), record: "seven")
        table.insert(key: .date(CivilDate(year: 2020, month: 2, day: 29)!), record: "leap")
        #expect(table.count == 3002)
        #expect(table[.string("1.100000")] == Value(.int(0)))
        #expect(table[.string("1.102999")] == Value(.int(2999)))
        #expect(table[.data(Value(.string("1.101234")))] == Value(.int(1234)))
        #expect(table[.string("1.103000")] == nil)
        #expect(table[.double(7.0)] == "seven")
        #expect(table[.string("7")] == nil)
        #expect(table.contains(.date(CivilDate(year: 2020, month: 2, day: 29)!)))
        #expect(table.insert(key: .string("1.100000"), record: "again") == .duplicate)
        #expect(table.insert(key: .null, record: "none") == .invalidKey)
    }

    @Test("string keys compare as Swift strings: canonically equivalent spellings are one key")
    func canonicalEquivalence() {
        var table = LookupTable()
        table.insert(key: .string("\u{212A}"), record: "kelvin")  // KELVIN SIGN, canonically "K"
        table.insert(key: .string("Phê duyệt"), record: "approval")
        #expect(table[.string("K")] == "kelvin")
        #expect(table[.string("Phe\u{302} duyệt")] == "approval")
        #expect(table.insert(key: .string("K"), record: "other") == .duplicate)
    }

    @Test("a copy is independent of the table it was copied from")
    func copyOnWrite() {
        var original = LookupTable()
        original.insert(key: .string("a"), record: 1)
        var copy = original
        copy.insert(key: .string("b"), record: 2)
        #expect(original.count == 1)
        #expect(original[.string("b")] == nil)
        #expect(copy[.string("b")] == Value(.int(2)))
    }
}
