import Foundation
import Testing
import TestSupport

@Suite("govlint check: suppressions and baselines")
struct CheckSuppressionBaselineTests {
    @Test("suppression comments hide findings; one that hides nothing is a warning at its rule id")
    func suppressions() throws {
        let data = """
            dossiers:
              # govlint-disable-next-line t/quick -- approved extension
              - id: A1
                days: 12
                owner: x
              - id: A2 # govlint-disable-line t/owner, t/quick
                days: 3
              - id: A3
                days: 4
                owner: y
                note: hi
            # govlint-disable-file t/note

            """
        let run = try Project(files: ["data/d.yml": data]).run(["check", "data", "--rules", "rules.yml"])
        #expect(run.stdout == """
            data/d.yml:6:44: warning: govlint-disable-line names t/quick, which reports nothing on this line [govlint/unused-suppression]
                6 |   - id: A2 # govlint-disable-line t/owner, t/quick
                  |                                            ^~~~~~~
            1 warning in 1 of 1 file (9 item checks by 3 rules); hidden: 3 suppressed

            """)
        #expect(run.status == 0)
    }

    @Test("a baseline hides recorded findings after lines are inserted and records reordered, and shows new ones")
    func baseline() throws {
        let project = try Project()
        let write = try project.run(["check", "data", "--rules", "rules.yml", "--write-baseline", "baseline.json"])
        #expect(write.status == 0)
        #expect(write.stdout == "")
        #expect(write.stderr == "wrote baseline.json: 3 entries recording 3 findings\n")
        #expect(try project.read("baseline.json") == """
            {
              "version": 1,
              "entries": [
                {"count":1,"file":"data/d.yml","key":"A3","rule":"t/note"},
                {"count":1,"file":"data/d.yml","key":"A2","rule":"t/owner"},
                {"count":1,"file":"data/d.yml","key":"A1","rule":"t/quick"}
              ]
            }

            """)

        // Lines inserted above, records reordered, and one new violation (A4).
        try project.write("data/d.yml", """
            # Register of dossiers, second quarter.
            # Kept by the one-stop desk.

            dossiers:
              - id: A4
                days: 30
                owner: w
              - id: A3
                days: 4
                owner: y
                note: hi
              - id: A2
                days: 3
              - id: A1
                days: 12
                owner: x

            """)
        let run = try project.run(["check", "data", "--rules", "rules.yml", "--baseline", "baseline.json"])
        #expect(run.stdout == """
            data/d.yml:5:5: error: dossier A4 took 30 days [t/quick]
                5 |   - id: A4
                  |     ^~~~~~
            1 error in 1 of 1 file (12 item checks by 3 rules); hidden: 3 in the baseline

            """)
        #expect(run.status == 1)
    }

    @Test("a baseline entry that matches nothing is reported as stale at its line")
    func stale() throws {
        let project = try Project()
        #expect(try project.run(["check", "data", "--rules", "rules.yml", "--write-baseline", "b.json"]).status == 0)
        try project.write("data/d.yml", Project.dossiers.replacingOccurrences(of: "days: 12", with: "days: 2"))
        let run = try project.run(["check", "data", "--rules", "rules.yml", "--baseline", "b.json", "--quiet"])
        #expect(run.stdout == "b.json:6:5: info: baseline entry for t/quick in data/d.yml (key A1) matches no finding; rewrite the baseline with --write-baseline [govlint/stale-baseline]\n    6 |     {\"count\":1,\"file\":\"data/d.yml\",\"key\":\"A1\",\"rule\":\"t/quick\"}\n      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n")
        #expect(run.status == 0)
    }

    @Test("the baseline from the configuration applies, and a run from a subfolder still matches it")
    func configuredBaseline() throws {
        let project = try Project(files: [".govlint.yml": "rules: [rules.yml]\ninclude: [\"data/**\"]\nbaseline: .govlint-baseline.json\n", "data/sub/.keep": ""])
        #expect(try project.run(["check", "--write-baseline", ".govlint-baseline.json"]).status == 0)
        let run = try project.run(["check"], in: "data/sub")
        #expect(run.stdout == "no findings in 1 file (9 item checks by 3 rules); hidden: 3 in the baseline\n")
        #expect(run.status == 0)
    }
}
