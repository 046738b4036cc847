import RuleEngine

/// Shared wording for scorecard values, so every format prints a target the same way.
enum ScorecardFormatting {
    /// The measured value: `35.2% (88/250)` for a share, `12` for a count.
    static func measured(_ target: Scorecard.TargetResult) -> String {
        switch target.measure {
        case .share: "\(number(target.measured))% (\(number(target.matched))/\(number(target.total)))"
        case .count: number(target.measured)
        }
    }

    /// A number without a trailing `.0` when it is whole.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), value.magnitude < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// The group a target measured, or a dash for the whole collection.
    static func group(_ target: Scorecard.TargetResult) -> String { target.group ?? "—" }
}
