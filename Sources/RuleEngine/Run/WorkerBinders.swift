/// One `ItemBinder` per rule work and worker, made on first use and kept for the run, so that
/// what an activation remembers (the memos of expressions that read one field) lasts from block
/// to block instead of starting afresh every few hundred items.
///
/// Each worker reads and writes its own slots only, which is what makes sharing it safe.
final class WorkerBinders: @unchecked Sendable {
    private let works: Int
    private let slots: UnsafeMutableBufferPointer<ItemBinder?>

    /// Room for `workers` workers and `works` rule works.
    init(workers: Int, works: Int) {
        self.works = works
        slots = .allocate(capacity: max(1, workers * works))
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// The binder of `work` on `worker`, made by `make` the first time.
    func binder(worker: Int, work: Int, make: () -> ItemBinder) -> ItemBinder {
        let slot = worker * works + work
        if let binder = slots[slot] { return binder }
        let binder = make()
        slots[slot] = binder
        return binder
    }
}
