import Foundation
import Synchronization

/// `checking files 120/2,000` on standard error while a long run loads files; shown only on a
/// terminal, only after the first second, redrawn at most ten times a second, erased at the end.
final class ProgressDisplay: Sendable {
    private struct State {
        var lastDraw: Date?
        var drawn = false
    }

    private let start = Date()
    private let state = Mutex(State())

    /// Whether progress should be shown at all: stderr is a terminal and `--quiet` is off.
    static func isWanted(quiet: Bool) -> Bool { !quiet && Terminal.stderrIsTerminal }

    /// Records that `done` of `total` files are loaded, redrawing when due.
    func update(done: Int, total: Int) {
        let now = Date()
        guard now.timeIntervalSince(start) >= 1 else { return }
        state.withLock { state in
            if let last = state.lastDraw, now.timeIntervalSince(last) < 0.1, done < total { return }
            state.lastDraw = now
            state.drawn = true
            FileHandle.standardError.write(Data("\r\u{1B}[Kchecking files \(done)/\(total)".utf8))
        }
    }

    /// Erases the progress line, if one was drawn.
    func finish() {
        state.withLock { state in
            if state.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.drawn = false
        }
    }
}
