import Foundation
import Testing
import TestSupport

/// `govlint rules check Rules/` — the shipped catalogue and its calendar — passes, as CI requires.
@Suite("govlint rules check Rules/")
struct RulesCatalogueCheckTests {
    @Test func theCatalogueFolderPasses() throws {
        let run = try CommandRunner.run("govlint", ["rules", "check", "Rules/"], in: PackagePaths.root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("ok: 4 rule set(s), "))
    }
}
