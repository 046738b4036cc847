import ArgumentParser
import Foundation

/// Writes a deterministic synthetic agency data set: a procedure catalogue (YAML and JSON), a
/// dossier register (CSV and YAML) and an annual report, with defects planted at a given rate.
@main
struct GovlintDatagen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govlint-datagen",
        abstract: "Write deterministic synthetic agency data for tests and benchmarks.",
        discussion: """
            Writes procedures.yml, procedures.json, dossiers.csv, dossiers.yml and report.yml into \
            the output folder. The same arguments always give byte-identical files.
            """)

    @Option(name: .long, help: "The folder to write into (created when missing).")
    var out: String

    @Option(name: .long, help: "The number of procedures in the catalogue.")
    var procedures: Int = 100

    @Option(name: .long, help: "The number of dossiers in the register.")
    var dossiers: Int = 1000

    @Option(name: .long, help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The share of records (0...1) that carry a planted defect.")
    var violations: Double = 0

    @Option(name: .long, help: "The year of the data (2000...2099).")
    var year: Int = 2020

    func validate() throws {
        guard (1...1_000_000).contains(procedures) else { throw ValidationError("--procedures must be between 1 and 1000000") }
        guard (0...100_000_000).contains(dossiers) else { throw ValidationError("--dossiers must be between 0 and 100000000") }
        guard (0...1).contains(violations) else { throw ValidationError("--violations must be between 0 and 1") }
        guard (2000...2099).contains(year) else { throw ValidationError("--year must be between 2000 and 2099") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SeededRandom(seed: seed)
        let agency = random.pick(Vocabulary.agencies)
        let catalogue = CatalogueGenerator(year: year, violationRate: violations).generate(count: procedures, random: &random)
        let register = DossierGenerator(year: year, violationRate: violations, procedures: catalogue)
            .generate(count: dossiers, random: &random)
        let reporter = ReportGenerator(year: year, violationRate: violations)
        let figures = reporter.figures(procedures: catalogue, dossiers: register, random: &random)
        let citations = reporter.citations(agency: agency, random: &random)
        let writer = DataSetWriter(folder: folder, agency: agency, year: year)
        try writer.writeCatalogueYAML(catalogue)
        try writer.writeCatalogueJSON(catalogue)
        try writer.writeRegisterCSV(register)
        try writer.writeRegisterYAML(register)
        try writer.writeReport(figures, citations: citations)
    }
}
