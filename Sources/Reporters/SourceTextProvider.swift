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
    private let files: [String: SourceLines]

    /// A provider holding the full text of each file, by path.
    public init(_ files: [String: String]) {
        self.files = Dictionary(uniqueKeysWithValues: files.map { path, text in
            (path, SourceLines(Array(text.utf8), breaks: SourceLines.Breaks(path: path)))
        })
    }

    public func line(_ number: Int, of path: String) -> String? { files[path]?.line(number) }
}

/// Reads files from disk on first use and keeps their lines for later frames.
public final class DiskSourceText: SourceTextProvider, @unchecked Sendable {
    // Reporters run one after another on one thread, but the lock keeps the cache safe regardless.
    private let lock = NSLock()
    private var cache: [String: SourceLines?] = [:]

    /// A provider reading files relative to the current folder.
    public init() {}

    public func line(_ number: Int, of path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if cache[path] == nil {
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
            cache[path] = bytes.map { SourceLines($0, breaks: SourceLines.Breaks(path: path)) }
        }
        return (cache[path] ?? nil)?.line(number)
    }
}

/// The lines of a file's text, split where its loader counts a new line, so that a finding's
/// line number quotes the line it means.
struct SourceLines {
    /// The line breaks of a format.
    enum Breaks {
        /// JSON counts only line feeds (a carriage return is white space before one).
        case lineFeed
        /// CSV ends rows at `\n`, `\r\n` or a lone `\r`.
        case lineFeedOrReturn
        /// YAML also breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
        case yaml

        /// The breaks of the file at `path`, by its extension (YAML unless JSON or CSV).
        init(path: String) {
            let lowered = path.lowercased()
            self = lowered.hasSuffix(".json") ? .lineFeed : lowered.hasSuffix(".csv") ? .lineFeedOrReturn : .yaml
        }
    }

    private let bytes: [UInt8]
    /// The byte range of each line, without its break.
    private var ranges: [Range<Int>] = []

    /// The lines of the UTF-8 text `bytes`, a leading byte-order mark dropped.
    init(_ bytes: [UInt8], breaks: Breaks) {
        self.bytes = bytes
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var start = hasBOM ? 3 : 0
        var i = start
        while i < bytes.count {
            let width = Self.breakWidth(in: bytes, at: i, breaks)
            if width == 0 {
                i += 1
                continue
            }
            ranges.append(start..<i)
            i += width
            start = i
        }
        ranges.append(start..<bytes.count)
    }

    /// Line `number` (1-based), with a carriage return before a line feed left out.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= ranges.count else { return nil }
        var range = ranges[number - 1]
        if range.upperBound > range.lowerBound, bytes[range.upperBound - 1] == UInt8(ascii: "\r") { range = range.lowerBound..<(range.upperBound - 1) }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The length of the line break at `i`, or 0 when there is none.
    private static func breakWidth(in bytes: [UInt8], at i: Int, _ breaks: Breaks) -> Int {
        switch bytes[i] {
        case UInt8(ascii: "\n"):
            return 1
        case UInt8(ascii: "\r") where breaks != .lineFeed:
            return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2 where breaks == .yaml:
            return i + 1 < bytes.count && bytes[i + 1] == 0x85 ? 2 : 0
        case 0xE2 where breaks == .yaml:
            return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }
}
