@testable import DataModel
import Testing

@Suite("Reading a node's map or string in place")
struct ValueMapPointerTests {
    @Test("the map of a map node is found where it lies, members and all")
    func mapOfMembers() {
        var wide = ValueMap()
        for i in 0..<40 { wide.insert(ValueMap.Entry(key: "k\(i)", value: Value(.int(i)))) }
        for node in [Value.map(["id": "a", "status": "late"]), Value(.map(wide)), Value(.map(ValueMap()))] {
            withUnsafePointer(to: node) { pointer in
                let map = Value.mapPointer(at: pointer)
                #expect(map?.pointee.keys == node.map?.keys)
                #expect(map?.pointee.count == node.map?.count)
            }
        }
        withUnsafePointer(to: Value(.map(wide))) { pointer in
            let k33 = MemberName("k33").withValue(inMapAt: Value.mapPointer(at: pointer)!) { $0?.pointee }
            #expect(k33 == Value(.int(33)))
        }
    }

    @Test("a CSV row's map is found in place, and its cells through it")
    func tableRow() throws {
        let file = loadCSV("id,status\nA1,late\nB2,early\n")
        let rows = try #require(file.documents.first?.root.list)
        rows.withUnsafeBufferPointer { rows in
            let map = Value.mapPointer(at: rows.baseAddress! + 1)
            #expect(map?.pointee.keys == ["id", "status"])
            let status = MemberName("status").withValue(inMapAt: map!) { $0?.pointee.string }
            #expect(status == "early")
            #expect(MemberName("missing").withValue(inMapAt: map!) { $0 == nil })
        }
    }

    @Test("nodes that are not maps have no map", arguments: [
        Value(.null), Value(.string("a long string that is stored on the heap")), Value(.int(7)),
        Value(.double(0.5)), Value(.bool(true)), Value(.list([.map(["id": "a"])])),
        Value(.date(CivilDate(year: 2024, month: 2, day: 29)!)),
    ])
    func notMaps(node: Value) {
        withUnsafePointer(to: node) { #expect(Value.mapPointer(at: $0) == nil) }
    }

    @Test("the string of a string node is found where it lies, stored inline or not")
    func strings() throws {
        var outOfLine = String()
        outOfLine.reserveCapacity(64)
        outOfLine.append("HS-1")
        for text in ["HS-2020-000001", "a long string that is stored on the heap", outOfLine, ""] {
            withUnsafePointer(to: Value(.string(text))) { #expect(Value.stringPointer(at: $0)?.pointee == text) }
        }
        let rows = try #require(loadCSV("id,status\nA1,late\n").documents.first?.root.list)
        rows.withUnsafeBufferPointer { rows in
            let status = MemberName("status").withValue(inMapAt: Value.mapPointer(at: rows.baseAddress!)!) {
                Value.stringPointer(at: $0!)?.pointee
            }
            #expect(status == "late")
        }
        for node in [Value(.null), Value(.int(7)), Value.map(["id": "a"]), Value(.list([.init(.string("a"))]))] {
            withUnsafePointer(to: node) { #expect(Value.stringPointer(at: $0) == nil) }
        }
    }

    @Test("a date or a date-time gives its date; other nodes none")
    func dates() {
        let day = CivilDate(year: 2020, month: 2, day: 29)!
        #expect(Value(.date(day)).dateValue == day)
        #expect(Value(.dateTime(CivilDateTime(date: day, hour: 8, minute: 30)!)).dateValue == day)
        #expect(Value(.string("2020-02-29")).dateValue == nil)
        #expect(Value(.null).dateValue == nil)
    }
}
