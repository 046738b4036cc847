import DataModel
import Expressions
import JSONPath

/// One check kind's behaviour: given the items of a rule (those that passed `where` and
/// `effective`), the violations among them.
///
/// Item checks judge each item alone; collection checks (`unique`, `target`) judge the items
/// together, which is why every check receives the whole collection.
protocol Check: Sendable {
    /// Whether the run must hand the check all items of the run at once rather than one
    /// document's (`scope: run`).
    var runScope: Bool { get }
    /// Whether each item is judged alone, so the items may be judged in parts and the
    /// violations joined; `false` for checks that compare items with each other.
    var judgesItemsAlone: Bool { get }
    /// The message used when the rule has none; a template like any `message`.
    var defaultMessage: String { get }
    /// The default messages by violation variant; the first is `defaultMessage`.
    var defaultMessages: [String] { get }
    /// Judges `items`.
    func evaluate(_ items: [CheckItem], _ context: CheckContext) -> CheckOutcome
}

extension Check {
    var runScope: Bool { false }
    var judgesItemsAlone: Bool { true }

    /// Whether a run judges the items in parts (blocks) and joins the violations: an item check
    /// on one document's items.
    var judgedInParts: Bool { judgesItemsAlone && !runScope }
    var defaultMessages: [String] { [defaultMessage] }
}

/// An item a check examines: the node, where it is, and the activation its expressions run in.
///
/// It refers to its match in the matches the rule's items share instead of holding a copy of
/// the node, path and variables, so making, copying and dropping millions of items costs one
/// reference count each rather than one per field.
struct CheckItem {
    /// What the items of one rule on one document share; not retained, so that making, copying
    /// and dropping the items of every rule counts no reference: whoever makes items keeps their
    /// source alive while they are in use (`LintRun.evaluate`, `ExampleRunner`).
    unowned(unsafe) let source: CheckItemSource
    /// Its match's position in `source.matches`.
    let match: Int
    /// Its position among the collection handed to the check.
    var index: Int

    /// The node `for-each` selected, copied; `withNode` reads it in place.
    var node: Value { source.node(at: match).pointee }
    /// Calls `body` with the node `for-each` selected, where it lies among the source's matches:
    /// copying a node costs more than most checks spend judging it.
    @inline(__always)
    func withNode<Result>(_ body: (UnsafePointer<Value>) throws -> Result) rethrows -> Result {
        try body(source.node(at: match))
    }
    /// Its normalized path in its document.
    var path: NormalizedPath { source.matches.path(at: match) }
    /// The values of the rule's variables for its document (`root`, `doc`, lookups…).
    var variables: [ExprValue] { source.variables }
    /// Which document it belongs to, so the binder knows when the variables change.
    var document: Int { source.document }
    /// Where the collection it belongs to was written (for aggregate findings).
    var collectionLocation: SourceLocation { source.collectionLocation }
}

/// What the items of one rule on one document share: the document's matches, its variables,
/// and where their collection was written.
final class CheckItemSource: Sendable {
    let matches: JSONPathMatches
    let variables: [ExprValue]
    let document: Int
    let collectionLocation: SourceLocation

    /// The first match's node and the distance to the next: `matches` never changes, so its
    /// nodes stay where they are while the source lives, and reading them from any thread is safe.
    nonisolated(unsafe) private let firstNode: UnsafeRawPointer?
    private let nodeStride: Int

    init(matches: JSONPathMatches, variables: [ExprValue], document: Int, collectionLocation: SourceLocation) {
        self.matches = matches
        self.variables = variables
        self.document = document
        self.collectionLocation = collectionLocation
        (firstNode, nodeStride) = self.matches.withNodeLayout { ($0, $1) }
    }

    /// The node of match `index`, in place: valid while the source lives.
    @inline(__always)
    func node(at index: Int) -> UnsafePointer<Value> {
        (firstNode.unsafelyUnwrapped + index * nodeStride).assumingMemoryBound(to: Value.self)
    }
}

/// What a check found: violations, and for targets their measurements.
struct CheckOutcome {
    var violations: [Violation] = []
    var targets: [TargetMeasurement] = []
}

/// One violation: which item it concerns, where it points, and the names it gives the message.
struct Violation {
    /// The index of the item in the collection handed to the check.
    var item: Int
    /// Where the finding points.
    var location: SourceLocation
    /// The check's names for the message (`due`, `missing`, `field`…).
    var provided: ProvidedValues = [:]
    /// When set, the item could not be judged: a `rule-error` with this reason.
    var failure: String?
    /// Which of the check's default messages applies when the rule has no `message`.
    var variant: Int = 0
    /// Whether it concerns the collection (a target) rather than the item.
    var aboutCollection = false

    static func failure(item: Int, at location: SourceLocation, _ reason: String) -> Violation {
        Violation(item: item, location: location, failure: reason)
    }
}

/// One evaluated target, before it joins the scorecard.
struct TargetMeasurement {
    var group: String?
    var location: SourceLocation
    var measure: Scorecard.TargetResult.Measure
    var matched: Double
    var total: Double
    var bound: String
    var passed: Bool
}

/// What a check may consult beyond its items: the run's date, calendar and lookups, and the
/// binder of its activation.
struct CheckContext {
    /// What the rule's every block shares.
    let environment: CheckEnvironment
    /// Binds the rule's one activation to an item.
    let binder: ItemBinder
    /// The binder's activation, held here so that reading it per item counts no reference.
    let activation: Activation

    init(environment: CheckEnvironment, binder: ItemBinder) {
        self.environment = environment
        self.binder = binder
        activation = binder.activation
    }

    var asOf: CivilDate { environment.asOf }
    var lookups: [String: LookupState] { environment.lookups }
    var firstDateFormat: DateFormat { environment.firstDateFormat }

    /// The rule's activation, bound to `item`.
    @inline(__always)
    func bind(_ item: CheckItem) -> Activation {
        binder.select(item)
        return activation
    }
}

/// The run's date, calendar, lookups and first date format for one rule on one document: made
/// once and shared by reference, since a check is handed them for every block of items, and a
/// copy would count a reference to each table they hold.
final class CheckEnvironment: Sendable {
    let asOf: CivilDate
    let calendar: WorkdayCalendar
    let lookups: [String: LookupState]
    let firstDateFormat: DateFormat

    init(asOf: CivilDate, calendar: WorkdayCalendar, lookups: [String: LookupState], firstDateFormat: DateFormat) {
        self.asOf = asOf
        self.calendar = calendar
        self.lookups = lookups
        self.firstDateFormat = firstDateFormat
    }
}

/// Re-binds one activation from item to item, in place, so evaluating a million items neither
/// allocates an environment nor copies an item; not thread-safe, like the activation it holds
/// (one per worker and rule).
final class ItemBinder {
    let activation: Activation
    private var document = -1
    /// The source of the item bound last, kept alive while the activation reads its node in place.
    private var source: CheckItemSource?
    /// The match of the item bound last, so binding it again (for `where`, then the check) is free.
    private var match = -1

    init(scope: ExpressionScope, variables: [ExprValue]) {
        activation = Activation(scope: scope, item: .null, variables: variables)
    }

    @inline(__always)
    func bind(_ item: CheckItem) -> Activation {
        select(item)
        return activation
    }

    /// Binds the activation to `item`, for a caller that holds the activation.
    @inline(__always)
    func select(_ item: CheckItem) {
        if item.match != match || item.source !== source { rebind(item) }
    }

    private func rebind(_ item: CheckItem) {
        if item.document != document {
            for (slot, value) in item.variables.enumerated() { activation.setVariable(slot, value) }
            document = item.document
        }
        if source !== item.source { source = item.source }
        match = item.match
        activation.rebind(itemAt: item.source.node(at: item.match))
    }
}

/// A lookup as the checks see it: its table, and whether any document fed it.
struct LookupState: Sendable {
    var table: LookupTable
    var readAnyDocument: Bool
}
