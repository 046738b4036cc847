import Foundation
import Testing
import TestSupport

@Suite("govlint check: configuration")
struct CheckConfigurationTests {
    static let config = """
        rules: [rules.yml]
        include: ["data/**"]
        exclude: ["data/archive/**"]
        fail-on: never

        """

    @Test("the nearest .govlint.yml upward is used; paths and globs are relative to its folder")
    func discovery() throws {
        let project = try Project(files: [
            ".govlint.yml": Self.config,
            "data/archive/old.yml": "dossiers:\n  - id: Z9\n    days: 99\n",
            "data/sub/.keep": "",
        ])
        let run = try project.run(["check", "--quiet"], in: "data/sub")
        #expect(run.status == 0)
        #expect(run.stdout.contains("data/d.yml:2:5: error: dossier A1 took 12 days [t/quick]"))
        #expect(!run.stdout.contains("Z9"))
    }

    @Test("flags override the file: --fail-on, and paths replace include")
    func overrides() throws {
        let project = try Project(files: [".govlint.yml": Self.config, "other/o.yml": "dossiers:\n  - id: O1\n    days: 50\n    owner: q\n"])
        let failOn = try project.run(["check", "--fail-on", "error", "--quiet"])
        #expect(failOn.status == 1)
        let paths = try project.run(["check", "other", "--quiet"])
        #expect(paths.stdout == "other/o.yml:2:5: error: dossier O1 took 50 days [t/quick]\n    2 |   - id: O1\n      |     ^~~~~~\n")
        #expect(paths.status == 0)
    }

    @Test("--config names a file explicitly")
    func explicit() throws {
        let project = try Project(files: ["conf/govlint.yml": "rules: [../rules.yml]\nfail-on: warning\n", "conf/x.txt": ""])
        let run = try project.run(["check", "data", "--config", "conf/govlint.yml", "--quiet"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("[t/owner]"))
    }

    @Test("an unknown key is an error at its line and column with a did-you-mean, exit 2")
    func unknownKey() throws {
        let project = try Project(files: [".govlint.yml": "rules: [rules.yml]\nfail_on: never\n"])
        let run = try project.run(["check", "data"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            .govlint.yml:2:1: error: unknown key 'fail_on' in .govlint.yml; did you mean 'fail-on'? (known keys: version, rules, include, exclude, as-of, calendar, date-formats, severity, baseline, fail-on, formats)
                2 | fail_on: never
                  | ^~~~~~~
            error: the configuration has 1 problem; govlint did not run

            """)
    }

    @Test("severity overrides from the file turn a rule off or change its level")
    func severity() throws {
        let project = try Project(files: [".govlint.yml": "rules: [rules.yml]\nseverity: {t/quick: off, t/note: error}\n"])
        let run = try project.run(["check", "data", "--quiet"])
        #expect(!run.stdout.contains("t/quick"))
        #expect(run.stdout.contains("data/d.yml:7:5: error: dossier A3 has a note [t/note]"))
        #expect(run.status == 1)
    }

    @Test("formats and fail-on come from the file; a --format flag replaces its formats")
    func formatsFromFile() throws {
        let project = try Project(files: [
            ".govlint.yml": "rules: [rules.yml]\ninclude: [\"data/**\"]\nformats: [github, \"json:out.json\"]\nfail-on: info\n",
        ])
        let run = try project.run(["check"])
        #expect(run.stdout.hasPrefix("::error file=data/d.yml,line=2,col=5,endLine=5,endColumn=3,title=t/quick::dossier A1 took 12 days\n"))
        #expect(try project.read("out.json").hasPrefix("{\n  \"version\": 1,"))
        #expect(run.status == 1)
        let replaced = try project.run(["check", "--format", "text", "--quiet"])
        #expect(replaced.stdout.hasPrefix("data/d.yml:2:5: error: "))
    }

    @Test("govlint init writes a configuration that govlint check accepts")
    func initThenCheck() throws {
        let project = try Project()
        #expect(try project.run(["init"]).status == 0)
        let run = try project.run(["check", "--rules", "rules.yml", "--quiet"])
        #expect(run.stderr == "")
        #expect(run.status == 1)
    }
}
