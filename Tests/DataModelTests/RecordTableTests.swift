@testable import DataModel
import Testing

@Suite("CSV rows stored as rows of one table")
struct RecordTableTests {
    private let file = loadCSV("id,status,note\nA1,late,x\nB2,early,\n")

    @Test("a row answers like a map of its own: members, keys, positions, key locations")
    func rowReadsLikeAMap() throws {
        let row = try #require(file.rows.last?.map)
        #expect(row.count == 3)
        #expect(row.keys == ["id", "status", "note"])
        #expect(row.position(of: "status") == 1)
        #expect(row.position(of: "missing") == nil)
        #expect(row["status"]?.string == "early")
        #expect(row["note"]?.isNull == true)
        #expect(row.key(at: 2) == "note")
        #expect(row.value(at: 0).string == "B2")
        // A member's key location is where the row gives the key its value: the cell.
        #expect(row.entries.map(\.keyLocation.span) == ["3:1-3:3", "3:4-3:9", "3:10-3:10"])
        #expect(row.entries.map(\.value.location.span) == ["3:1-3:3", "3:4-3:9", "3:10-3:10"])
        #expect(row.entry("id")?.value.string == "B2")
    }

    @Test("a row equals the same members held by a map, whatever their order")
    func rowEqualsMembers() throws {
        let row = try #require(file.rows.first)
        #expect(row == Value.map(["status": "late", "id": "A1", "note": "x"]))
        #expect(row != Value.map(["status": "late", "id": "A1", "note": "y"]))
        #expect(row != file.rows[1])
    }

    @Test("changing a row's copy gives it members of its own and leaves the table alone")
    func changingARowCopies() throws {
        let original = try #require(file.rows.first?.map)
        var changed = original
        changed.set("status", "on_time")
        changed.set("added", 7)
        #expect(changed["status"]?.string == "on_time")
        #expect(changed.keys == ["id", "status", "note", "added"])
        #expect(changed.insert(ValueMap.Entry(key: "id", value: "Z")) == 0)
        #expect(original["status"]?.string == "late")
        #expect(original.count == 3)
        #expect(file.rows.first?.map?["status"]?.string == "late")
    }

    @Test("member lookups find cells of rows, and remember their column across maps of other shapes")
    func memberNameOnRows() throws {
        let status = MemberName("status")
        #expect(status.value(in: try #require(file.rows.first?.map))?.string == "late")
        #expect(status.value(in: Value.map(["status": "early", "id": "b"]).map!)?.string == "early")
        #expect(status.value(in: try #require(file.rows.last?.map))?.string == "early")
        #expect(MemberName("missing").value(in: try #require(file.rows.first?.map)) == nil)
    }

    @Test("wide tables find keys through their index")
    func wideTable() throws {
        let header = (0..<40).map { "k\($0)" }.joined(separator: ",")
        let cells = (0..<40).map { "\($0)" }.joined(separator: ",")
        let row = try #require(loadCSV("\(header)\n\(cells)\n").rows.first?.map)
        #expect(row.position(of: "k33") == 33)
        #expect(MemberName("k33").value(in: row) == Value(.int(33)))
        #expect(row["k40"] == nil)
        var changed = row
        changed.set("k39", "changed")
        changed.set("k40", 40)
        #expect(changed.position(of: "k33") == 33)
        #expect(changed["k39"]?.string == "changed")
        #expect(changed.position(of: "k40") == 40)
        #expect(row["k39"] == Value(.int(39)))
    }

    @Test("rows left out leave no cell behind: the next row takes their place")
    func discardedRows() {
        let table = RecordTable(keys: ["a", "b"], maximumRows: 1000)
        for i in 0..<1000 {
            table.appendCell(Value(.int(i)))
            if i % 3 == 0 {
                table.discardRow()
                continue
            }
            table.appendCell(Value(.string("row \(i)")))
            _ = table.commitRow()
        }
        #expect(table.rowCount == 666)
        let last = ValueMap(row: 665, of: table)
        #expect(last["a"] == Value(.int(998)))
        #expect(last["b"]?.string == "row 998")
        #expect(ValueMap(row: 0, of: table)["a"] == Value(.int(1)))
    }
}

@Suite("The room a CSV table reserves")
struct CSVRowBoundTests {
    @Test("no more rows than line breaks plus one, nor than the body has bytes for at one byte per cell")
    func bound() {
        #expect(CSVLoader.rowBound(bodyBytes: 100, lineBreaks: 9, columns: 3) == 10)
        #expect(CSVLoader.rowBound(bodyBytes: 20_000, lineBreaks: 10_000, columns: 10_000) == 3)
        #expect(CSVLoader.rowBound(bodyBytes: 0, lineBreaks: 0, columns: 0) == 1)
    }

    @Test("a wide header over many short lines loads, reporting every short row")
    func wideHeaderShortLines() {
        let header = (0..<5_000).map { "c\($0)" }.joined(separator: ",")
        let file = loadCSV(header + "\n" + String(repeating: "x\n", count: 20_000))
        #expect(file.rows.isEmpty)
        #expect(file.problems.count == 20_000)
        #expect(file.problemLines.first == "2:1 govlint/parse-error: row has 1 cell, the header has 5000")
    }
}
