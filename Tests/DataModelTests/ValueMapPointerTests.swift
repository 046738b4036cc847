@testable import DataModel
import Testing

@Suite("Reading a node's map in place")
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
}
