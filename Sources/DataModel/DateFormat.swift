/// A date pattern such as `yyyy-MM-dd` or `dd/MM/yyyy`, which reads and writes dates, and
/// reads the same date followed by a time (` HH:mm`, ` HH:mm:ss`, or ISO `THH:mm[:ss]` with an
/// optional zone, which is ignored) as a date-time.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    private enum Token: Hashable, Sendable {
        case year, month, day, literal(UInt8)
    }

    private let tokens: [Token]
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
        self.pattern = pattern
    }

    private init(validPattern: String) { self = DateFormat(validPattern)! }

    public var description: String { pattern }

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
        var i = 0
        var year = 0, month = 0, day = 0
        func digits(_ count: Int) -> Int? {
            guard bytes.count - i >= count else { return nil }
            var n = 0
            for _ in 0..<count {
                let b = bytes[i]
                guard b >= 48, b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
                i += 1
            }
            return n
        }
        for token in tokens {
            switch token {
            case .year: guard let y = digits(4) else { return nil }; year = y
            case .month: guard let m = digits(2) else { return nil }; month = m
            case .day: guard let d = digits(2) else { return nil }; day = d
            case .literal(let b):
                guard i < bytes.count, bytes[i] == b else { return nil }
                i += 1
            }
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        if i == bytes.count { return .date(date) }
        // A time: " HH:mm[:ss]" or "THH:mm[:ss][.fff][Z|±hh:mm]".
        guard bytes[i] == 32 || bytes[i] == 84 || bytes[i] == 116 else { return nil }
        i += 1
        guard let hour = digits(2), i < bytes.count, bytes[i] == 58 else { return nil }
        i += 1
        guard let minute = digits(2) else { return nil }
        var second = 0
        if i < bytes.count, bytes[i] == 58 {
            i += 1
            guard let s = digits(2) else { return nil }
            second = s
            if i < bytes.count, bytes[i] == 46 {
                i += 1
                let start = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
                guard i > start else { return nil }
            }
        }
        if i < bytes.count {
            if bytes[i] == 90 || bytes[i] == 122 {
                i += 1
            } else if bytes[i] == 43 || bytes[i] == 45 {
                i += 1
                guard digits(2) != nil else { return nil }
                if i < bytes.count, bytes[i] == 58 { i += 1 }
                guard digits(2) != nil else { return nil }
            }
        }
        guard i == bytes.count, let dateTime = CivilDateTime(date: date, hour: hour, minute: minute, second: second) else {
            return nil
        }
        return .dateTime(dateTime)
    }

    /// Writes `date` in this format.
    public func format(_ date: CivilDate) -> String {
        var out = ""
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n.magnitude)
            return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
        }
        for token in tokens {
            switch token {
            case .year: out += pad(date.year, 4)
            case .month: out += pad(date.month, 2)
            case .day: out += pad(date.day, 2)
            case .literal(let b): out.unicodeScalars.append(Unicode.Scalar(b))
            }
        }
        return out
    }

    /// Writes `dateTime` in this format followed by ` HH:mm` (and `:ss` when not zero).
    public func format(_ dateTime: CivilDateTime) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let seconds = dateTime.second == 0 ? "" : ":\(two(dateTime.second))"
        return "\(format(dateTime.date)) \(two(dateTime.hour)):\(two(dateTime.minute))\(seconds)"
    }
}
