import DataModel

/// The agency a data set belongs to.
struct Agency {
    var id: String
    var name: String
    var province: String
    /// The provincial people's committee, as documents name their issuer.
    var committee: String
}

/// One generated procedure of the catalogue; optional fields are left out when written.
struct SyntheticProcedure {
    var code: String
    /// The code is written without quotes (a YAML float, a JSON number): a planted defect.
    var codeUnquoted = false
    var name: String?
    var sector: String?
    var processingDays: Int?
    var calendarDays: Bool
    var legalMaxDays: Int
    var onlineLevel: Int?
    var decision: String
    var decidedOn: CivilDate
    var disclosures: [(channel: String, publishedOn: CivilDate)]
}

/// One generated dossier of the register; `nil` fields are written as empty cells or left out.
struct SyntheticDossier {
    var id: String
    var procedureCode: String
    var channel: String?
    var receivedAt: CivilDateTime
    var dueAt: CivilDate?
    var resolvedAt: CivilDate?
    var status: String
    var apologyIssuedAt: CivilDate?
    var newDueAt: CivilDate?
}

/// A legal document the annual report cites.
struct Citation {
    var number: String
    var issuer: String
    var issuedOn: CivilDate
    var title: String?
}

/// The figures of the annual report.
struct ReportFigures {
    var total = 0, level3 = 0, level4 = 0
    var level3Percent = 0.0, level4Percent = 0.0
    var received = 0, online = 0, early = 0, onTime = 0, late = 0, pending = 0
}
