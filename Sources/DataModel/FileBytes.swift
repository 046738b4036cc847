#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain POSIX calls: one allocation of the file's size, no Foundation.
enum FileBytes {
    /// Calls `body` with the bytes of the file at `path` (a regular file, or a pipe or device read
    /// to its end), which last until `body` returns.
    ///
    /// A large regular file is read into a `LargeBuffer`, whose fresh memory costs a fraction of
    /// the page faults of an array's; anything else is read into an array.
    static func withBytes<Result>(
        _ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws(FileReadError) -> Result {
        let fd = try openFile(path)
        defer { close(fd) }
        let expected = try size(fd, path)
        guard expected >= LargeBuffer<UInt8>.mappedBytes else { return try readAll(fd, path, expected: expected).withUnsafeBufferPointer(body) }
        let buffer = LargeBuffer<UInt8>(capacity: expected)
        defer { buffer.free() }
        var failure: Int32 = 0
        let count = fill(fd, buffer.base, capacity: expected, failure: &failure)
        var next: UInt8 = 0
        if failure == 0, count == expected, fill(fd, &next, capacity: 1, failure: &failure) == 1 {
            // The file grew while read: it continues in an array.
            var bytes = Array(UnsafeBufferPointer(start: buffer.base, count: count)) + [next]
            try appendRest(fd, path, to: &bytes)
            return bytes.withUnsafeBufferPointer(body)
        }
        guard failure == 0 else { throw error(path, failure) }
        return body(UnsafeBufferPointer(start: buffer.base, count: count))
    }

    private static func openFile(_ path: String) throws(FileReadError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path, errno) }
        return fd
    }

    /// The size the open file `fd` reports (0 for pipes and devices); a directory is an error.
    private static func size(_ fd: Int32, _ path: String) throws(FileReadError) -> Int {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw error(path, errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(path: path, reason: DataModelMessages.isDirectory) }
        return Int(status.st_size)
    }

    /// The bytes of `fd`, `expected` of them read at once into an array of that size.
    private static func readAll(_ fd: Int32, _ path: String, expected: Int) throws(FileReadError) -> [UInt8] {
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = fill(fd, buffer.baseAddress, capacity: expected, failure: &failure)
        }
        guard failure == 0 else { throw error(path, failure) }
        try appendRest(fd, path, to: &bytes)
        return bytes
    }

    /// Reads `fd` on to its end: pipes and devices report size 0, and a file may grow while read.
    private static func appendRest(_ fd: Int32, _ path: String, to bytes: inout [UInt8]) throws(FileReadError) {
        var failure: Int32 = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while failure == 0 {
            let got = chunk.withUnsafeMutableBufferPointer { fill(fd, $0.baseAddress, capacity: $0.count, failure: &failure) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
        guard failure == 0 else { throw error(path, failure) }
    }

    /// Reads up to `capacity` bytes into `buffer`, retrying interrupted and short reads; returns
    /// how many were read (fewer only at the end of the file or on an error, left in `failure`).
    private static func fill(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>?, capacity: Int, failure: inout Int32) -> Int {
        guard let buffer else { return 0 }
        var count = 0
        while count < capacity {
            let n = systemRead(fd, buffer + count, capacity - count)
            if n > 0 {
                count += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
        return count
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    private static func error(_ path: String, _ code: Int32) -> FileReadError {
        switch code {
        case ENOENT, ENOTDIR: return FileReadError(path: path, reason: DataModelMessages.noSuchFile)
        case EACCES, EPERM: return FileReadError(path: path, reason: DataModelMessages.permissionDenied)
        case EISDIR: return FileReadError(path: path, reason: DataModelMessages.isDirectory)
        default: return FileReadError(path: path, reason: String(cString: strerror(code)))
        }
    }
}
