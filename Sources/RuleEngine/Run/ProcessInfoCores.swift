import Foundation

/// The machine's active core count, the default number of workers.
enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
