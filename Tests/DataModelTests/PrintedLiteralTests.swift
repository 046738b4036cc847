import Testing
@testable import DataModel

/// Date-times whose text is exactly what their format prints keep the format instead of the
/// text; readers must see the text as written all the same.
@Suite("Literals printed by their date format")
struct PrintedLiteralTests {
    private static let formats = ["yyyy-MM-dd", "dd/MM/yyyy", "[dd.MM.yyyy]", "yyyyMMdd", "MM-dd-yyyy"].map { DateFormat($0)! }

    /// The single cell of a CSV file holding `text` under the header `v`, typed with `formats`.
    private func cell(_ text: String, formats: [DateFormat] = formats, type: ColumnType? = nil) throws -> Value {
        let loaded = CSVLoader.load(
            Array("v\n\(text)\n".utf8), file: FileID("t.csv"),
            options: LoadOptions(dateFormats: formats, columnTypes: type.map { ["v": $0] } ?? [:]))
        return try #require(loaded.rows.first?["v"])
    }

    @Test("a node stays 56 bytes: the literal's form takes padding behind the content's case")
    func nodeSize() {
        #expect(MemoryLayout<Value>.size == 56)
        #expect(MemoryLayout<Value>.offset(of: \Value.literalForm) == MemoryLayout<Value.Kind>.size)
    }

    @Test("every format prints back the date-times it reads without seconds or with nonzero seconds", arguments: [
        "2020-09-28 14:52", "2020-09-28 14:52:07", "0000-01-01 00:00", "9999-12-31 23:59:59", "2024-02-29 23:59:60",
        "28/09/2020 14:52", "28/09/2020 14:52:07", "01/01/2020 00:00", "31/12/2020 23:59:01",
        "[28.09.2020] 14:52", "[01.02.2020] 08:05:09", "20200928 14:52:30", "09-28-2020 14:52",
    ])
    func printedForms(text: String) throws {
        let value = try cell(text)
        #expect(value.typeName == "datetime")
        #expect(value.literalForm == (text.utf8.count > 15 ? .printedByFormat : .asWritten))
        #expect(value.literal == text)
        #expect(value.text == text)
    }

    @Test("texts a format would print differently keep the text as written", arguments: [
        "2020-09-28 14:52:00", "2020-09-28T14:52", "2020-09-28t14:52:07", "2020-09-28 14:52Z", "2020-09-28 14:52:07.5",
        "2020-09-28 14:52+07:00", "2020-09-28 14:52-0330", "28/09/2020 14:52:00", "28/09/2020T14:52", "[28.09.2020] 14:52:00",
    ])
    func writtenForms(text: String) throws {
        let value = try cell(text)
        #expect(value.typeName == "datetime")
        #expect(value.literalForm == .asWritten)
        #expect(value.literal == text)
    }

    @Test("single-digit days, months and hours are not dates in any format and stay text", arguments: [
        "2/3/2020 08:30", "02/03/2020 8:30", "2020-9-28 14:52", "28/09/2020 14:5",
    ])
    func shortFieldsStayText(text: String) throws {
        #expect(try cell(text, formats: [.iso, .dayFirst]).string == text)
    }

    @Test("a column declared as date-times keeps the printed form too")
    func declaredColumn() throws {
        let value = try cell("28/09/2020 14:52", type: .datetime)
        #expect(value.literalForm == .printedByFormat)
        #expect(value.literal == "28/09/2020 14:52")
    }

    @Test("printing agrees with reading for every hour, minute and second of a day")
    func printsExactlyAgreesWithFormat() throws {
        let date = try #require(CivilDate(year: 2020, month: 9, day: 8))
        for format in Self.formats {
            for (hour, minute, second) in [(0, 0, 0), (9, 5, 0), (23, 59, 59), (12, 0, 1), (7, 30, 60)] {
                let dateTime = try #require(CivilDateTime(date: date, hour: hour, minute: minute, second: second))
                let printed = format.format(dateTime)
                let exact = Array(printed.utf8).withUnsafeBufferPointer { format.printsExactly($0, as: dateTime) }
                #expect(exact, "\(format) \(printed)")
                let withZeroSeconds = format.format(dateTime.date) + " 09:05:00"
                let zeroTime = try #require(CivilDateTime(date: date, hour: 9, minute: 5, second: 0))
                #expect(!Array(withZeroSeconds.utf8).withUnsafeBufferPointer { format.printsExactly($0, as: zeroTime) })
            }
        }
    }

    @Test("a node given new content keeps the text it was written with")
    func newContentKeepsText() throws {
        var value = try cell("28/09/2020 14:52")
        value.kind = .string("changed")
        #expect(value.literalForm == .asWritten)
        #expect(value.literal == "28/09/2020 14:52")
        value.literal = nil
        #expect(value.literal == nil)
        #expect(value.text == "changed")
    }

    @Test("a new literal replaces the printed one")
    func newLiteral() throws {
        var value = try cell("28/09/2020 14:52")
        value.literal = "28/9/2020 2:52 PM"
        #expect(value.literalForm == .asWritten)
        #expect(value.literal == "28/9/2020 2:52 PM")
        let date = try #require(CivilDate(year: 2020, month: 9, day: 28))
        let dateTime = try #require(CivilDateTime(date: date, hour: 14, minute: 52))
        #expect(value == Value(.dateTime(dateTime)))
    }
}
