import Foundation
import TestSupport

/// A throwaway project folder for end-to-end runs of the built `govlint`: a small rule set with
/// an error, a warning and an info rule, and data that breaks each once.
struct Project {
    let root: URL

    static let rules = """
        ruleset: t
        version: 1
        defaults:
          for-each: ["$.dossiers[*]"]
          key: id
        rules:
          - id: quick
            severity: error
            summary: Dossiers take at most 10 days.
            basis: Test basis, Art. 1
            assert: days <= 10
            message: "dossier {id} took {days} days"
          - id: owner
            severity: warning
            summary: Dossiers name an owner.
            require: [owner]
            message: "dossier {id} has no {field}"
          - id: note
            severity: info
            summary: Dossiers carry no note.
            assert: '!has(item.note)'
            message: "dossier {id} has a note"

        """

    static let dossiers = """
        dossiers:
          - id: A1
            days: 12
            owner: x
          - id: A2
            days: 3
          - id: A3
            days: 4
            owner: y
            note: hi

        """

    /// A new project with `rules.yml` and `data/d.yml` (and any `files` by relative path).
    init(files: [String: String] = [:]) throws {
        root = try PackagePaths.temporaryDirectory()
        try write("rules.yml", Self.rules)
        try write("data/d.yml", Self.dossiers)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Runs `govlint` with `arguments` in the project folder (or `subfolder` of it).
    func run(_ arguments: [String], in subfolder: String? = nil) throws -> CommandOutput {
        try CommandRunner.run("govlint", arguments, in: subfolder.map { root.appendingPathComponent($0) } ?? root)
    }
}
