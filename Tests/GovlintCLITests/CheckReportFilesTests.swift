import Foundation
import Testing
import TestSupport

@Suite("govlint check: several reports in one run")
struct CheckReportFilesTests {
    @Test("--format to several files at once, written whole, with text on stdout")
    func severalFiles() throws {
        let project = try Project()
        let run = try project.run([
            "check", "data", "--rules", "rules.yml", "--quiet", "--format", "text",
            "--format", "json:out/report.json", "--format", "sarif:out/report.sarif",
            "--format", "junit:out/junit.xml", "--format", "github:out/gh.txt",
            "--format", "markdown:out/summary.md", "--format", "checkstyle:out/cs.xml",
        ], in: nil)
        // The out/ folder does not exist: writing there is an error, exit 2.
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: cannot write '"))

        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("out"), withIntermediateDirectories: true)
        let second = try project.run([
            "check", "data", "--rules", "rules.yml", "--quiet", "--format", "text",
            "--format", "json:out/report.json", "--format", "sarif:out/report.sarif",
            "--format", "junit:out/junit.xml", "--format", "github:out/gh.txt",
            "--format", "markdown:out/summary.md", "--format", "checkstyle:out/cs.xml",
        ])
        #expect(second.status == 1)
        #expect(second.stdout.hasPrefix("data/d.yml:2:5: error: dossier A1 took 12 days [t/quick]\n"))
        #expect(!second.stdout.contains("item checks"))
        let json = try JSONSerialization.jsonObject(with: Data(project.read("out/report.json").utf8)) as! [String: Any]
        #expect(json["version"] as? Int == 1)
        #expect((json["findings"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["t/quick", "t/owner", "t/note"])
        let sarif = try JSONSerialization.jsonObject(with: Data(project.read("out/report.sarif").utf8)) as! [String: Any]
        #expect(sarif["version"] as? String == "2.1.0")
        #expect(try project.read("out/junit.xml").contains("<testsuite name=\"govlint\""))
        #expect(try project.read("out/gh.txt").hasPrefix("::error file=data/d.yml,line=2,col=5,"))
        #expect(try project.read("out/summary.md").contains("| `t/quick` | error | 1 | `data/d.yml` |"))
        #expect(try project.read("out/cs.xml").contains("<file name=\"data/d.yml\">"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("out").path)
        #expect(leftovers.sorted() == ["cs.xml", "gh.txt", "junit.xml", "report.json", "report.sarif", "summary.md"])
    }

    @Test("--summary prints the scorecard, findings per rule and per file after the findings")
    func summary() throws {
        let run = try Project().run(["check", "data", "--rules", "rules.yml", "--summary"])
        #expect(run.stdout.hasSuffix("""
            Findings by rule
              t/note   info     1  data/d.yml
              t/owner  warning  1  data/d.yml
              t/quick  error    1  data/d.yml

            Findings by file
              data/d.yml  1 error  1 warning  1 info

            1 error, 1 warning, 1 info in 1 of 1 file (9 item checks by 3 rules)

            """))
        #expect(run.stdout.contains("Targets\n  (no targets were evaluated)\n"))
    }
}
