import DataModel

/// A mistake in a calendar file, at the place it was made.
public struct CalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong (`unknown key 'holiday'; did you mean 'holidays'?`).
    public var message: String
    /// Where it is wrong.
    public var location: SourceLocation

    /// An error described by `message` at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `path:line:col: error: message`, or the message alone when the location is unknown.
    public var description: String {
        location.line > 0 ? "\(location): error: \(message)" : "error: \(message)"
    }
}
