import Testing
@testable import DataModel

@Suite struct YAMLLoaderTests {
    @Test func plainScalarsFollowTheCoreSchema() throws {
        let doc = try #require(root("""
            int: 42
            negative: -7
            octal: 0o17
            hex: 0x1F
            padded: 007
            decimal: 75.40
            exponent: 1e3
            infinity: -.inf
            yes: yes
            on: off
            bool: true
            Bool: False
            tilde: ~
            null: null
            empty:
            text: hello world
            """))
        let expected: [(String, Value, String?)] = [
            ("int", 42, "42"), ("negative", -7, "-7"), ("octal", 15, "0o17"), ("hex", 31, "0x1F"),
            ("padded", 7, "007"), ("decimal", 75.4, "75.40"), ("exponent", 1000.0, "1e3"),
            ("infinity", Value(.double(-.infinity)), "-.inf"), ("yes", "yes", nil), ("on", "off", nil),
            ("bool", true, "true"), ("Bool", false, "False"), ("tilde", nil, "~"), ("null", nil, "null"),
            ("empty", nil, nil), ("text", "hello world", nil),
        ]
        for (key, value, literal) in expected {
            let loaded = try #require(doc[key], "missing \(key)")
            #expect(loaded == value, "\(key)")
            #expect(loaded.literal == literal, "\(key)")
            #expect(loaded.typeName == value.typeName, "\(key)")
        }
        #expect(doc["nan"] == nil)
        if case .double(let d)? = root("x: .NaN")?["x"]?.kind { #expect(d.isNaN) } else { Issue.record("not NaN") }
        #expect(root("x: 99999999999999999999")?["x"]?.typeName == "number")
        #expect(root("x: 1.2.3")?["x"] == "1.2.3")
        #expect(root("x: 0x")?["x"] == "0x")
    }

    @Test func datesKeepTheirText() throws {
        let doc = try #require(root("""
            plain: 2020-02-10
            quoted: "2020-02-11"
            time: 2020-03-02 08:30
            dayFirst: 10/02/2020
            notADate: 2020-02-30
            """, options: LoadOptions(dateFormats: [.iso, .dayFirst])))
        #expect(doc["plain"]?.kind.dateValue == CivilDate(year: 2020, month: 2, day: 10))
        #expect(doc["plain"]?.literal == "2020-02-10")
        #expect(doc["quoted"]?.kind.dateValue == CivilDate(year: 2020, month: 2, day: 11))
        #expect(doc["quoted"]?.literal == "2020-02-11")
        #expect(doc["time"]?.typeName == "datetime")
        #expect(doc["time"]?.literal == "2020-03-02 08:30")
        #expect(doc["dayFirst"]?.kind.dateValue == CivilDate(year: 2020, month: 2, day: 10))
        #expect(doc["dayFirst"]?.literal == "10/02/2020")
        #expect(doc["notADate"] == "2020-02-30")
        // Without dd/MM/yyyy configured, that text stays a string; ISO plain dates are always dates.
        let isoOnly = try #require(root("a: 10/02/2020\nb: 2020-02-10\nc: '2020-02-10'", options: LoadOptions(dateFormats: [])))
        #expect(isoOnly["a"] == "10/02/2020")
        #expect(isoOnly["b"]?.typeName == "date")
        #expect(isoOnly["c"] == "2020-02-10")
    }

    @Test func explicitTags() throws {
        let doc = try #require(root("""
            a: !!str 123
            b: !!int "12"
            c: !!float 1
            d: !!bool "true"
            e: !!null ""
            f: !!str 2020-01-01
            g: ! 12
            h: !custom 5
            """))
        #expect(doc["a"] == "123")
        #expect(doc["b"] == 12)
        #expect(doc["c"]?.typeName == "number")
        #expect(doc["d"] == true)
        #expect(doc["e"]?.isNull == true)
        #expect(doc["f"] == "2020-01-01")
        #expect(doc["g"] == "12")
        #expect(doc["h"] == 5)
        let bad = load("a: !!int abc\nb: !!bool yes\n")
        #expect(describe(bad.problems) == [
            "1:4 govlint/parse-error 'abc' is not a valid !!int value",
            "2:4 govlint/parse-error 'yes' is not a valid !!bool value",
        ])
        #expect(bad.documents.first?.root["a"] == "abc")
    }

    @Test func locationsAreOneBasedWithEnds() throws {
        let doc = try #require(root("""
            name: Cấp giấy phép
            steps:
              - code: "1.001780"
                days: 5
            tên: { x: [1, 2] }
            """))
        #expect(span(doc.location) == "1:1-6:1")
        let steps = try #require(doc.map?.entry("steps"))
        #expect(span(steps.keyLocation) == "2:1-2:6")
        #expect(span(steps.value.location) == "3:3-5:1")
        let first = try #require(steps.value.list?.first)
        #expect(span(first.location) == "3:5-5:1")
        #expect(span(try #require(first["code"]).location) == "3:11-3:21")
        #expect(first["code"] == "1.001780")
        #expect(span(try #require(first["days"]).location) == "4:11-4:12")
        // Columns count Unicode scalars, not bytes.
        #expect(span(try #require(doc["name"]).location) == "1:7-1:20")
        let x = try #require(doc["tên"]?["x"])
        #expect(span(x.location) == "5:11-5:17")
        #expect(span(try #require(x.list?[1]).location) == "5:15-5:16")
        #expect(doc.map?.keys == ["name", "steps", "tên"])
    }

    @Test func multiDocumentStreams() {
        let loaded = load("--- a\n---\nb: 1\n...\n--- [c]\n")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.documents.map(\.index) == [0, 1, 2])
        #expect(loaded.documents.map(\.root) == ["a", .map(["b": 1]), ["c"]])
        #expect(loaded.documents.allSatisfy { $0.format == .yaml && $0.path == "t.yaml" })
        #expect(load("# only a comment\n").documents.isEmpty)
    }

    @Test func anchorsAliasesAndMergeKeys() throws {
        let doc = try #require(root("""
            base: &base { unit: days, limit: 5 }
            extra: &extra { owner: office, limit: 9 }
            one:
              <<: *base
              limit: 7
            two:
              <<: [*extra, *base]
            copy: *base
            scalar: &s hello
            again: *s
            """))
        #expect(doc["one"] == .map(["unit": "days", "limit": 7]))
        #expect(doc["one"]?.map?.keys == ["limit", "unit"])
        #expect(doc["two"] == .map(["owner": "office", "limit": 9, "unit": "days"]))
        #expect(doc["copy"] == .map(["unit": "days", "limit": 5]))
        #expect(doc["again"] == "hello")
        let quotedMerge = try #require(root("'<<': 1"))
        #expect(quotedMerge["<<"] == 1)
    }

    @Test func duplicateKeysKeepTheFirstValue() throws {
        let loaded = load("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n")
        #expect(describe(loaded.problems) == [
            "4:3 govlint/duplicate-key duplicate key 'c' (first written at line 3, column 3)",
            "5:1 govlint/duplicate-key duplicate key 'a' (first written at line 1, column 1)",
        ])
        let doc = try #require(loaded.documents.first?.root)
        #expect(doc == .map(["a": 1, "b": .map(["c": 2])]))
    }

    @Test func scalarKeysBecomeTheirText() throws {
        let doc = try #require(root("1: a\ntrue: b\n2020-01-01: c\n~: d\n1.50: e\n"))
        #expect(doc.map?.keys == ["1", "true", "2020-01-01", "~", "1.50"])
        let complex = load("? [a, b]\n: c\nd: e\n")
        #expect(describe(complex.problems) == ["1:3 govlint/parse-error a mapping key must be a scalar, not a list; the entry is ignored"])
        #expect(complex.documents.first?.root == .map(["d": "e"]))
    }

    @Test func aliasProblems() {
        #expect(describe(load("a: *nowhere\n").problems) == [
            "1:4 govlint/parse-error alias '*nowhere' refers to no anchor defined before it",
        ])
        #expect(describe(load("a: &x [1, *x]\n").problems) == [
            "1:11 govlint/parse-error alias '*x' refers to a node that contains it",
        ])
        #expect(describe(load("a: 1\n<<: 2\n").problems) == [
            "2:5 govlint/parse-error merge key '<<' needs a map or a list of maps",
        ])
    }

    @Test func syntaxErrorsCarryLibyamlProblemAndContext() {
        let loaded = load("--- ok\n--- \na: b: c\n")
        #expect(describe(loaded.problems) == [
            "3:5 govlint/parse-error mapping values are not allowed in this context",
        ])
        #expect(loaded.documents.map(\.root) == ["ok"])
        #expect(describe(load("a: 'unterminated\n").problems) == [
            "2:1 govlint/parse-error found unexpected end of stream (while scanning a quoted scalar)",
        ])
        #expect(describe(load("a: @b\n").problems) == [
            "1:4 govlint/parse-error found character that cannot start any token (while scanning for the next token)",
        ])
    }

    @Test func stringsAreNormalizedToNFC() throws {
        let decomposed = "U\u{031B}\u{0309}Y BAN"
        let doc = try #require(root("a: \(decomposed)\n\"\(decomposed)\": 1\n"))
        #expect(doc["a"]?.string?.unicodeScalars.map(\.value) == [0x1EEC, 0x59, 0x20, 0x42, 0x41, 0x4E])
        #expect(doc.map?.keys.last?.unicodeScalars.count == 6)
    }
}

extension Value.Kind {
    var dateValue: CivilDate? { if case .date(let d) = self { return d } else { return nil } }
}
