/// A set of scalars a class stands for: `[a-z\d_]`, `[^-/]`, `\w`, with ICU's meaning.
struct ScalarSet: Sendable {
    /// The explicit scalars and ranges.
    private(set) var ranges: [ClosedRange<UInt32>] = []
    /// The Unicode classes inside, each possibly negated (`\D` within a class).
    private(set) var classes: [(UnicodeClass, negated: Bool)] = []
    /// `[^...]`.
    var isNegated = false
    // Membership of the 128 ASCII scalars, fixed once the set is built: most text is ASCII.
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    /// The set of one Unicode class, such as `\d` or (negated) `\D`.
    init(_ unicodeClass: UnicodeClass, negated: Bool) {
        classes = [(unicodeClass, negated)]
        updateASCII()
    }

    /// An empty set to add members to.
    init() {}

    mutating func add(_ range: ClosedRange<UInt32>) {
        ranges.append(range)
        updateASCII()
    }

    mutating func add(_ unicodeClass: UnicodeClass, negated: Bool) {
        classes.append((unicodeClass, negated))
        updateASCII()
    }

    mutating func negate() {
        isNegated.toggle()
        updateASCII()
    }

    /// Membership of the ASCII scalars as two bit masks (scalars 0–63 and 64–127).
    var asciiMembers: (low: UInt64, high: UInt64) { (asciiLow, asciiHigh) }

    /// Whether `scalar` is a member, or nil when ICU may know the scalar's properties better
    /// than this runtime does (a scalar newer than the Unicode version both agree on).
    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool? {
        if scalar < 64 { return asciiLow & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return asciiHigh & (1 << UInt64(scalar - 64)) != 0 }
        return containsSlowly(scalar)
    }

    private func containsSlowly(_ scalar: UInt32) -> Bool? {
        var undecided = false
        var member = ranges.contains { $0.contains(scalar) }
        if !member {
            for (unicodeClass, negated) in classes {
                guard let inClass = unicodeClass.contains(scalar) else { undecided = true; continue }
                if inClass != negated { member = true; break }
            }
        }
        if !member && undecided { return nil }
        return member != isNegated
    }

    private mutating func updateASCII() {
        asciiLow = 0
        asciiHigh = 0
        for scalar in UInt32(0)..<128 where containsSlowly(scalar) == true {
            if scalar < 64 { asciiLow |= 1 << UInt64(scalar) } else { asciiHigh |= 1 << UInt64(scalar - 64) }
        }
    }
}
