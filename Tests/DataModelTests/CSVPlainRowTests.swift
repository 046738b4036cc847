import Testing
import TestSupport
@testable import DataModel

/// The plain-row scan (`CSVScanner.scanPlainRow`) and the loads that take it.
@Suite struct CSVPlainRowTests {
    /// The field ends `scanPlainRow` finds at the start of `text`, with room for `capacity`
    /// fields, and the scanner's offset and line afterwards.
    private func scan(_ text: String, capacity: Int = 16) -> (ends: [Int]?, offset: Int, line: Int) {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var scanner = CSVScanner(bytes, file: FileID("t.csv"))
            let ends = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
            defer { ends.deallocate() }
            let count = scanner.scanPlainRow(fieldEnds: ends, capacity: capacity)
            return (count.map { Array(UnsafeBufferPointer(start: ends, count: $0)) }, scanner.offset, scanner.line)
        }
    }

    @Test func findsEveryCommaAcrossWords() {
        // Commas at both ends of eight-byte words, and `-` right after a comma, where a borrow
        // in a looser byte match would flag a second comma.
        let row = "HS-2020-000001,-5,,1.5,-,a,abcdefgh,x"
        let expected = row.utf8.indices.filter { row.utf8[$0] == UInt8(ascii: ",") }.map { row.utf8.distance(from: row.utf8.startIndex, to: $0) }
        let result = scan(row + "\nnext")
        #expect(result.ends == expected + [row.utf8.count])
        #expect(result.offset == row.utf8.count + 1)
        #expect(result.line == 2)
    }

    @Test(arguments: [("a,b\n", 4, 2), ("a,b\r\n", 5, 2), ("a,b\rc", 4, 2), ("a,b", 3, 1), ("0123456,89abcdef\r\n", 18, 2)])
    func endsAtAnyLineBreakOrTheEnd(text: String, offset: Int, line: Int) {
        let result = scan(text)
        #expect(result.ends?.count == 2)
        #expect(result.offset == offset)
        #expect(result.line == line)
    }

    @Test(arguments: ["a,\"b\"\n", "Cấp,phép\n", "0123456789,abcdefghij,\"q\"\n", "abcdefghijklmnopq,Đ\n"])
    func leavesQuotedAndNonASCIIRowsToTheFieldScan(text: String) {
        let result = scan(text)
        #expect(result.ends == nil)
        #expect(result.offset == 0)
        #expect(result.line == 1)
    }

    @Test func leavesRowsWiderThanItsRoomToTheFieldScan() {
        #expect(scan("a,b,c\n", capacity: 3).ends == [1, 3, 5])
        #expect(scan("a,b,c,d\n", capacity: 3).ends == nil)
        #expect(scan("a,b,c,d,e,f,g,h,i,j,k\n", capacity: 3).ends == nil)
    }

    @Test func raggedPlainRowsAreReportedAtTheirSpan() {
        let loaded = loadCSV("id,code,days\nHS-1,1.5\nHS-2,2.5,3,4,5,6\nHS-3,3.5,7\n")
        #expect(loaded.problemLines == [
            "2:1 govlint/parse-error: row has 2 cells, the header has 3",
            "3:1 govlint/parse-error: row has 6 cells, the header has 3",
        ])
        #expect(loaded.problems.map(\.location.span) == ["2:1-2:9", "3:1-3:17"])
        #expect(loaded.rows.count == 1)
        #expect(loaded.rows[0]["days"]?.location.span == "4:10-4:11")
    }

    @Test func plainAndQuotedRowsLoadAlike() throws {
        let plain = loadCSV("id,due,code\nHS-1,26/10/2020,1.136193\n")
        let quoted = loadCSV("id,due,code\n\"HS-1\",26/10/2020,1.136193\n")
        let plainRow = try #require(plain.rows.first), quotedRow = try #require(quoted.rows.first)
        #expect(plainRow == quotedRow)
        #expect(plainRow["due"]?.typed == quotedRow["due"]?.typed)
        #expect(plainRow["code"]?.literal == "1.136193")
        #expect(plainRow["due"]?.location.span == "2:6-2:16")
        #expect(quotedRow["due"]?.location.span == "2:8-2:18")
    }

    @Test func repeatedTextsAreTypedAlikeInEveryRow() throws {
        // Enough rows for each column's cache to decide whether it keeps caching, with values
        // that repeat (dates, decimals) and values that never do (identifiers).
        let dates = ["26/10/2020", "2020-10-27", "31/12/2020", "29/02/2020", "30/02/2020"]
        let codes = ["1.5", "2", "-0.25", "007", "1.50"]
        var text = "id,date,code\n"
        for row in 0..<6000 { text += "HS-\(row),\(dates[row % dates.count]),\(codes[row % codes.count])\n" }
        let loaded = loadCSV(text)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows.count == 6000)
        for (index, row) in loaded.rows.enumerated() where index % 7 == 0 || index > 5990 {
            #expect(row["id"] == .init(stringLiteral: "HS-\(index)"))
            let date = dates[index % dates.count], code = codes[index % codes.count]
            #expect(row["date"]?.literal ?? row["date"]?.string == date)
            #expect(row["code"]?.literal ?? row["code"]?.string == code)
            #expect(row["date"]?.location.span == "\(index + 2):\(3 + "\(index)".count + 2)-\(index + 2):\(3 + "\(index)".count + 12)")
        }
        #expect(loaded.rows[5000]["date"]?.typed == "date 2020-10-26")
        #expect(loaded.rows[5001]["date"]?.typed == "date 2020-10-27")
        #expect(loaded.rows[5003]["date"]?.typed == "date 2020-02-29")
        #expect(loaded.rows[5004]["date"]?.typed == "string 30/02/2020")
        #expect(loaded.rows[5005]["code"]?.typed == "number 1.5")
        #expect(loaded.rows[5001]["code"]?.typed == "integer 2")
        #expect(loaded.rows[5002]["code"]?.typed == "number -0.25")
        #expect(loaded.rows[5003]["code"]?.typed == "string 007")
        #expect(loaded.rows[5004]["code"]?.typed == "string 1.50")
    }
}

@Suite struct CSVKindCacheTests {
    /// The words of `text`'s inline string, the cache's key.
    private func words(_ text: String) -> (UInt64, UInt64) {
        Array(text.utf8).withUnsafeBufferPointer { ASCIIStringMaker.smallWords($0) }
    }

    @Test func remembersTypedTextsButNotStrings() throws {
        let cache = CSVKindCache()
        cache.start(columnCount: 2, rows: 10_000)
        #expect(cache.typed(words("26/10/2020"), column: 0) == nil)
        let date = Value.Kind.date(CivilDate(year: 2020, month: 10, day: 26)!)
        cache.remember(date, for: words("26/10/2020"), column: 0)
        cache.remember(nil, for: words("online"), column: 0)
        #expect(cache.typed(words("26/10/2020"), column: 0).map { Value($0.kind).typed } == "date 2020-10-26")
        #expect(cache.typed(words("26/10/2021"), column: 0) == nil)
        #expect(cache.typed(words("online"), column: 0) == nil)
        #expect(cache.typed(words("26/10/2020"), column: 1) == nil)
    }

    @Test func aColumnWhoseTextsDoNotRepeatStopsCaching() {
        let cache = CSVKindCache()
        cache.start(columnCount: 2, rows: 10_000)
        for n in 0..<5000 {
            cache.remember(.int(n), for: words(String(n)), column: 0)
            cache.remember(.int(n % 10), for: words(String(n % 10)), column: 1)
            _ = cache.typed(words(String(n % 10)), column: 1)
        }
        #expect(!cache.isCaching(column: 0))
        #expect(cache.typed(words("4999"), column: 0) == nil)
        #expect(cache.isCaching(column: 1))
        #expect(cache.typed(words("7"), column: 1).map { Value($0.kind).typed } == "integer 7")
    }
}

extension Value {
    /// The node's type and canonical text, `date 2020-10-26`: what typing made of it.
    fileprivate var typed: String { "\(typeName) \(Value(kind).text)" }
}

/// The plain-row split against the field-by-field scan on random text: both must give the same
/// rows, cells, places and problems.
@Suite struct CSVPlainRowDifferentialTests {
    /// Pieces that plain and non-plain rows are made of: separators, quotes, line breaks, texts
    /// that type as numbers and dates, non-ASCII text, and texts longer than a word.
    private static let pieces = [
        ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "a", "HS-2020-000001", "-5", "1.5", "007", "26/10/2020",
        "2020-10-27", "28/09/2020 14:52", "é", "Cấp phép", "true", "", "x y", "0123456789abcdefghij",
    ]

    private func text(_ generator: inout SeededGenerator) -> String {
        var text = ["id,due,code\n", "a,b\r\n", "\"q\",b,c,d\n", ""].randomElement(using: &generator)!
        for _ in 0..<Int.random(in: 0..<60, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
        return text
    }

    /// Everything a load gives, cell by cell, with places.
    private func described(_ loaded: LoadedFile) -> [String] {
        loaded.problemLines + loaded.problems.map(\.location.span) + loaded.rows.flatMap { row in
            ["row \(row.location.span)"] + (row.map?.entries.map { entry in
                "\(entry.key)=\(entry.value.typeName):\(entry.value.text) \(entry.value.location.span) \(entry.keyLocation.span)"
            } ?? [])
        }
    }

    @Test func bothScansAgreeOnRandomText() {
        var generator = SeededGenerator(seed: 2026)
        var plainRows = 0
        for round in 0..<3000 {
            let bytes = Array(text(&generator).utf8)
            let options = LoadOptions(dateFormats: [.iso, .dayFirst])
            let (split, scanned) = bytes.withUnsafeBufferPointer {
                (CSVLoader.load(bytes: $0, file: FileID("t.csv"), options: options, splitsPlainRows: true),
                 CSVLoader.load(bytes: $0, file: FileID("t.csv"), options: options, splitsPlainRows: false))
            }
            #expect(described(split) == described(scanned), "round \(round): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            plainRows += split.rows.count
        }
        // The cases must give rows, not only problems.
        #expect(plainRows > 1000)
    }
}
