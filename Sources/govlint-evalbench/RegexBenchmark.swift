import Expressions
import Foundation

/// The cost of one regex match, on the own matcher (`CompiledRegex`) and on
/// `NSRegularExpression` as it was called before, for the patterns of the engine benchmark's
/// rules: dossier ids and procedure codes.
enum RegexBenchmark {
    static let cases: [(pattern: String, texts: [String])] = [
        (#"^[A-Z]+-\d{4}-\d+$"#, (0..<1024).map { "HS-\(2019 + $0 % 3)-\(String(format: "%06d", $0 * 37))" }),
        (#"^\d\.\d{6}$"#, (0..<1024).map { "1.\(String(format: "%06d", 100_000 + $0 * 811))" }),
    ]

    static func run(matches count: Int) {
        for (pattern, texts) in cases {
            let regex = try! CompiledRegex(pattern)
            let icu = try! NSRegularExpression(pattern: pattern)
            let own = measure(count, texts) { regex.matches($0) }
            let foundation = measure(count, texts) {
                icu.firstMatch(in: $0, range: NSRange(location: 0, length: $0.utf16.count)) != nil
            }
            print("regex \(pattern): \(format(own.ns)) ns/match own matcher, \(format(foundation.ns)) ns/match NSRegularExpression (\(count) matches each, \(own.hits) and \(foundation.hits) matched)")
        }
    }

    private static func measure(_ count: Int, _ texts: [String], _ match: (String) -> Bool) -> (ns: Double, hits: Int) {
        var hits = 0
        let start = threadCPUTime()
        for i in 0..<count where match(texts[i & 1023]) { hits += 1 }
        return ((threadCPUTime() - start) / Double(count), hits)
    }

    private static func format(_ ns: Double) -> String { String(format: "%.0f", ns) }
}
