import DataModel
import Testing

@Suite("Member lookup that remembers the member's position")
struct MemberNameTests {
    @Test("finds the member in maps of different key orders, and nil (not a null value) when absent")
    func lookupAcrossShapes() {
        let status = MemberName("status")
        let first: Value = .map(["id": "a", "status": "late"])
        let reordered: Value = .map(["status": "early", "id": "b", "note": nil])
        let without: Value = .map(["id": "c", "note": "x"])
        #expect(status.value(in: first.map!)?.string == "late")
        #expect(status.value(in: reordered.map!)?.string == "early")
        // The remembered position now points at `id`; a map lacking the member still gives nil.
        #expect(status.value(in: without.map!) == nil)
        #expect(status.value(in: ValueMap()) == nil)
        #expect(status.value(in: first.map!)?.string == "late")
    }

    @Test("a member whose value is null is found as a null value")
    func nullMember() {
        let note = MemberName("note")
        let value = note.value(in: Value.map(["id": "b", "note": nil]).map!)
        #expect(value != nil)
        #expect(value?.isNull == true)
    }

    @Test("wide maps with a key index are searched too")
    func wideMap() {
        var map = ValueMap()
        for i in 0..<40 { map.insert(ValueMap.Entry(key: "k\(i)", value: Value(.int(i)))) }
        let k33 = MemberName("k33")
        #expect(k33.value(in: map).map { $0 == Value(.int(33)) } == true)
        #expect(MemberName("k40").value(in: map) == nil)
    }
}
