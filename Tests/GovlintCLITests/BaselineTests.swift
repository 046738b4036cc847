import DataModel
import RuleEngine
import Testing

@Suite("Baselines")
struct BaselineTests {
    static let paths = PathRelativizer(baseFolder: "/repo", workingDirectory: "/repo/sub")

    static func finding(_ rule: String, key: String?, line: Int, file: String = "data/d.csv") -> Finding {
        Finding(ruleID: rule, severity: .error, message: "m\(line)", location: SourceLocation(file: FileID(file), line: line, column: 1), key: key)
    }

    @Test("paths are stored relative to the baseline's folder")
    func relativePaths() {
        #expect(Self.paths.relative("data/d.csv") == "sub/data/d.csv")
        #expect(Self.paths.relative("../x/./y.yml") == "x/y.yml")
        #expect(Self.paths.relative("/elsewhere/z.yml") == "../elsewhere/z.yml")
    }

    @Test("recording groups by rule, file and key with counts; the file round-trips")
    func roundTrip() throws {
        let findings = [Self.finding("r/late", key: "HS-1", line: 2), Self.finding("r/late", key: "HS-1", line: 9),
                        Self.finding("r/late", key: "HS-2", line: 3), Self.finding("r/total", key: nil, line: 4)]
        let baseline = Baseline(recording: findings, paths: Self.paths)
        let text = BaselineFile.encode(baseline)
        #expect(text == """
            {
              "version": 1,
              "entries": [
                {"count":2,"file":"sub/data/d.csv","key":"HS-1","rule":"r/late"},
                {"count":1,"file":"sub/data/d.csv","key":"HS-2","rule":"r/late"},
                {"count":1,"file":"sub/data/d.csv","key":"m4","rule":"r/total"}
              ]
            }

            """)
        #expect(try BaselineFile.decode(text, path: "b.json") == baseline)
    }

    @Test("findings that moved lines stay hidden; new ones show; stale entries are noted at their line")
    func apply() throws {
        let old = [Self.finding("r/late", key: "HS-1", line: 2), Self.finding("r/late", key: "HS-2", line: 3)]
        let text = BaselineFile.encode(Baseline(recording: old, paths: Self.paths))
        let baseline = try BaselineFile.decode(text, path: "/repo/b.json")
        let now = [Self.finding("r/late", key: "HS-2", line: 30), Self.finding("r/late", key: "HS-3", line: 31)]
        let outcome = BaselineFilter.apply(now, baseline: baseline, paths: Self.paths, baselinePath: "/repo/b.json", baselineText: text,
                                          checkedFiles: ["data/d.csv"])
        #expect(outcome.hiddenCount == 1)
        #expect(outcome.findings.map { "\($0.location.path):\($0.location.line) \($0.ruleID)" } == [
            "/repo/b.json:4 govlint/stale-baseline", "data/d.csv:31 r/late",
        ])
        #expect(outcome.findings[0].message == "baseline entry for r/late in sub/data/d.csv (key HS-1) matches no finding; rewrite the baseline with --write-baseline")
        #expect(outcome.findings[0].severity == .info)
    }

    @Test("entries of files the run did not check are not stale")
    func uncheckedFiles() {
        let baseline = Baseline(entries: [.init(rule: "r/x", file: "sub/data/other.csv", key: "K")])
        let outcome = BaselineFilter.apply([], baseline: baseline, paths: Self.paths, baselinePath: "b.json", baselineText: "",
                                           checkedFiles: ["data/d.csv"])
        #expect(outcome.findings.isEmpty)
    }

    @Test("an item reported more often than recorded shows the extra findings")
    func counts() throws {
        let baseline = Baseline(entries: [.init(rule: "r/x", file: "sub/data/d.csv", key: "K", count: 1)])
        let now = [Self.finding("r/x", key: "K", line: 1), Self.finding("r/x", key: "K", line: 5)]
        let outcome = BaselineFilter.apply(now, baseline: baseline, paths: Self.paths, baselinePath: "b.json", baselineText: "", checkedFiles: ["data/d.csv"])
        #expect(outcome.hiddenCount == 1)
        #expect(outcome.findings.map(\.location.line) == [5])
    }

    @Test("a file that is not a baseline is a clear error", arguments: [
        ("{", "b.json: error: not a govlint baseline (invalid JSON); write one with --write-baseline"),
        (#"{"version": 1}"#, "b.json: error: not a govlint baseline (missing \"entries\" at $); write one with --write-baseline"),
        (#"{"version": 2, "entries": []}"#, "b.json: error: baseline version 2 is not supported (this govlint reads version 1)"),
    ])
    func invalid(text: String, message: String) {
        #expect(throws: BaselineFile.ReadError.self) { try BaselineFile.decode(text, path: "b.json") }
        do { _ = try BaselineFile.decode(text, path: "b.json") } catch { #expect(error.description == message) }
    }
}
