import DataModel
import Foundation

/// A file written through an in-memory buffer flushed in large blocks, with the few
/// formatting helpers the generated data needs (dates and times without `String` round trips).
struct OutputBuffer: ~Copyable {
    private let handle: FileHandle
    private var bytes: [UInt8] = []
    private static let flushSize = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw DatagenError.cannotWrite(url.path)
        }
        handle = try FileHandle(forWritingTo: url)
        bytes.reserveCapacity(Self.flushSize + 4096)
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= Self.flushSize { flush() }
    }

    mutating func write(_ number: Int) { write(String(number)) }

    /// `dd/MM/yyyy`.
    mutating func writeDayFirst(_ date: CivilDate) {
        twoDigits(date.day, then: "/")
        twoDigits(date.month, then: "/")
        fourDigits(date.year)
    }

    /// `yyyy-MM-dd`.
    mutating func writeISO(_ date: CivilDate) {
        fourDigits(date.year, then: "-")
        twoDigits(date.month, then: "-")
        twoDigits(date.day)
    }

    /// `dd/MM/yyyy HH:mm`.
    mutating func writeDayFirst(_ moment: CivilDateTime) {
        writeDayFirst(moment.date)
        bytes.append(UInt8(ascii: " "))
        twoDigits(moment.hour, then: ":")
        twoDigits(moment.minute)
    }

    private mutating func twoDigits(_ n: Int, then separator: Unicode.Scalar? = nil) {
        bytes.append(UInt8(48 + n / 10))
        bytes.append(UInt8(48 + n % 10))
        if let separator { bytes.append(UInt8(ascii: separator)) }
    }

    private mutating func fourDigits(_ n: Int, then separator: Unicode.Scalar? = nil) {
        twoDigits(n / 100)
        twoDigits(n % 100, then: separator)
    }

    private mutating func flush() {
        handle.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes the file.
    consuming func close() throws {
        flush()
        try handle.close()
    }
}

/// Why a data set could not be written.
enum DatagenError: Error, CustomStringConvertible {
    case cannotWrite(String)

    var description: String {
        switch self {
        case .cannotWrite(let path): return "cannot write \(path)"
        }
    }
}
