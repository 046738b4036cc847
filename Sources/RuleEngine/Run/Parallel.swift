import Dispatch

/// Runs work over indices on up to `jobs` threads and returns the results in index order, so
/// the outcome never depends on scheduling.
enum Parallel {
    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let workers = min(max(1, jobs), count)
        if workers == 1 {
            for i in 0..<count { results[i] = body(i) }
        } else {
            // Workers take indices from a shared counter, so a slow file does not idle the others.
            let next = Counter()
            withoutActuallyEscaping(body) { body in
                let box = UncheckedBox(body: body, results: results)
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while case let i = next.increment(), i < count { box.results[i] = box.body(i) }
                }
            }
        }
        return results.map { $0! }
    }
}

/// Hands the body and result buffer to worker threads; each index is written by one worker only.
private struct UncheckedBox<T>: @unchecked Sendable {
    let body: (Int) -> T
    let results: UnsafeMutableBufferPointer<T?>
}

import Synchronization

/// A shared index counter.
private final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() -> Int { value.add(1, ordering: .relaxed).oldValue }
}
