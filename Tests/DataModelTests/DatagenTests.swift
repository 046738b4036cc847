import Foundation
import Testing
import TestSupport
@testable import DataModel

/// End-to-end tests of the built `govlint-datagen`.
@Suite struct DatagenTests {
    private static let files = ["dossiers.csv", "dossiers.yml", "procedures.json", "procedures.yml", "report.yml"]

    private func generate(_ arguments: [String]) throws -> URL {
        let folder = try PackagePaths.temporaryDirectory().appendingPathComponent("data")
        let result = try CommandRunner.run("govlint-datagen", ["--out", folder.path] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            contents[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return contents
    }

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let arguments = ["--procedures", "40", "--dossiers", "500", "--seed", "11", "--violations", "0.2"]
        let first = try contents(generate(arguments))
        let second = try contents(generate(arguments))
        #expect(first.keys.sorted() == Self.files)
        #expect(first == second)
        let other = try contents(generate(["--procedures", "40", "--dossiers", "500", "--seed", "12", "--violations", "0.2"]))
        #expect(other["dossiers.csv"] != first["dossiers.csv"])
    }

    @Test func validRegisterLoadsAndRefersToTheCatalogue() throws {
        let folder = try generate(["--procedures", "30", "--dossiers", "400", "--seed", "3", "--year", "2019"])
        let catalogue = try String(contentsOf: folder.appendingPathComponent("procedures.yml"), encoding: .utf8)
        let codes = Set(catalogue.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  - code: \"") else { return nil }
            return String(line.dropFirst(11).dropLast())
        })
        #expect(codes.count == 30)
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("dossiers.csv")))
        let loaded = CSVLoader.load(
            bytes, file: FileID(folder.appendingPathComponent("dossiers.csv").path),
            options: LoadOptions(dateFormats: [.iso, .dayFirst], columnTypes: ["procedure_code": .string]))
        #expect(loaded.problems.isEmpty)
        #expect(loaded.documents.first?.columns == [
            "dossier_id", "procedure_code", "channel", "received_at", "due_at", "resolved_at", "status",
            "apology_issued_at", "new_due_at",
        ])
        #expect(loaded.rows.count == 400)
        var ids: Set<String> = []
        for row in loaded.rows {
            let id = try #require(row["dossier_id"]?.string)
            #expect(ids.insert(id).inserted)
            #expect(id.hasPrefix("HS-2019-"))
            #expect(codes.contains(row["procedure_code"]?.string ?? ""))
            guard case .dateTime(let received)? = row["received_at"]?.kind, case .date(let due)? = row["due_at"]?.kind else {
                Issue.record("row \(row.location.line) lacks dates")
                continue
            }
            #expect(received.date.year == 2019 && received.date.weekday <= 5)
            #expect(due > received.date)
            let status = try #require(row["status"]?.string)
            switch row["resolved_at"]?.kind {
            case .date(let resolved)?:
                #expect(resolved >= received.date)
                let expected = resolved < due ? "early" : resolved == due ? "on_time" : "late"
                #expect(status == expected, "row \(row.location.line)")
                if status == "late" { #expect(row["apology_issued_at"]?.typeName == "date") }
            default:
                #expect(["in_progress", "refused", "withdrawn"].contains(status))
            }
        }
    }

    @Test func everyFileLoadsWithoutProblemsAndTheFormatsAgree() throws {
        let folder = try generate(["--procedures", "25", "--dossiers", "300", "--seed", "9"])
        var roots: [String: Value] = [:]
        for name in Self.files {
            let loaded = try DataLoader.load(
                path: folder.appendingPathComponent(name).path, options: LoadOptions(dateFormats: [.iso, .dayFirst]))
            #expect(loaded.problems.isEmpty, "\(name): \(loaded.problems.map(\.message))")
            #expect(loaded.documents.count == 1)
            roots[name] = loaded.documents.first?.root
        }
        #expect(roots["procedures.yml"] == roots["procedures.json"])
        #expect(roots["procedures.yml"]?["procedures"]?.list?.count == 25)
        let csvRows = try #require(roots["dossiers.csv"]?.list)
        let yamlRows = try #require(roots["dossiers.yml"]?["dossiers"]?.list)
        #expect(yamlRows.count == csvRows.count)
        // Both registers hold the same rows; the YAML one leaves empty fields out.
        for (yamlRow, csvRow) in zip(yamlRows, csvRows) {
            let filled = csvRow.map?.entries.filter { !$0.value.isNull }.map(\.key)
            #expect(yamlRow.map?.keys.sorted() == filled?.sorted())
            #expect(yamlRow["received_at"] == csvRow["received_at"])
            #expect(yamlRow["status"] == csvRow["status"])
        }
        let report = try #require(roots["report.yml"]?["report"])
        #expect(report["procedures"]?["total"] == 25)
        #expect(report["dossiers"]?["received"] == 300)
        let online = csvRows.filter { $0["channel"] == "online" }.count
        #expect(report["dossiers"]?["online"] == Value(.int(online)))
        let level4 = roots["procedures.yml"]?["procedures"]?.list?.filter { $0["online_level"] == 4 }.count ?? -1
        #expect(report["procedures"]?["online_level4"] == Value(.int(level4)))
    }

    @Test func plantedViolationsKeepTheFilesWellFormed() throws {
        let folder = try generate(["--procedures", "50", "--dossiers", "2000", "--seed", "5", "--violations", "0.3"])
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("dossiers.csv")))
        let loaded = CSVLoader.load(bytes, file: FileID("dossiers.csv"), options: LoadOptions(dateFormats: [.dayFirst]))
        #expect(loaded.problems.isEmpty)
        #expect(loaded.rows.count == 2000)
        let ids = loaded.rows.compactMap { $0["dossier_id"]?.string }
        #expect(Set(ids).count < ids.count, "duplicate ids are planted")
        #expect(loaded.rows.contains { $0["channel"]?.isNull == true }, "missing channels are planted")
        #expect(loaded.rows.contains { ($0["procedure_code"]?.text ?? "").hasPrefix("9.") }, "unknown codes are planted")
    }

    @Test(arguments: [
        (["--violations", "1.5"], "--violations must be between 0 and 1"),
        (["--procedures", "0"], "--procedures must be between 1 and 1000000"),
        (["--year", "1999"], "--year must be between 2000 and 2099"),
    ])
    func invalidArgumentsAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner.run("govlint-datagen", ["--out", NSTemporaryDirectory()] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }
}
