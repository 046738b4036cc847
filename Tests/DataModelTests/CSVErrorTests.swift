import Testing
@testable import DataModel

@Suite struct CSVErrorTests {
    @Test func raggedRowsAreReportedAndLeftOut() {
        let loaded = loadCSV("a,b,c\n1,2,3\n1,2\n1,2,3,4\n7,8,9\n")
        #expect(loaded.problemLines == [
            "3:1 govlint/parse-error: row has 2 cells, the header has 3",
            "4:1 govlint/parse-error: row has 4 cells, the header has 3",
        ])
        #expect(loaded.problems.map(\.location.span) == ["3:1-3:4", "4:1-4:8"])
        #expect(loaded.rows.map { $0["a"]?.location.line } == [2, 5])
    }

    @Test func singleCellRowIsSingular() {
        #expect(loadCSV("a,b\nx\n").problemLines == ["2:1 govlint/parse-error: row has 1 cell, the header has 2"])
    }

    @Test func duplicateHeaderIsReportedAtTheSecond() throws {
        let loaded = loadCSV("id,name,id\n1,x,2\n")
        #expect(loaded.problemLines == [
            "1:9 govlint/parse-error: duplicate header name 'id' (first in column 1); the column is ignored"
        ])
        #expect(loaded.problems[0].location.span == "1:9-1:11")
        #expect(loaded.documents.first?.columns == ["id", "name"])
        #expect(loaded.rows[0] == .map(["id": 1, "name": "x"]))
    }

    @Test func emptyHeaderNameIsReported() {
        let loaded = loadCSV("id,,name\n1,2,x\n")
        #expect(loaded.problemLines == ["1:4 govlint/parse-error: header of column 2 is empty; the column is ignored"])
        #expect(loaded.rows[0] == .map(["id": 1, "name": "x"]))
    }

    @Test func unterminatedQuoteIsReportedAtTheQuoteAndReadingResumes() {
        let loaded = loadCSV("id,note\n1,ok\n2,\"never closed\n3,fine\n4,also fine\n")
        #expect(loaded.problemLines == [
            "3:3 govlint/parse-error: unterminated quoted field: the quote opened here is never closed"
        ])
        #expect(loaded.problems[0].location.span == "3:3-3:4")
        #expect(loaded.rows.map { $0["id"]?.location.line } == [2, 4, 5])
        #expect(loaded.rows.map { $0["id"] } == [1, 3, 4])
    }

    @Test func quoteClosedLinesLaterSwallowsTheRowsBetween() {
        // RFC 4180: the quote opened on line 2 is closed by the one on line 4, so `c` is stray.
        let loaded = loadCSV("id,note\n1,\"a\n2,b\n3,\"c\n4,d\n")
        #expect(loaded.problems.map(\.location.span) == ["4:4-4:5"])
        #expect(loaded.rows.map { $0["id"] } == [1, 4])
        #expect(loaded.rows[0]["note"] == "\"a\n2,b\n3,\"c")
        #expect(loaded.rows[0]["note"]?.location.span == "2:3-4:5")
    }

    @Test func unterminatedQuoteInHeaderLeavesNoDocument() {
        let loaded = loadCSV("id,\"note\n1,2\n")
        #expect(loaded.documents.isEmpty)
        #expect(loaded.problemLines == ["1:4 govlint/parse-error: unterminated quoted field: the quote opened here is never closed"])
    }

    @Test func strayQuoteInUnquotedFieldKeepsTheRawText() {
        let loaded = loadCSV("id,note\n1,ab\"c\n")
        #expect(loaded.problemLines == [
            "2:5 govlint/parse-error: stray quote in an unquoted field (quote the whole field and double the quote)"
        ])
        #expect(loaded.rows[0]["note"] == "ab\"c")
        #expect(loaded.rows[0]["note"]?.location.span == "2:3-2:7")
    }

    @Test func strayQuoteAfterALongRunIsFoundExactly() {
        // The scan skips eight plain bytes at a time; the quote must still be found at its column.
        let loaded = loadCSV("id,note\n1,abcdefghijklmnopq\"rs,\n".replacingOccurrences(of: ",\n", with: "\n"))
        #expect(loaded.problems.map(\.location.span) == ["2:20-2:21"])
        #expect(loaded.rows[0]["note"] == "abcdefghijklmnopq\"rs")
    }

    @Test func textAfterClosingQuoteIsReported() {
        let loaded = loadCSV("id,note,x\n1,\"Hà\"Nội,2\n")
        #expect(loaded.problems.map(\.location.span) == ["2:7-2:8"])
        #expect(loaded.problems.first?.message.hasPrefix("unexpected text after a closing quote") == true)
        #expect(loaded.rows[0]["note"] == "\"Hà\"Nội")
        #expect(loaded.rows[0]["x"]?.location.column == 11)
    }

    @Test(arguments: ["", "\n\n", "\u{FEFF}", "\r\n"])
    func fileWithoutHeaderIsAnError(text: String) {
        let loaded = loadCSV(text)
        #expect(loaded.documents.isEmpty)
        #expect(loaded.problemLines == ["1:1 govlint/parse-error: the file has no header row"])
    }
}
