import Testing
@testable import DataModel

@Suite struct CSVLoaderTests {
    @Test func rowsBecomeMapsFromHeaderToCell() throws {
        let loaded = loadCSV("id,name,days\nHS-1,Cấp phép,10\nHS-2,Gia hạn,\n")
        #expect(loaded.problems.isEmpty)
        let document = try #require(loaded.documents.first)
        #expect(document.format == .csv)
        #expect(document.columns == ["id", "name", "days"])
        #expect(loaded.rows.count == 2)
        #expect(loaded.rows[0] == .map(["id": "HS-1", "name": "Cấp phép", "days": 10]))
        #expect(loaded.rows[1]["days"]?.isNull == true)
        #expect(loaded.rows[1]["days"]?.literal == "")
        #expect(loaded.rows[0].map?.keys == ["id", "name", "days"])
    }

    @Test func locationsOfCellsRowsAndRoot() throws {
        let loaded = loadCSV("id,name,days\nHS-1,Cấp phép,10\nHS-2,Gia hạn,7\n")
        let root = try #require(loaded.documents.first?.root)
        #expect(root.location.span == "1:1-1:13")
        let row = loaded.rows[1]
        #expect(row.location.span == "3:1-3:15")
        let name = try #require(row.map?.entry("name"))
        #expect(name.value.location.span == "3:6-3:13")
        #expect(name.keyLocation == name.value.location)
        // Columns count Unicode scalars: "Cấp phép" is 8 scalars but 11 bytes.
        #expect(loaded.rows[0]["days"]?.location.span == "2:15-2:17")
        #expect(loaded.rows[0]["days"]?.location.file == FileID("t.csv"))
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "id,note,days\n\"HS-1\",\"a, b\",\"1\"\nHS-2,\"say \"\"hi\"\"\nand bye\",3\nHS-3,\"x\",4\n"
        let loaded = loadCSV(text)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows.count == 3)
        #expect(loaded.rows[0]["note"] == "a, b")
        #expect(loaded.rows[0]["note"]?.location.span == "2:8-2:14")
        #expect(loaded.rows[0]["days"] == 1)
        #expect(loaded.rows[1]["note"] == "say \"hi\"\nand bye")
        // A multi-line cell starts at its opening quote and ends past its closing quote.
        #expect(loaded.rows[1]["note"]?.location.span == "3:6-4:9")
        #expect(loaded.rows[1]["days"]?.location.span == "4:10-4:11")
        #expect(loaded.rows[2]["id"]?.location.span == "5:1-5:5")
        #expect(loaded.rows[2]["note"]?.location.span == "5:6-5:9")
    }

    @Test func byteOrderMarkTakesNoColumn() throws {
        let loaded = loadCSV([0xEF, 0xBB, 0xBF] + Array("id,days\nHS-1,5\n".utf8))
        #expect(loaded.problems.isEmpty)
        #expect(loaded.documents.first?.columns == ["id", "days"])
        #expect(loaded.documents.first?.root.location.span == "1:1-1:8")
        #expect(loaded.rows[0]["id"]?.location.span == "2:1-2:5")
    }

    @Test func crlfAndMixedLineEndings() throws {
        let loaded = loadCSV("id,days\r\nHS-1,5\r\nHS-2,\"6\"\nHS-3,\"a\r\nb\"\r\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows.map { $0["id"]?.string } == ["HS-1", "HS-2", "HS-3"])
        #expect(loaded.rows[0]["days"] == 5)
        #expect(loaded.rows[0]["days"]?.location.span == "2:6-2:7")
        #expect(loaded.rows[1]["days"]?.location.span == "3:6-3:9")
        #expect(loaded.rows[2]["id"]?.location.span == "4:1-4:5")
        #expect(loaded.rows[2]["days"] == "a\r\nb")
        #expect(loaded.rows[2]["days"]?.location.span == "4:6-5:3")
    }

    @Test func lastLineWithoutBreakAndBlankLinesAreSkipped() {
        let loaded = loadCSV("\nid,days\nHS-1,5\n\nHS-2,6\n\n\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.documents.first?.root.location.span == "2:1-2:8")
        #expect(loaded.rows.map { $0["id"]?.location.line } == [3, 5])
        #expect(loadCSV("id,days\nHS-1,5").rows.count == 1)
    }

    @Test func headerOnlyFileHasNoRows() {
        let loaded = loadCSV("id,days\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.documents.count == 1)
        #expect(loaded.rows.isEmpty)
    }

    @Test func decomposedTextIsNormalizedToNFC() {
        // "Hòa" written with a combining grave accent (U+0300), as some input methods do.
        let loaded = loadCSV("name\nHo\u{0300}a\n\"Tra\u{0300} Vinh\"\n")
        #expect(loaded.rows[0]["name"]?.string?.unicodeScalars.map(\.value) == [0x48, 0xF2, 0x61])
        #expect(loaded.rows[1]["name"]?.string?.unicodeScalars.count == 8)
        // The column still counts the scalars as written.
        #expect(loadCSV("a,b\nHo\u{0300}a,x\n").rows[0]["b"]?.location.column == 6)
    }

    @Test func longCellsWithLateNonASCIIKeepExactColumns() {
        let loaded = loadCSV("a,b,c\nabcdefghijklmnopÁ,abcdefgh,x\n")
        #expect(loaded.rows[0]["a"] == "abcdefghijklmnopÁ")
        #expect(loaded.rows[0]["a"]?.location.span == "2:1-2:18")
        #expect(loaded.rows[0]["b"]?.location.span == "2:19-2:27")
        #expect(loaded.rows[0]["c"]?.location.span == "2:28-2:29")
    }

    @Test func wideTablesShareOneKeyIndex() {
        let header = (1...40).map { "c\($0)" }.joined(separator: ",")
        let row = (1...40).map { "\($0)" }.joined(separator: ",")
        let loaded = loadCSV("\(header)\n\(row)\n\(row)\n")
        #expect(loaded.rows.count == 2)
        #expect(loaded.rows[1]["c40"] == 40)
        #expect(loaded.rows[1]["c17"]?.location.column == 40)
    }

    @Test(arguments: [15, 16, 17, 40])
    func cellsAroundTheInlineLimitKeepTheirText(length: Int) throws {
        // Up to 15 bytes a text is stored inline in its `String`; from 16 on it is allocated.
        let text = String("HS-2020-000001-abcdefghijklmnopqrstuvwxyz".prefix(length))
        let loaded = loadCSV("id,n\n\(text),\(text)x\n")
        let row = try #require(loaded.rows.first)
        #expect(row["id"]?.string == text)
        #expect(row["n"]?.string == text + "x")
        #expect(row["n"]?.location.span == "2:\(length + 2)-2:\(2 * length + 3)")
    }

    @Test func longDateTimeLiteralsAndDecimalsKeepTheirText() throws {
        let loaded = loadCSV("at,code\n28/09/2020 14:52:07,1.136193\n")
        let row = try #require(loaded.rows.first)
        #expect(row["at"]?.literal == "28/09/2020 14:52:07")
        #expect(row["at"]?.typeName == "datetime")
        #expect(row["code"]?.literal == "1.136193")
        #expect(row["code"] == 1.136193)
    }

    @Test func repeatedLongAndNonASCIITextsKeepEachCellExact() throws {
        // Long and non-ASCII texts that repeat down a column share one string; every cell must
        // still read its own text at its own place, also when texts differ only in their last byte.
        let names = ["Cấp giấy phép xây dựng nhà ở", "Cấp giấy phép xây dựng nhà ơ", "Đăng ký khai sinh", "Sở Tư pháp tỉnh Trà Vinh"]
        var text = "n,name,at\n"
        var expected: [(String, String)] = []
        for index in 0..<600 {
            let name = names[(index * 7 + index / 5) % names.count]
            let at = "28/09/2020 14:\(index % 60)"
            text += "\(index),\(name),\(at)\n"
            expected.append((name, at))
        }
        let loaded = loadCSV(text)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows.count == expected.count)
        for (index, row) in loaded.rows.enumerated() {
            let name = try #require(row["name"])
            #expect(name.string == expected[index].0)
            #expect(name.location.span == "\(index + 2):\(String(index).count + 2)-\(index + 2):\(String(index).count + 2 + expected[index].0.unicodeScalars.count)")
            #expect(row["at"]?.text == expected[index].1)
        }
    }
}
