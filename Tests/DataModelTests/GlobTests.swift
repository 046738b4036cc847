import Testing
@testable import DataModel

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.csv", "dossiers.csv", true),
        ("*.csv", "data/2020/dossiers.csv", true),
        ("*.csv", "data/2020/dossiers.yml", false),
        ("data/*.csv", "data/a.csv", true),
        ("data/*.csv", "data/2020/a.csv", false),
        ("data/**/*.csv", "data/a.csv", true),
        ("data/**/*.csv", "data/2020/q1/a.csv", true),
        ("data/**", "data/archive/x.yml", true),
        ("data/**", "other/data/x.yml", false),
        ("**/procedures*.yml", "procedures.yml", true),
        ("**/procedures*.yml", "a/b/procedures-2020.yml", true),
        ("**/procedures*.yml", "a/b/old-procedures.yml", false),
        ("data/archive/", "data/archive/2019/x.csv", true),
        ("./data/*.json", "data/x.json", true),
        ("data/*.json", "./data/x.json", true),
        ("/data/*.json", "data/x.json", true),
        ("report-20??.yml", "report-2020.yml", true),
        ("report-20??.yml", "report-202.yml", false),
        ("report-20??.yml", "report-20201.yml", false),
        ("*.{yml,yaml}", "a/b.yaml", true),
        ("*.{yml,yaml}", "a/b.json", false),
        ("{data,archive}/*.csv", "archive/a.csv", true),
        ("{data,archive}/*.csv", "x/archive/a.csv", false),
        ("a/{b,c{d,e}}/f", "a/ce/f", true),
        ("a/{b,c{d,e}}/f", "a/c/f", false),
        ("a**b.csv", "aXYb.csv", true),
        ("a**b.csv", "a/b.csv", false),
        ("\\*.csv", "*.csv", true),
        ("\\*.csv", "a.csv", false),
        ("Sở*/*.csv", "Sở KHCN/hồ sơ.csv", true),
        ("**", "anything/at/all.csv", true),
        ("*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false),
        ("**/**/**/**/**/x", "a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/y", false),
    ])
    func matching(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    @Test(arguments: [
        ("data/{a,b", "unclosed '{' in glob 'data/{a,b'"),
        ("data/a}", "'}' without '{' in glob 'data/a}'"),
        ("data\\", "glob 'data\\' ends with a lone backslash"),
        ("", "empty glob pattern"),
        ("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}",
         "glob '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}' expands to more than 1024 alternatives"),
    ])
    func invalidPatternsAreErrors(pattern: String, message: String) {
        #expect(throws: GlobError(pattern: pattern, message: message)) { try Glob(pattern) }
    }

    @Test func relativePaths() {
        #expect(Glob.relativePath("/repo/data/x.csv", to: "/repo") == "data/x.csv")
        #expect(Glob.relativePath("/repo/data/../y.csv", to: "/repo/") == "y.csv")
        #expect(Glob.relativePath("/elsewhere/x.csv", to: "/repo") == "/elsewhere/x.csv")
        #expect(Glob.relativePath("/repository/x.csv", to: "/repo") == "/repository/x.csv")
    }
}
