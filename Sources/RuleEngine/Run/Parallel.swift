import Dispatch

/// Runs work over indices on up to `jobs` threads and returns the results in index order, so
/// the outcome never depends on scheduling.
enum Parallel {
    static func map<T>(_ count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
        map(count, jobs: jobs) { index, _ in body(index) }
    }

    /// `map`, telling `body` which of the `min(jobs, count)` workers runs it (from 0), so that
    /// each worker may keep state of its own across indices.
    static func map<T>(_ count: Int, jobs: Int, _ body: (_ index: Int, _ worker: Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let workers = workerCount(count, jobs: jobs)
        if workers == 1 {
            for i in 0..<count { results[i] = body(i, 0) }
        } else {
            // Workers take indices from a shared counter, so a slow file does not idle the others.
            let next = Counter()
            withoutActuallyEscaping(body) { body in
                let box = UncheckedBox(body: body, results: results)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    while case let i = next.increment(), i < count { box.results[i] = box.body(i, worker) }
                }
            }
        }
        return results.map { $0! }
    }

    /// How many workers `map` runs for `count` indices.
    static func workerCount(_ count: Int, jobs: Int) -> Int { min(max(1, jobs), count) }
}

/// Hands the body and result buffer to worker threads; each index is written by one worker only.
private struct UncheckedBox<T>: @unchecked Sendable {
    let body: (Int, Int) -> T
    let results: UnsafeMutableBufferPointer<T?>
}

import Synchronization

/// A shared index counter.
private final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() -> Int { value.add(1, ordering: .relaxed).oldValue }
}
