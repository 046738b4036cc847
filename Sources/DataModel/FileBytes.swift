#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain POSIX calls: one allocation of the file's size, no Foundation.
enum FileBytes {
    /// The bytes of the file at `path` (a regular file, or a pipe or device read to its end).
    static func read(_ path: String) throws(FileReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path, errno) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw error(path, errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(path: path, reason: DataModelMessages.isDirectory) }

        var failure: Int32 = 0
        let expected = Int(status.st_size)
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = fill(fd, buffer.baseAddress, capacity: expected, failure: &failure)
        }
        // Pipes and devices report size 0, and a file may grow while read: read on to the end.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while failure == 0 {
            let got = chunk.withUnsafeMutableBufferPointer { fill(fd, $0.baseAddress, capacity: $0.count, failure: &failure) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
        guard failure == 0 else { throw error(path, failure) }
        return bytes
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
