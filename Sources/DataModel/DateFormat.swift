/// A date pattern such as `yyyy-MM-dd` or `dd/MM/yyyy`, which reads and writes dates, and
/// reads the same date followed by a time (` HH:mm`, ` HH:mm:ss`, or ISO `THH:mm[:ss]` with an
/// optional zone, which is ignored) as a date-time.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    private enum Token: Hashable, Sendable {
        case year, month, day, literal(UInt8)
    }

    private let tokens: [Token]
    /// Where each field and separator sits: every token has a fixed width, so a date in this
    /// format is read by position rather than by walking the tokens.
    private let layout: Layout

    private struct Layout: Hashable, Sendable {
        var length = 0
        var yearOffset = 0, monthOffset = 0, dayOffset = 0
        var literalOffsets: [Int] = []
        var literalBytes: [UInt8] = []

        init(_ tokens: [Token]) {
            for token in tokens {
                switch token {
                case .year: yearOffset = length; length += 4
                case .month: monthOffset = length; length += 2
                case .day: dayOffset = length; length += 2
                case .literal(let byte):
                    literalOffsets.append(length)
                    literalBytes.append(byte)
                    length += 1
                }
            }
        }
    }
    /// The pattern as written.
    public let pattern: String

    /// ISO 8601, `yyyy-MM-dd`.
    public static let iso = DateFormat(validPattern: "yyyy-MM-dd")
    /// The day-first form agencies export, `dd/MM/yyyy`.
    public static let dayFirst = DateFormat(validPattern: "dd/MM/yyyy")

    /// The format for `pattern`, made of `yyyy`, `MM`, `dd` and separator characters; `nil`
    /// when the pattern lacks one of the three fields, repeats one, or has another letter.
    public init?(_ pattern: String) {
        var tokens: [Token] = []
        let bytes = Array(pattern.utf8)
        var i = 0
        func take(_ s: String, _ token: Token) -> Bool {
            let p = Array(s.utf8)
            guard bytes.count - i >= p.count, Array(bytes[i..<i + p.count]) == p else { return false }
            tokens.append(token)
            i += p.count
            return true
        }
        while i < bytes.count {
            if take("yyyy", .year) || take("MM", .month) || take("dd", .day) { continue }
            let b = bytes[i]
            let isLetter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            guard !isLetter, b < 0x80 else { return nil }
            tokens.append(.literal(b))
            i += 1
        }
        for field in [Token.year, .month, .day] where tokens.filter({ $0 == field }).count != 1 { return nil }
        self.tokens = tokens
        self.layout = Layout(tokens)
        self.pattern = pattern
    }

    private init(validPattern: String) { self = DateFormat(validPattern)! }

    public var description: String { pattern }

    /// The first separator of the format and where it stands, which most texts that are not
    /// dates in this format fail; `nil` for a format without separators (`yyyyMMdd`).
    var firstSeparator: (offset: Int, byte: UInt8)? {
        layout.literalOffsets.first.map { ($0, layout.literalBytes[0]) }
    }

    /// The bytes a date in this format can start with: a digit, or the separator it opens with.
    var leadingBytes: ClosedRange<UInt8> {
        if case .literal(let byte) = tokens[0] { return byte...byte }
        return UInt8(ascii: "0")...UInt8(ascii: "9")
    }

    /// A date or date-time read from text.
    public enum Parsed: Hashable, Sendable {
        case date(CivilDate)
        case dateTime(CivilDateTime)
    }

    /// Reads `text` as a date in this format, optionally followed by a time; `nil` when it
    /// does not fit exactly or names a day that does not exist.
    public func parse(_ text: some StringProtocol) -> Parsed? {
        var result: Parsed?
        text.utf8.withContiguousStorageIfAvailable { result = parse(bytes: $0) } ?? {
            result = Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
        }()
        return result
    }

    /// Reads a date from UTF-8 bytes; see `parse(_:)`.
    public func parse(bytes: UnsafeBufferPointer<UInt8>) -> Parsed? {
        // Through `self.layout`, not a local copy of it: a copy retains its arrays on every call.
        guard bytes.count >= layout.length, let base = bytes.baseAddress else { return nil }
        // Every offset of the layout lies below its length, which the text reaches.
        for index in layout.literalOffsets.indices where base[layout.literalOffsets[index]] != layout.literalBytes[index] {
            return nil
        }
        guard let year = Self.digits(base + layout.yearOffset, count: 4),
              let month = Self.digits(base + layout.monthOffset, count: 2),
              let day = Self.digits(base + layout.dayOffset, count: 2),
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        if bytes.count == layout.length { return .date(date) }
        return Self.time(bytes, from: layout.length).flatMap { time in
            CivilDateTime(date: date, hour: time.hour, minute: time.minute, second: time.second).map { .dateTime($0) }
        }
    }

    /// The `digits`-digit decimal number at `offset`, if all those bytes are digits.
    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, digits: Int) -> Int? {
        guard bytes.count - offset >= digits, let base = bytes.baseAddress else { return nil }
        return Self.digits(base + offset, count: digits)
    }

    /// The `count`-digit decimal number at `start`, whose bytes the caller knows to be there, if
    /// all of them are digits.
    @inline(__always)
    private static func digits(_ start: UnsafePointer<UInt8>, count: Int) -> Int? {
        var n = 0
        for i in 0..<count {
            let digit = start[i] &- 0x30
            guard digit <= 9 else { return nil }
            n = n &* 10 &+ Int(digit)
        }
        return n
    }

    /// Reads the rest of the text from `start` as a time: ` HH:mm[:ss]` or
    /// `THH:mm[:ss][.fff][Z|±hh:mm]` (the zone is checked and ignored); `nil` unless it fits exactly.
    private static func time(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (hour: Int, minute: Int, second: Int)? {
        let count = bytes.count
        guard count - start >= 6 else { return nil }
        let separator = bytes[start]
        guard separator == UInt8(ascii: " ") || separator | 0x20 == UInt8(ascii: "t"),
              let hour = number(bytes, at: start + 1, digits: 2), bytes[start + 3] == UInt8(ascii: ":"),
              let minute = number(bytes, at: start + 4, digits: 2) else { return nil }
        var i = start + 6
        var second = 0
        if i < count, bytes[i] == UInt8(ascii: ":") {
            guard let s = number(bytes, at: i + 1, digits: 2) else { return nil }
            second = s
            i += 3
            if i < count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                let fractionStart = i
                while i < count, bytes[i] &- 0x30 <= 9 { i += 1 }
                guard i > fractionStart else { return nil }
            }
        }
        if i < count, bytes[i] == UInt8(ascii: "Z") || bytes[i] == UInt8(ascii: "z") {
            i += 1
        } else if i < count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            guard number(bytes, at: i + 1, digits: 2) != nil else { return nil }
            i += 3
            if i < count, bytes[i] == UInt8(ascii: ":") { i += 1 }
            guard number(bytes, at: i, digits: 2) != nil else { return nil }
            i += 2
        }
        guard i == count else { return nil }
        return (hour, minute, second)
    }

    /// Whether `text`, which this format read as `dateTime`, is exactly what
    /// `format(dateTime)` prints: the date (its fields have fixed widths, so a date read is
    /// printed back as written), a space and `HH:mm`, and `:ss` only when the seconds are not zero.
    func printsExactly(_ text: UnsafeBufferPointer<UInt8>, as dateTime: CivilDateTime) -> Bool {
        let length = layout.length
        guard text.count > length, text[length] == UInt8(ascii: " ") else { return false }
        switch text.count - length {
        case 6: return dateTime.second == 0
        case 9: return dateTime.second != 0 && text[length + 6] == UInt8(ascii: ":")
        default: return false
        }
    }

    /// Writes `date` in this format.
    public func format(_ date: CivilDate) -> String {
        // Written as bytes into the string's own storage: findings print a date or two each.
        // A year takes at most six bytes (a sign and five digits), a month or a day two.
        String(unsafeUninitializedCapacity: tokens.count * 6) { buffer in
            var end = 0
            /// Writes `n` in decimal, zero-padded to `width` digits.
            func put(_ n: Int, width: Int) {
                if n < 0 {
                    buffer[end] = UInt8(ascii: "-")
                    end += 1
                }
                var digits = 1
                var rest = n.magnitude
                while rest >= 10 { rest /= 10; digits += 1 }
                let count = max(digits, width)
                rest = n.magnitude
                for i in stride(from: end + count - 1, through: end, by: -1) {
                    buffer[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                end += count
            }
            let (year, month, day) = date.yearMonthDay
            for token in tokens {
                switch token {
                case .year: put(year, width: 4)
                case .month: put(month, width: 2)
                case .day: put(day, width: 2)
                case .literal(let b):
                    buffer[end] = b
                    end += 1
                }
            }
            return end
        }
    }

    /// Writes `dateTime` in this format followed by ` HH:mm` (and `:ss` when not zero).
    public func format(_ dateTime: CivilDateTime) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let seconds = dateTime.second == 0 ? "" : ":\(two(dateTime.second))"
        return "\(format(dateTime.date)) \(two(dateTime.hour)):\(two(dateTime.minute))\(seconds)"
    }
}
