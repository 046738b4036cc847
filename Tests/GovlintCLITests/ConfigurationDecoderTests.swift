import DataModel
import RuleEngine
import Testing

@Suite("Reading .govlint.yml strictly")
struct ConfigurationDecoderTests {
    static func decode(_ text: String) -> Result<Configuration, ConfigurationErrors> {
        ConfigurationDecoder.decode(DataLoader.load(text: text, path: ".govlint.yml", format: .yaml), root: "/repo")
    }

    static func errors(_ text: String) -> [String] {
        guard case .failure(let failure) = decode(text) else { return [] }
        return failure.errors.map(\.description)
    }

    @Test("every key of the product's example is read")
    func example() throws {
        let text = """
            rules: [builtin:vn-tthc, ./rules/local.yml]
            include: ["data/**"]
            exclude: ["data/archive/**"]
            as-of: 2020-12-31
            calendar: builtin:vn
            date-formats: [yyyy-MM-dd, dd/MM/yyyy]
            severity: { vn-report/online-level4-share: off, vn-dossiers/late: warning }
            baseline: .govlint-baseline.json
            fail-on: warning
            formats: [text, "sarif:out.sarif"]
            """
        let configuration = try Self.decode(text).get()
        #expect(configuration.rules == ["builtin:vn-tthc", "./rules/local.yml"])
        #expect(configuration.include?.map(\.pattern) == ["data/**"])
        #expect(configuration.exclude.map(\.pattern) == ["data/archive/**"])
        #expect(configuration.asOf == CivilDate(year: 2020, month: 12, day: 31))
        #expect(configuration.calendar == "builtin:vn")
        #expect(configuration.dateFormats == [.iso, .dayFirst])
        #expect(configuration.severity == ["vn-report/online-level4-share": .off, "vn-dossiers/late": .on(.warning)])
        #expect(configuration.baseline == ".govlint-baseline.json")
        #expect(configuration.failOn == .warning)
        #expect(configuration.formats == ["text", "sarif:out.sarif"])
        #expect(configuration.root == "/repo")
    }

    @Test("an unknown key is an error at its line and column with a did-you-mean")
    func unknownKey() {
        #expect(Self.errors("rules: []\nexlude: [a]\n") == [
            ".govlint.yml:2:1: error: unknown key 'exlude' in .govlint.yml; did you mean 'exclude'? (known keys: version, rules, include, exclude, as-of, calendar, date-formats, severity, baseline, fail-on, formats)",
        ])
    }

    @Test("wrong types and values are errors at the value, all of them reported", arguments: [
        ("rules: builtin:vn\n", ".govlint.yml:1:8: error: 'rules' must be a list of strings, not the string 'builtin:vn'"),
        ("include: [1]\n", ".govlint.yml:1:11: error: 'include item' must be a non-empty string, not integer 1"),
        ("as-of: tomorrow\n", ".govlint.yml:1:8: error: 'as-of' must be a date such as 2020-12-31, not 'tomorrow'"),
        ("fail-on: always\n", ".govlint.yml:1:10: error: 'fail-on' must be error, warning, info or never, not 'always'"),
        ("severity: {a/b: loud}\n", ".govlint.yml:1:17: error: the level of 'a/b' must be error, warning, info or off, not 'loud'"),
        ("date-formats: [yyyy]\n", ".govlint.yml:1:16: error: 'yyyy' is not a date format; use a pattern such as yyyy-MM-dd or dd/MM/yyyy (optionally with HH:mm)"),
        ("exclude: [\"a/{b\"]\n", ".govlint.yml:1:11: error: invalid glob: unclosed '{' in glob 'a/{b'"),
        ("version: 2\n", ".govlint.yml:1:10: error: configuration version 2 is not supported (this govlint reads version 1)"),
        ("- rules\n", ".govlint.yml:1:1: error: a .govlint.yml must be a mapping of settings (rules:, include:, …)"),
    ])
    func wrongValue(text: String, expected: String) {
        #expect(Self.errors(text) == [expected])
    }

    @Test("a duplicate key is an error at the second occurrence")
    func duplicateKey() {
        let errors = Self.errors("fail-on: error\nfail-on: never\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(".govlint.yml:2:1: error: ") == true)
        #expect(errors.first?.contains("fail-on") == true)
    }

    @Test("several errors are all reported, in file order")
    func several() {
        #expect(Self.errors("fail-on: x\nrulez: []\n").map { String($0.prefix(18)) } == [".govlint.yml:1:10:", ".govlint.yml:2:1: "])
    }

    @Test("an empty file or one with only comments is an empty configuration")
    func empty() throws {
        let configuration = try Self.decode("# nothing yet\n").get()
        #expect(configuration.rules == nil && configuration.include == nil && configuration.failOn == nil)
    }
}
