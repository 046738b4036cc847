import Foundation
import TestSupport
import Testing

/// `govlint query` end to end: the built binary's exact output and exit status.
@Suite struct QueryCommandTests {
    private static let dossiersJSON = """
        {"dossiers": [
          {"dossier_id": "HS-0001", "channel": "online", "received": "2020-02-10", "days": 2.5},
          {"dossier_id": "HS-0002", "channel": "counter", "received": "2020-03-02", "days": 12}
        ]}

        """
    private static let dossiersYAML = """
        dossiers:
          - dossier_id: HS-0003
            channel: online
            "it's": [1, true, null]
            note: "say \\"hi\\"\\n\\tand \\u2028 \\\\ bye"

        """

    /// Runs `govlint query` with `arguments` in a folder holding the two sample files.
    private func query(_ arguments: [String]) throws -> CommandOutput {
        let folder = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.dossiersJSON.write(to: folder.appendingPathComponent("dossiers.json"), atomically: true, encoding: .utf8)
        try Self.dossiersYAML.write(to: folder.appendingPathComponent("dossiers.yml"), atomically: true, encoding: .utf8)
        try "{\"a\": [1,}\n".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        return try CommandRunner.run("govlint", ["query"] + arguments, in: folder)
    }

    @Test func printsEachMatchWithLocationPathAndValue() throws {
        let output = try query(["$.dossiers[?@.channel == 'online']", "dossiers.json", "dossiers.yml"])
        #expect(output.stdout == #"""
            dossiers.json:2:3: $['dossiers'][0]: {"dossier_id":"HS-0001","channel":"online","received":"2020-02-10","days":2.5}
            dossiers.yml:2:5: $['dossiers'][0]: {"dossier_id":"HS-0003","channel":"online","it's":[1,true,null],"note":"say \"hi\"\n\tand \u2028 \\ bye"}

            """#)
        #expect(output.stderr == "")
        #expect(output.status == 0)
    }

    @Test func printsScalarsAsJSONAndEscapesPaths() throws {
        let output = try query(["$..['it\\'s'][?@ != 1]", "dossiers.yml"])
        #expect(output.stdout == """
            dossiers.yml:4:17: $['dossiers'][0]['it\\'s'][1]: true
            dossiers.yml:4:23: $['dossiers'][0]['it\\'s'][2]: null

            """)
        let note = try query(["$..note", "dossiers.yml"])
        #expect(note.stdout == #"dossiers.yml:5:11: $['dossiers'][0]['note']: "say \"hi\"\n\tand \u2028 \\ bye""# + "\n")
        let dates = try query(["$.dossiers[?@.received > '2020-02-29'].received", "dossiers.json"])
        #expect(dates.stdout == "dossiers.json:3:63: $['dossiers'][1]['received']: \"2020-03-02\"\n")
    }

    @Test func formatJSONPrintsAnArrayOfMatches() throws {
        let output = try query(["--format", "json", "$..dossier_id", "dossiers.json", "dossiers.yml"])
        #expect(output.stdout == """
            [
              {"file":"dossiers.json","line":2,"column":18,"path":"$['dossiers'][0]['dossier_id']","value":"HS-0001"},
              {"file":"dossiers.json","line":3,"column":18,"path":"$['dossiers'][1]['dossier_id']","value":"HS-0002"},
              {"file":"dossiers.yml","line":2,"column":17,"path":"$['dossiers'][0]['dossier_id']","value":"HS-0003"}
            ]

            """)
        #expect(output.status == 0)
        let none = try query(["--format", "json", "$.nothing", "dossiers.json"])
        #expect(none.stdout == "[]\n")
        #expect(none.status == 1)
    }

    @Test func exitsOneWhenNothingMatches() throws {
        let output = try query(["$.dossiers[?@.days > 100]", "dossiers.json", "dossiers.yml"])
        #expect(output.stdout == "")
        #expect(output.stderr == "")
        #expect(output.status == 1)
    }

    @Test func invalidQueryExitsTwoNamingTheColumn() throws {
        let output = try query(["$.dossiers[?@.x == 1", "dossiers.json"])
        #expect(output.stdout == "")
        #expect(output.stderr == "error: expected ']' at column 21 in '$.dossiers[?@.x == 1'\n")
        #expect(output.status == 2)
    }

    @Test func warnsAboutPatternsOutsideIRegexp() throws {
        let output = try query(["$.dossiers[?match(@.dossier_id, 'HS-\\\\d+')]", "dossiers.json"])
        #expect(output.stdout == "")
        #expect(output.stderr == """
            warning: 'HS-\\d+' is not valid I-Regexp (RFC 9485), so match() is always false \
            at column 33 in '$.dossiers[?match(@.dossier_id, 'HS-\\\\d+')]'

            """)
        #expect(output.status == 1)
    }

    @Test func missingFileExitsTwoAfterQueryingTheOthers() throws {
        let output = try query(["$.dossiers[0].dossier_id", "missing.json", "dossiers.json"])
        #expect(output.stdout == "dossiers.json:2:18: $['dossiers'][0]['dossier_id']: \"HS-0001\"\n")
        #expect(output.stderr == "error: missing.json: no such file or directory\n")
        #expect(output.status == 2)
    }

    @Test func fileThatDoesNotParseReportsItsProblemsAndExitsTwo() throws {
        let output = try query(["$", "broken.json"])
        #expect(output.stdout == "")
        #expect(output.stderr == "broken.json:1:10: error: expected a value, found '}' [govlint/parse-error]\n")
        #expect(output.status == 2)
    }

    @Test func noFileIsAUsageError() throws {
        let output = try query(["$"])
        #expect(output.stderr == "error: no file to query; give one or more YAML, JSON or CSV files\n")
        #expect(output.status == 2)
    }
}
