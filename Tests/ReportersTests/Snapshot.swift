import Foundation
import Testing
import TestSupport

/// Golden-file comparison against `Tests/ReportersTests/Snapshots/NAME`; with
/// `GOVLINT_RECORD_SNAPSHOTS=1` the file is rewritten from `actual` instead.
enum Snapshot {
    static let folder = PackagePaths.root.appendingPathComponent("Tests/ReportersTests/Snapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["GOVLINT_RECORD_SNAPSHOTS"] == "1" }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing snapshot \(name); run with GOVLINT_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == String(decoding: expected, as: UTF8.self), "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}
