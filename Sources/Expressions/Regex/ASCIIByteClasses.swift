/// The bytes of ASCII grouped by how a program's consuming instructions treat them: two bytes in
/// one class are taken by exactly the same instructions, so a `RegexDFA` needs one column per
/// class rather than one per byte. Every byte outside ASCII is in one more class of its own.
struct ASCIIByteClasses {
    /// The class of each of the 256 bytes.
    let classOf: [UInt8]
    /// One byte of each ASCII class, in class order.
    let representatives: [UInt8]

    /// The classes for the consuming instructions of `code`, found by splitting the one class
    /// of all ASCII by each distinct set of bytes an instruction takes.
    init(_ code: [RegexInstruction]) {
        var classes = [ASCIIMask.all]
        var seen: [ASCIIMask] = []
        for instruction in code where instruction.isConsuming {
            let taken = instruction.asciiMask
            guard !seen.contains(taken) else { continue }
            seen.append(taken)
            classes = classes.flatMap { members in
                [members.intersection(taken), members.subtracting(taken)].filter { !$0.isEmpty }
            }
        }
        var classOf = [UInt8](repeating: UInt8(classes.count), count: 256)
        for (index, members) in classes.enumerated() {
            for byte in UInt8(0)..<128 where members.contains(byte) { classOf[Int(byte)] = UInt8(index) }
        }
        self.classOf = classOf
        representatives = classes.map(\.first)
    }
}

/// A set of ASCII bytes as two bit masks (0–63 and 64–127).
struct ASCIIMask: Equatable {
    var low: UInt64
    var high: UInt64

    static let all = ASCIIMask(low: ~0, high: ~0)

    var isEmpty: Bool { low == 0 && high == 0 }

    /// The smallest member of a set that is not empty.
    var first: UInt8 { UInt8(low != 0 ? low.trailingZeroBitCount : 64 + high.trailingZeroBitCount) }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : high & (1 << UInt64(byte - 64)) != 0
    }

    func intersection(_ other: ASCIIMask) -> ASCIIMask { ASCIIMask(low: low & other.low, high: high & other.high) }

    func subtracting(_ other: ASCIIMask) -> ASCIIMask { ASCIIMask(low: low & ~other.low, high: high & ~other.high) }
}

extension RegexInstruction {
    /// Whether the instruction consumes a scalar of the text.
    var isConsuming: Bool {
        switch self {
        case .scalar, .set, .any: true
        case .split, .jump, .save, .assert, .match: false
        }
    }

    /// The ASCII scalars the instruction consumes.
    var asciiMask: ASCIIMask {
        switch self {
        case .scalar(let scalar) where scalar < 64: ASCIIMask(low: 1 << UInt64(scalar), high: 0)
        case .scalar(let scalar) where scalar < 128: ASCIIMask(low: 0, high: 1 << UInt64(scalar - 64))
        case .set(let low, let high, _): ASCIIMask(low: low, high: high)
        // All but the line terminators LF, VT, FF, CR.
        case .any: ASCIIMask(low: ASCIIMask.all.low & ~(0xF << 0x0A), high: ASCIIMask.all.high)
        case .scalar, .split, .jump, .save, .assert, .match: ASCIIMask(low: 0, high: 0)
        }
    }

    /// Whether the instruction consumes the ASCII scalar `byte`.
    func takes(_ byte: UInt8) -> Bool { asciiMask.contains(byte) }
}
