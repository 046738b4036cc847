import Synchronization

/// An interned file path; `SourceLocation` stores this small id instead of the path itself.
public struct FileID: Hashable, Sendable, Comparable {
    /// The index of the path in the process-wide file table.
    public let rawValue: UInt32

    /// The id for `path`, registering it the first time it is seen.
    public init(_ path: String) {
        rawValue = FileTable.shared.intern(path)
    }

    /// The id that stands for "no file" (values built in code, examples, expressions). Computed,
    /// and inlined where it is read: checks compare locations with it for every item, and a
    /// stored constant would be read through its accessor each time.
    @inlinable public static var none: FileID { FileID(rawValue: 0) }

    @usableFromInline init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The path this id stands for; empty for `FileID.none`.
    public var path: String { FileTable.shared.path(rawValue) }

    public static func < (lhs: FileID, rhs: FileID) -> Bool { lhs.path < rhs.path }
}

/// The process-wide, append-only table behind `FileID`.
final class FileTable: Sendable {
    static let shared = FileTable()

    private struct State {
        var paths: [String] = [""]
        var ids: [String: UInt32] = ["": 0]
    }

    private let state = Mutex(State())

    func intern(_ path: String) -> UInt32 {
        state.withLock { state in
            if let id = state.ids[path] { return id }
            let id = UInt32(state.paths.count)
            state.paths.append(path)
            state.ids[path] = id
            return id
        }
    }

    func path(_ id: UInt32) -> String {
        state.withLock { $0.paths[Int(id)] }
    }
}

/// Where a value was written: file, 1-based line and column of its first character, and of its end.
///
/// The end is exclusive: the line and column just past the value's last character.
public struct SourceLocation: Hashable, Sendable {
    /// The file the value was read from.
    public var file: FileID
    /// 1-based line of the first character.
    public var line: Int32
    /// 1-based column (in Unicode scalars) of the first character.
    public var column: Int32
    /// 1-based line just past the value.
    public var endLine: Int32
    /// 1-based column just past the value.
    public var endColumn: Int32

    /// A location spanning from `line:column` to `endLine:endColumn` in `file`.
    public init(file: FileID, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.file = file
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.endLine = Int32(clamping: endLine ?? line)
        self.endColumn = Int32(clamping: endColumn ?? column)
    }

    /// The location used for values that come from no file.
    public static let unknown = SourceLocation(file: .none, line: 0, column: 0)

    /// The path of the file, for messages.
    public var path: String { file.path }
}

extension SourceLocation: Comparable {
    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `path:line:col`, the form editors and CI problem matchers parse.
    public var description: String { "\(path):\(line):\(column)" }
}
