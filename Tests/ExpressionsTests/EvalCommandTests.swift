import Foundation
import Testing
import TestSupport

/// `govlint eval` run as a user runs it: exact output and exit codes.
struct EvalCommandTests {
    private static let dossiers = """
        dossiers:
          - id: A1
            received_at: 2020-01-20
            days: 10
            channel: online
          - id: A2
            received_at: 2020-08-26
            days: 5
            channel: counter
          - id: A3
            channel: online
        """

    private func run(_ arguments: [String], files: [String: String] = [:]) throws -> CommandOutput {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try CommandRunner.run("govlint", ["eval"] + arguments, in: directory)
    }

    @Test(arguments: [
        ("1 + 2", "3\n"),
        ("3.0", "3.0\n"),
        ("'text'", "\"text\"\n"),
        ("[1, 2]", "[1, 2]\n"),
        ("{'k': true}", "{\"k\": true}\n"),
        ("null", "null\n"),
        ("add_workdays(date('2020-01-20'), 10)", "date(\"2020-02-10\")\n"),
        ("add_workdays(date('2020-09-01'), 1)", "date(\"2020-09-03\")\n"),
    ])
    func printsTheValue(expression: String, expected: String) throws {
        let output = try run([expression])
        #expect(output.stdout == expected)
        #expect(output.stderr == "")
        #expect(output.status == 0)
    }

    @Test func asOfIsAVariable() throws {
        let output = try run(["as_of", "--as-of", "2020-03-02"])
        #expect(output.stdout == "date(\"2020-03-02\")\n")
        #expect(try run(["as_of", "--as-of", "02/03/2020"]).stdout == "date(\"2020-03-02\")\n")
        #expect(try run(["as_of == date('2020-03-02')", "--as-of", "2020-03-02"]).stdout == "true\n")
    }

    @Test func evaluationErrorExitsOne() throws {
        let output = try run(["1 / 0"])
        #expect(output.stdout == "error: division by zero\n")
        #expect(output.status == 1)
    }

    @Test func parseErrorShowsACaretAndExitsTwo() throws {
        let output = try run(["size(tags) + sizee(tags)"])
        #expect(output.stdout == "")
        #expect(output.stderr == """
            error: unknown function 'sizee' at column 14; did you mean 'size'?
                size(tags) + sizee(tags)
                             ^

            """)
        #expect(output.status == 2)
    }

    @Test func eachSelectedNodeIsOneLine() throws {
        let output = try run(["add_workdays(received_at, days)", "--data", "d.yml", "--at", "$.dossiers[*]"],
                             files: ["d.yml": Self.dossiers])
        #expect(output.stdout == """
            d.yml:2:5: $['dossiers'][0]: date("2020-02-10")
            d.yml:6:5: $['dossiers'][1]: date("2020-09-03")
            d.yml:10:5: $['dossiers'][2]: error: no such key: received_at

            """)
        #expect(output.status == 1)
    }

    @Test func rootAndDocWithoutQuery() throws {
        let files = ["d.yml": Self.dossiers]
        #expect(try run(["root.dossiers.filter(d, d.channel == 'online').map(d, d.id)", "--data", "d.yml"], files: files).stdout
                == "[\"A1\", \"A3\"]\n")
        #expect(try run(["doc.name + ' ' + doc.format", "--data", "d.yml"], files: files).stdout == "\"d.yml yaml\"\n")
        #expect(try run(["item == root", "--data", "d.yml"], files: files).stdout == "true\n")
        let queried = try run(["root.dossiers.size()", "--data", "d.yml", "--at", "$.dossiers[0].id"], files: files)
        #expect(queried.stdout == "d.yml:2:9: $['dossiers'][0]['id']: 3\n")
    }

    @Test func calendarFile() throws {
        let calendar = """
            calendar: tiny
            covers: [2020, 2020]
            holidays:
              - { date: 2020-03-03, name: Test day }
            """
        let output = try run(["add_workdays(date('2020-03-02'), 1)", "--calendar", "./tiny.yml"], files: ["tiny.yml": calendar])
        #expect(output.stdout == "date(\"2020-03-04\")\n")
        let bad = try run(["1", "--calendar", "bad.yml"], files: ["bad.yml": "calendar: x\nholiday: []\n"])
        #expect(bad.stderr == """
            ./bad.yml:2:1: error: invalid calendar: unknown key 'holiday'; did you mean 'holidays'?
                2 | holiday: []
                  | ^~~~~~~

            """)
        #expect(bad.stdout == "")
        #expect(bad.status == 2)
        #expect(try run(["add_workdays(date('2020-03-02'), 1)", "--calendar", "vn"]).stdout == "date(\"2020-03-03\")\n")
    }

    @Test(arguments: [
        (["1", "--at", "$.x"], "error: --at needs --data\n"),
        (["1", "--as-of", "2020-02-30"], "error: '2020-02-30' is not a date; write it as yyyy-MM-dd (2020-12-31) or dd/MM/yyyy\n"),
        (["1", "--calendar", "mars"], "error: unknown calendar 'mars' (built-in calendars: vn)\n"),
        (["1", "--data", "missing.yml"], "error: missing.yml: no such file or directory\n"),
        (["1", "--data", "d.yml", "--at", "$["], "error: invalid query: expected a selector (a name, an index, a slice, '*' or a filter) at column 3\n    $[\n      ^\n"),
    ])
    func usageErrorsExitTwo(arguments: [String], expected: String) throws {
        let output = try run(arguments, files: ["d.yml": Self.dossiers])
        #expect(output.stderr == expected)
        #expect(output.stdout == "")
        #expect(output.status == 2)
    }

    @Test func brokenDataFileExitsTwo() throws {
        let output = try run(["1", "--data", "bad.json"], files: ["bad.json": "{\"a\": }"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("error: bad.json:1:7: "))
    }
}
