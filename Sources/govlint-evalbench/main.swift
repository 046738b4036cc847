// Measures the cost of one expression evaluation over many items: a typical `where`, a
// working-day deadline, and a lookup; and the cost of one regex match (`regex`). Run through
// Benchmarks/eval.sh (release build).
import BuiltinRules
import DataModel
import Expressions
import Foundation

let itemCount = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000_000 : 1_000_000
let only = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : nil

/// Records shaped like dossier rows, varied so branches and dates differ between items.
func makeRecords() -> [Value] {
    let statuses = ["received", "resolved", "withdrawn", "late"]
    let channels = ["online", "counter", "post"]
    let start = CivilDate(year: 2019, month: 1, day: 2)!
    return (0..<1024).map { i in
        let received = start.adding(days: i % 700)
        return .map([
            "dossier_id": Value(.string("HS-\(i)")),
            "status": Value(.string(statuses[i % statuses.count])),
            "channel": Value(.string(channels[i % channels.count])),
            "procedure_code": Value(.string("1.00\(1000 + i % 50)")),
            "received_at": Value(.date(received), literal: received.description),
            "resolved_at": Value(.date(received.adding(days: 5 + i % 30))),
            "processing_days": Value(.int(3 + i % 20)),
        ])
    }
}

func loadCalendar() -> WorkdayCalendar {
    let loaded = DataLoader.load(text: BuiltinRules.calendars["vn"]!, path: "vn.yml", format: .yaml)
    return try! WorkdayCalendar(from: loaded.documents[0].root)
}

func measure(_ label: String, _ source: String, scope: ExpressionScope, variables: [ExprValue], records: [Value]) {
    if let only, only != label { return }
    let expression = try! scope.compile(source)
    let activation = Activation(scope: scope, item: records[0], variables: variables)
    var trueCount = 0, errors = 0
    let cpuStart = threadCPUTime()
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for i in 0..<itemCount {
            activation.rebind(item: records[i & 1023])
            do {
                if try expression.evaluate(activation).boolValue == true { trueCount += 1 }
            } catch {
                errors += 1
            }
        }
    }
    let cpu = (threadCPUTime() - cpuStart) / Double(itemCount)
    let wall = (Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9) / Double(itemCount)
    print("\(label): \(String(format: "%.0f", cpu)) ns/eval CPU, \(String(format: "%.0f", wall)) ns wall (\(itemCount) evaluations, \(trueCount) true, \(errors) errors)")
    print("    \(source)")
}

/// CPU time of this thread in nanoseconds: wall time misleads on a busy machine.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
}

let records = makeRecords()
var procedures = LookupTable()
for i in 0..<50 {
    procedures.insert(key: .string("1.00\(1000 + i)"), record: .map(["processing_days": Value(.int(5 + i % 10))]))
}
let scope = ExpressionScope(variables: ["root", "as_of", "procedure"], calendar: loadCalendar())
let variables: [ExprValue] = [.null, .date(CivilDate(year: 2021, month: 1, day: 1)!), .lookup(procedures)]

measure("where", #"status != "withdrawn" && channel == "online""#, scope: scope, variables: variables, records: records)
measure("deadline", "resolved_at > add_workdays(received_at, processing_days)", scope: scope, variables: variables, records: records)
measure("late days", "workdays_between(add_workdays(received_at, processing_days), resolved_at) > 2", scope: scope, variables: variables, records: records)
measure("lookup", "procedure[procedure_code].processing_days > 8", scope: scope, variables: variables, records: records)
if only == nil || only == "regex" { RegexBenchmark.run(matches: itemCount) }
