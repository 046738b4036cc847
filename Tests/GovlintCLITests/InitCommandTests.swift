import Foundation
import Testing
import TestSupport

@Suite("govlint init")
struct InitCommandTests {
    @Test("writes a commented starter .govlint.yml, then refuses to overwrite it with exit 2")
    func writesOnce() throws {
        let folder = try PackagePaths.temporaryDirectory()
        let first = try CommandRunner.run("govlint", ["init"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "wrote .govlint.yml; edit it, then run: govlint check\n")
        let written = try String(contentsOf: folder.appendingPathComponent(".govlint.yml"), encoding: .utf8)
        #expect(written.hasPrefix("# govlint configuration."))
        #expect(written.contains("\nfail-on: error\n"))

        let second = try CommandRunner.run("govlint", ["init"], in: folder)
        #expect(second.status == 2)
        #expect(second.stderr == "error: '.govlint.yml' already exists; govlint init does not overwrite it\n")
        #expect(try String(contentsOf: folder.appendingPathComponent(".govlint.yml"), encoding: .utf8) == written)
    }

    @Test("an unknown flag is a usage error with exit 2")
    func badFlag() throws {
        let run = try CommandRunner.run("govlint", ["init", "--frobnicate"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: Unknown option '--frobnicate'"))
    }
}
