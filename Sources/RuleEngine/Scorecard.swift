import DataModel

/// The compliance scorecard of a run: every evaluated target, passing or not, and how many
/// items each rule checked.
public struct Scorecard: Sendable, Equatable {
    /// One evaluated `target` for one group (or the whole collection).
    public struct TargetResult: Sendable, Equatable {
        /// The full id of the target rule.
        public var ruleID: String
        /// The group's value for `group-by` targets; `nil` for the whole collection.
        public var group: String?
        /// The collection measured (its location points at the collection).
        public var location: SourceLocation
        /// Whether the target measures a share (ratio) or a count.
        public var measure: Measure
        /// Items (or the numerator) for which the condition held.
        public var matched: Double
        /// All items counted (or the denominator).
        public var total: Double
        /// The bound as written: `at-least 20%`.
        public var bound: String
        /// Whether the measured value meets the bound (always, for a pure measurement).
        public var passed: Bool

        /// The bound of a target written without one: a pure measurement.
        public static let noBound = "—"

        /// Whether the target only measures (it has no bound, so it can neither pass nor fail).
        public var isMeasurement: Bool { bound == Self.noBound }

        /// What a target measures.
        public enum Measure: String, Sendable, Equatable {
            case share, count
        }

        /// A target result.
        public init(
            ruleID: String, group: String?, location: SourceLocation, measure: Measure,
            matched: Double, total: Double, bound: String, passed: Bool
        ) {
            self.ruleID = ruleID
            self.group = group
            self.location = location
            self.measure = measure
            self.matched = matched
            self.total = total
            self.bound = bound
            self.passed = passed
        }

        /// The measured value: a share in percent (one decimal), or the count.
        public var measured: Double {
            switch measure {
            case .share: total == 0 ? 0 : (matched / total * 1000).rounded() / 10
            case .count: matched
            }
        }
    }

    /// Every evaluated target, in report order.
    public var targets: [TargetResult]
    /// How many items each rule checked (after `where` and `effective`), by full rule id.
    public var itemsChecked: [String: Int]

    /// A scorecard of `targets` and item counts.
    public init(targets: [TargetResult] = [], itemsChecked: [String: Int] = [:]) {
        self.targets = targets
        self.itemsChecked = itemsChecked
    }
}
