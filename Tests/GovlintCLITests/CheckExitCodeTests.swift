import Foundation
import Testing
import TestSupport

@Suite("govlint check: output and exit codes")
struct CheckExitCodeTests {
    @Test("the text report: compiler lines, code frames, totals", .timeLimit(.minutes(1)))
    func text() throws {
        let run = try Project().run(["check", "data", "--rules", "rules.yml"])
        #expect(run.stdout == """
            data/d.yml:2:5: error: dossier A1 took 12 days [t/quick]
                2 |   - id: A1
                  |     ^~~~~~
            data/d.yml:5:5: warning: dossier A2 has no owner [t/owner]
                5 |   - id: A2
                  |     ^~~~~~
            data/d.yml:7:5: info: dossier A3 has a note [t/note]
                7 |   - id: A3
                  |     ^~~~~~
            1 error, 1 warning, 1 info in 1 of 1 file (9 item checks by 3 rules)

            """)
        #expect(run.stderr == "")
        #expect(run.status == 1)
    }

    @Test("exit status per --fail-on, with an error, a warning and an info finding", arguments: [
        ("error", Int32(1)), ("warning", 1), ("info", 1), ("never", 0),
    ])
    func failOn(level: String, status: Int32) throws {
        let run = try Project().run(["check", "data", "--rules", "rules.yml", "--fail-on", level, "--quiet"])
        #expect(run.status == status)
    }

    @Test("exit status per --fail-on when the worst finding is a warning", arguments: [
        ("error", Int32(0)), ("warning", 1), ("info", 1), ("never", 0),
    ])
    func failOnWarning(level: String, status: Int32) throws {
        let project = try Project(files: ["data/d.yml": "dossiers:\n  - id: B1\n    days: 1\n"])
        let run = try project.run(["check", "data", "--rules", "rules.yml", "--fail-on", level])
        #expect(run.status == status)
        #expect(run.stdout.hasSuffix("1 warning in 1 of 1 file (3 item checks by 3 rules)\n"))
    }

    @Test("no finding: exit 0 and a clean totals line")
    func clean() throws {
        let project = try Project(files: ["data/d.yml": "dossiers:\n  - id: B1\n    days: 1\n    owner: z\n"])
        let run = try project.run(["check", "data", "--rules", "rules.yml"])
        #expect(run.status == 0)
        #expect(run.stdout == "no findings in 1 file (3 item checks by 3 rules)\n")
    }

    @Test("a data file that does not parse is an error finding with a frame, exit 1")
    func parseError() throws {
        let project = try Project(files: ["data/bad.json": "{\"a\": 1,}\n"])
        let run = try project.run(["check", "data/bad.json", "--rules", "rules.yml"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("""
            data/bad.json:1:8: error: trailing comma is not allowed in JSON [govlint/parse-error]
                1 | {"a": 1,}
                  |        ^
            """))
    }

    @Test("usage and input errors exit 2 with a clear message", arguments: [
        (["check", "missing/"], "error: 'missing/' does not exist\n"),
        (["check", "data", "--format", "html"], "the html format is not available yet"),
        (["check", "data", "--format", "yaml"], "unknown format 'yaml'"),
        (["check", "data", "--fail-on", "sometimes"], "Error: The value 'sometimes' is invalid for '--fail-on <LEVEL>'"),
        (["check", "data", "--jobs", "0"], "Error: --jobs must be 1 or more, not 0"),
        (["check", "data", "--as-of", "31.12.2020"], "Error: '31.12.2020' is not a date"),
        (["check", "data", "--bogus"], "Error: Unknown option '--bogus'"),
        (["check", "data", "--format", "json", "--format", "sarif"], "error: only one --format may write to standard output"),
        (["check", "data", "--format", "json:r.out", "--format", "sarif:r.out"], "error: two --format reports would be written to '"),
        (["check", "data", "--config", "none.yml"], "error: config file 'none.yml' does not exist\n"),
        (["check", "data", "--baseline", "none.json", "--rules", "rules.yml"], "error: cannot read the baseline"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try Project().run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test("a broken rule set stops the run with its diagnostics and exit 2")
    func badRules() throws {
        let project = try Project(files: ["bad-rules.yml": "ruleset: b\nversion: 1\nrulez: []\n"])
        let run = try project.run(["check", "data", "--rules", "bad-rules.yml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad-rules.yml:3:1: error: "))
        #expect(run.stderr.contains("govlint did not run"))
    }
}
