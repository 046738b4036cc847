import Testing
@testable import DataModel

@Suite struct CSVTypingTests {
    private func cell(_ text: String, type: ColumnType? = nil) -> LoadedFile {
        loadCSV("v\n\(text)\n", columnTypes: type.map { ["v": $0] } ?? [:])
    }

    @Test(arguments: [("10", 10), ("0", 0), ("-42", -42), ("9223372036854775807", Int.max)])
    func canonicalIntegersBecomeIntegers(text: String, expected: Int) throws {
        let value = try #require(cell(text).rows.first?["v"])
        guard case .int(let n) = value.kind else { Issue.record("\(text) is \(value.typeName)"); return }
        #expect(n == expected)
        #expect(value.literal == text)
    }

    @Test(arguments: [
        ("1.5", 1.5), ("-0.25", -0.25), ("1.0", 1.0), ("0.0", 0.0), ("1.004194", 1.004194), ("0.0001", 0.0001),
        ("100.25", 100.25), ("123456789012345.6", 123456789012345.6), ("0.1", 0.1), ("2.675", 2.675),
    ])
    func decimalsThatPrintBackBecomeNumbers(text: String, expected: Double) throws {
        let value = try #require(cell(text).rows.first?["v"])
        guard case .double(let d) = value.kind else { Issue.record("\(text) is \(value.typeName)"); return }
        #expect(d == expected)
        #expect(value.literal == text)
    }

    @Test(arguments: [
        "007", "1.001780", "+5", "1e3", "1.50", "-0", ".5", "5.", "9223372036854775808", "1,5", "0x10", "true", "NaN",
        "1 000", "0.00001", "00.5", "0.00", "12345678901234567.5",
    ])
    func textThatWouldNotPrintBackStaysText(text: String) throws {
        let loaded = loadCSV("v\n\"\(text)\"\n")
        let value = try #require(loaded.rows.first?["v"])
        #expect(value.string == text)
        #expect(value.literal == nil)
    }

    @Test(arguments: [
        ("2020-02-10", "2020-02-10"), ("10/02/2020", "2020-02-10"),
        ("02/03/2020 08:30", "2020-03-02T08:30:00"), ("2020-03-02 08:30", "2020-03-02T08:30:00"),
    ])
    func datesInEitherFormatWithOrWithoutTime(text: String, expected: String) throws {
        let value = try #require(cell(text).rows.first?["v"])
        switch value.kind {
        case .date(let d): #expect(d.description == expected)
        case .dateTime(let d): #expect(d.description == expected)
        default: Issue.record("\(text) is \(value.typeName)")
        }
        #expect(value.literal == text)
    }

    @Test(arguments: ["31/02/2020", "2020-13-01", "2/3/2020", "02/03/2020 8:30"])
    func impossibleOrMalformedDatesStayText(text: String) throws {
        #expect(try #require(cell(text).rows.first?["v"]).string == text)
    }

    @Test(arguments: [
        ("2020-09-28T14:52:00Z", "2020-09-28T14:52:00"), ("2020-09-28t14:52z", "2020-09-28T14:52:00"),
        ("2020-09-28T14:52:07.125+07:00", "2020-09-28T14:52:07"), ("2020-09-28 14:52-0330", "2020-09-28T14:52:00"),
        ("29/02/2024 23:59:60", "2024-02-29T23:59:60"),
    ])
    func timesWithSecondsFractionsAndZones(text: String, expected: String) throws {
        let value = try #require(cell(text).rows.first?["v"])
        guard case .dateTime(let d) = value.kind else { Issue.record("\(text) is \(value.typeName)"); return }
        #expect(d.description == expected)
        #expect(value.literal == text)
    }

    @Test(arguments: [
        "2020-09-28T14:52:00.Z", "2020-09-28T14:52:0", "2020-09-28T14:52+07:0", "28/09/2020 14:52 ", "2020-09-28T24:00",
        "2020-09-28x14:52", "29/02/2021", "28/09/20201",
    ])
    func malformedTimesStayText(text: String) throws {
        #expect(try #require(cell(text).rows.first?["v"]).string == text)
    }

    @Test func formatsThatOpenWithASeparatorOrHaveNone() throws {
        let formats = [try #require(DateFormat("[dd.MM.yyyy]")), try #require(DateFormat("yyyyMMdd"))]
        let loaded = CSVLoader.load(
            Array("a,b,c\n[10.02.2020],20200210,[10.02.2020\n".utf8), file: FileID("t.csv"), options: LoadOptions(dateFormats: formats))
        let row = try #require(loaded.rows.first)
        #expect(row["a"]?.kind.date?.description == "2020-02-10")
        #expect(row["b"]?.kind.date?.description == "2020-02-10")
        #expect(row["c"] == "[10.02.2020")
    }

    @Test func datesNeedAConfiguredFormat() {
        let loaded = CSVLoader.load(Array("v\n10/02/2020\n".utf8), file: FileID("t.csv"), options: LoadOptions(dateFormats: [.iso]))
        #expect(loaded.rows.first?["v"] == "10/02/2020")
    }

    @Test func declaredStringKeepsTheText() throws {
        let loaded = loadCSV("code,n\n1.004194,007\n", columnTypes: ["code": .string, "n": .string])
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows[0]["code"] == "1.004194")
        #expect(loaded.rows[0]["n"] == "007")
    }

    @Test(arguments: [
        (ColumnType.integer, "007", Value(7)), (.integer, "+5", 5), (.number, "1e3", 1000.0), (.number, "1.50", 1.5),
        (.number, "12", 12), (.boolean, "TRUE", true), (.boolean, "false", false),
    ])
    func declaredTypesReadTheirForms(type: ColumnType, text: String, expected: Value) throws {
        let loaded = cell(text, type: type)
        #expect(loaded.problems.isEmpty)
        let value = try #require(loaded.rows.first?["v"])
        #expect(value == expected)
        #expect(value.typeName == expected.typeName)
        #expect(value.literal == text)
    }

    @Test func declaredDateAndDateTime() throws {
        let loaded = loadCSV("d,t\n10/02/2020,02/03/2020 08:30\n2020-02-11,2020-02-11\n", columnTypes: ["d": .date, "t": .datetime])
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows[0]["d"]?.typeName == "date")
        #expect(loaded.rows[0]["t"]?.typeName == "datetime")
        #expect(loaded.rows[1]["t"]?.typeName == "date")
    }

    @Test func cellsThatDoNotFitTheirDeclaredTypeAreReported() {
        let loaded = loadCSV(
            "n,d,b,t\nabc,02/03/2020 08:30,yes,\n12,2020-02-30,true,x\n",
            columnTypes: ["n": .integer, "d": .date, "b": .boolean, "t": .datetime])
        #expect(loaded.problemLines == [
            "2:1 govlint/cell-type: cell 'abc' in column 'n' is not an integer",
            "2:5 govlint/cell-type: cell '02/03/2020 08:30' in column 'd' is not a date (yyyy-MM-dd, dd/MM/yyyy)",
            "2:22 govlint/cell-type: cell 'yes' in column 'b' is not a boolean (true or false)",
            "3:4 govlint/cell-type: cell '2020-02-30' in column 'd' is not a date (yyyy-MM-dd, dd/MM/yyyy)",
            "3:20 govlint/cell-type: cell 'x' in column 't' is not a date-time (yyyy-MM-dd, dd/MM/yyyy, optionally with HH:mm)",
        ])
        #expect(loaded.problems[0].location.span == "2:1-2:4")
        #expect(loaded.rows[0]["n"] == "abc")
        #expect(loaded.rows[0]["t"]?.isNull == true)
        #expect(loaded.rows[1]["n"] == 12)
    }
}

private extension Value.Kind {
    /// The date, when the kind is a date.
    var date: CivilDate? { if case .date(let d) = self { return d } else { return nil } }
}
