// Times JSONPath evaluation over generated dossier registers of growing size, to show that the
// cost per record stays flat (linear evaluation). Run through Benchmarks/jsonpath.sh.
import DataModel
import JSONPath

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A register of `count` dossiers as JSON text, each with a nested list of documents.
func register(records count: Int) -> String {
    let channels = ["online", "counter", "post"]
    var text = "{\"agency\": \"Sở Tư pháp\", \"dossiers\": [\n"
    for index in 0..<count {
        let day = 1 + index % 28
        text += """
              {"dossier_id": "HS-\(index)", "procedure": "1.00\(index % 9000)", "channel": "\(channels[index % 3])", \
            "received": "2020-02-\(day < 10 ? "0" : "")\(day)", "fee": \(index % 7 * 50_000), \
            "documents": [{"name": "application", "pages": \(1 + index % 5)}, {"name": "id card", "pages": 1}]}
            """
        text += index == count - 1 ? "\n" : ",\n"
    }
    return text + "]}\n"
}

/// The CPU time this thread has used, in seconds; unlike wall-clock time it does not count the
/// time other processes on a busy machine hold the cores.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// The least CPU time of `runs` runs of `body`, in seconds, and the count it returned.
func best(of runs: Int, _ body: () -> Int) -> (seconds: Double, count: Int) {
    var fastest = Double.infinity
    var count = 0
    for _ in 0..<runs {
        let start = threadCPUSeconds()
        count = body()
        fastest = min(fastest, threadCPUSeconds() - start)
    }
    return (fastest, count)
}

let queries = ["$..dossier_id", "$.dossiers[?@.channel == 'online']", "$..[?@.pages > 3]"]
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
print("records   query                                   matches  CPU ms   ns/record")
for size in sizes.isEmpty ? [25_000, 50_000, 100_000] : sizes {
    let loaded = DataLoader.load(text: register(records: size), path: "register-\(size).json", format: .json)
    guard let root = loaded.documents.first?.root, loaded.problems.isEmpty else {
        fatalError("generated register did not load: \(loaded.problems)")
    }
    for text in queries {
        let query = try JSONPathQuery(text)
        let (seconds, matches) = best(of: 9) { query.evaluate(root).count }
        let perRecord = seconds * 1e9 / Double(size)
        let padded = text.padding(toLength: 38, withPad: " ", startingAt: 0)
        print(String(size).leftPadded(7), "  ", padded, String(matches).leftPadded(8),
              String(format: seconds * 1000, digits: 1).leftPadded(8), String(format: perRecord, digits: 0).leftPadded(11))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }

    /// `value` with `digits` decimals, without Foundation.
    init(format value: Double, digits: Int) {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        self = digits == 0 ? String(Int(rounded)) : String(rounded)
    }
}
