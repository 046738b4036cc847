// govlint-loadbench: times DataLoader on data files (release builds only give meaningful figures).
//
// Usage: govlint-loadbench [--repeat N] [--as yaml|json|csv] [--date-formats F,F...] [--read-only] FILE...
// Prints one line per file: `path format bytes best-milliseconds nodes problems page-faults
// median-milliseconds`, where the times are the best and the median of N loads (default 5) in CPU
// time of this process, so that work elsewhere on a shared machine inflates them less,
// `page-faults` counts the fresh memory pages the best load touched, and `--read-only` times
// reading the bytes alone. `--date-formats`
// sets the formats scalars are typed against (default: ISO only), as a rule set's `date-formats` does.
import DataModel
import Foundation

var repeats = 5
var format: DataFormat?
var readOnly = false
var options = LoadOptions()
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--repeat": repeats = Int(arguments.popFirst() ?? "") ?? repeats
    case "--as": format = arguments.popFirst().flatMap(DataFormat.init(rawValue:))
    case "--read-only": readOnly = true
    case "--date-formats":
        let patterns = (arguments.popFirst() ?? "").split(separator: ",").map(String.init)
        let formats = patterns.compactMap(DateFormat.init)
        guard formats.count == patterns.count, !formats.isEmpty else {
            FileHandle.standardError.write(Data("govlint-loadbench: bad --date-formats \(patterns)\n".utf8))
            exit(2)
        }
        options.dateFormats = formats
    default: paths.append(argument)
    }
}
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: govlint-loadbench [--repeat N] [--as yaml|json|csv] [--date-formats F,F...] [--read-only] FILE...\n".utf8))
    exit(2)
}

/// CPU time used by this process so far, in milliseconds.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
}

/// Minor page faults of this process so far: each is a fresh page of memory touched.
func pageFaults() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_minflt
}

/// The number of nodes in a tree, counted without recursion.
func nodeCount(_ root: Value) -> Int {
    var stack = [root]
    var count = 0
    while let value = stack.popLast() {
        count += 1
        switch value.kind {
        case .list(let elements): stack.append(contentsOf: elements)
        case .map(let map): stack.append(contentsOf: map.entries.lazy.map(\.value))
        default: break
        }
    }
    return count
}

for path in paths {
    var best = Double.infinity
    var times: [Double] = []
    var nodes = 0
    var problems = 0
    var bytes = 0
    var faults = 0
    for _ in 0..<max(1, repeats) {
        let start = cpuMilliseconds(), startFaults = pageFaults()
        if readOnly {
            let data = FileManager.default.contents(atPath: path) ?? Data()
            bytes = data.count
            times.append(cpuMilliseconds() - start)
            best = min(best, times.last!)
            continue
        }
        do {
            let loaded = try DataLoader.load(path: path, format: format, options: options)
            let time = cpuMilliseconds() - start
            times.append(time)
            if time < best { (best, faults) = (time, pageFaults() - startFaults) }
            nodes = loaded.documents.reduce(0) { $0 + nodeCount($1.root) }
            problems = loaded.problems.count
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
    }
    if !readOnly { bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
    let shownFormat = readOnly ? "bytes" : (format ?? DataFormat(path: path)).map(\.rawValue) ?? "?"
    let median = times.sorted()[times.count / 2]
    print(path, shownFormat, bytes, String(format: "%.1f", best), nodes, problems, faults, String(format: "%.1f", median))
}
