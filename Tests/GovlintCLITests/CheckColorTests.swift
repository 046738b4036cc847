import Foundation
import Testing
import TestSupport

@Suite("govlint check: colour and the default subcommand")
struct CheckColorTests {
    @Test("--color always colours the text report, even with NO_COLOR set")
    func always() throws {
        let run = try Project().run(["check", "data", "--rules", "rules.yml", "--color", "always"])
        #expect(run.stdout.hasPrefix("\u{1B}[1mdata/d.yml:2:5:\u{1B}[0m \u{1B}[1;31merror\u{1B}[0m: "))
    }

    @Test("--color auto writes no escapes when stdout is not a terminal, NO_COLOR or not", arguments: ["", "1"])
    func auto(noColor: String) throws {
        let project = try Project()
        let run = try CommandRunner.run(
            "govlint", ["check", "data", "--rules", "rules.yml"], in: project.root, environment: ["NO_COLOR": noColor])
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stdout.hasPrefix("data/d.yml:2:5: error: dossier A1 took 12 days [t/quick]\n"))
    }

    @Test("check is the default subcommand")
    func defaultSubcommand() throws {
        let run = try Project().run(["data", "--rules", "rules.yml", "--quiet", "--fail-on", "never"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("data/d.yml:2:5: error: dossier A1 took 12 days [t/quick]\n"))
    }

    @Test("--format json on stdout is the JSON report alone")
    func jsonOnStdout() throws {
        let run = try Project().run(["check", "data", "--rules", "rules.yml", "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let summary = document?["summary"] as? [String: Any]
        #expect(summary?["errors"] as? Int == 1)
        #expect(summary?["warnings"] as? Int == 1)
        #expect(summary?["info"] as? Int == 1)
        #expect(run.status == 1)
    }
}
