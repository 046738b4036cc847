import Foundation

/// Supplies the lines of checked files so reports can quote them.
public protocol SourceTextProvider: Sendable {
    /// Line `number` (1-based) of the file at `path`, without its line break; `nil` when unknown.
    func line(_ number: Int, of path: String) -> String?
}

/// A provider that knows no source text (code frames are left out).
public struct NoSourceText: SourceTextProvider {
    /// A provider with no text.
    public init() {}

    public func line(_ number: Int, of path: String) -> String? { nil }
}

/// Source text held in memory, by path (for tests and for text already read).
public struct InMemorySourceText: SourceTextProvider {
    private let lines: [String: [Substring]]

    /// A provider holding the full text of each file, by path.
    public init(_ files: [String: String]) {
        lines = files.mapValues { SourceLines.split($0) }
    }

    public func line(_ number: Int, of path: String) -> String? {
        guard let fileLines = lines[path], number >= 1, number <= fileLines.count else { return nil }
        return String(fileLines[number - 1])
    }
}

/// Reads files from disk on first use and keeps their lines for later frames.
public final class DiskSourceText: SourceTextProvider, @unchecked Sendable {
    // Reporters run one after another on one thread, but the lock keeps the cache safe regardless.
    private let lock = NSLock()
    private var cache: [String: [Substring]?] = [:]

    /// A provider reading files relative to the current folder.
    public init() {}

    public func line(_ number: Int, of path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if cache[path] == nil {
            let data = FileManager.default.contents(atPath: path)
            cache[path] = data.flatMap { String(data: $0, encoding: .utf8) }.map(SourceLines.split)
        }
        guard let fileLines = cache[path] ?? nil, number >= 1, number <= fileLines.count else { return nil }
        return String(fileLines[number - 1])
    }
}

/// Splitting text into lines the way locations count them.
enum SourceLines {
    /// The lines of `text`, split at LF, CRLF or CR, with a leading byte-order mark dropped.
    static func split(_ text: String) -> [Substring] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // Swift treats "\r\n" as one Character, so splitting on newlines handles all three forms.
        return body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}
