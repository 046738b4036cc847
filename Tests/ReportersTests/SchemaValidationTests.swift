import Foundation
import Reporters
import Testing
import TestSupport

@Suite("Reports validate against their official schemas")
struct SchemaValidationTests {
    static let sarifSchema = PackagePaths.external("sarif-schema-2.1.0.json")
    static let junitSchema = PackagePaths.external("JUnit.xsd")

    @Test(
        "SARIF output validates against the SARIF 2.1.0 schema (python3 jsonschema, Draft 4)",
        .enabled(if: sarifSchema != nil, "\(PackagePaths.sharedTestDataMissing)"),
        .enabled(if: ExternalValidator.hasJSONSchema, "skipped: python3 with the jsonschema package is not installed (.ci/run installs it)")
    )
    func sarif() throws {
        let sarif = SARIFReporter().render(SampleResult.result, context: SampleResult.context())
        let document = try ExternalValidator.temporaryFile(sarif, name: "report.sarif")
        let script = try ExternalValidator.temporaryFile(ExternalValidator.jsonSchemaScript, name: "validate.py")
        let run = try ExternalValidator.run(ExternalValidator.find("python3")!, [script, Self.sarifSchema!.path, document])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test(
        "SARIF validation catches a broken document, so the check above can fail",
        .enabled(if: sarifSchema != nil, "\(PackagePaths.sharedTestDataMissing)"),
        .enabled(if: ExternalValidator.hasJSONSchema, "skipped: python3 with the jsonschema package is not installed (.ci/run installs it)")
    )
    func sarifNegative() throws {
        let broken = #"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": [{"level": "fatal", "message": {"text": "x"}}]}]}"#
        let document = try ExternalValidator.temporaryFile(broken, name: "broken.sarif")
        let script = try ExternalValidator.temporaryFile(ExternalValidator.jsonSchemaScript, name: "validate.py")
        let run = try ExternalValidator.run(ExternalValidator.find("python3")!, [script, Self.sarifSchema!.path, document])
        #expect(run.status == 1)
        #expect(run.output.contains("'name' is a required property"))
        #expect(run.output.contains("'fatal' is not one of"))
    }

    @Test(
        "JUnit output validates against the Ant JUnit XSD (xmllint)",
        .enabled(if: junitSchema != nil, "\(PackagePaths.sharedTestDataMissing)"),
        .enabled(if: ExternalValidator.hasXmllint, "skipped: xmllint (libxml2-utils) is not installed (.ci/run installs it)"),
        arguments: [false, true]
    )
    func junit(empty: Bool) throws {
        var result = SampleResult.result
        if empty { result.findings = [] }
        let xml = JUnitReporter().render(result, context: SampleResult.context())
        let document = try ExternalValidator.temporaryFile(xml, name: "junit.xml")
        let run = try ExternalValidator.run(ExternalValidator.find("xmllint")!, ["--noout", "--schema", Self.junitSchema!.path, document])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("validates"))
    }

    @Test(
        "JUnit validation catches a missing required element, so the check above can fail",
        .enabled(if: junitSchema != nil, "\(PackagePaths.sharedTestDataMissing)"),
        .enabled(if: ExternalValidator.hasXmllint, "skipped: xmllint (libxml2-utils) is not installed (.ci/run installs it)")
    )
    func junitNegative() throws {
        let xml = JUnitReporter().render(SampleResult.result, context: SampleResult.context())
            .replacingOccurrences(of: "  <system-err></system-err>\n", with: "")
        let document = try ExternalValidator.temporaryFile(xml, name: "junit.xml")
        let run = try ExternalValidator.run(ExternalValidator.find("xmllint")!, ["--noout", "--schema", Self.junitSchema!.path, document])
        #expect(run.status != 0)
        #expect(run.output.contains("system-err"))
    }
}
