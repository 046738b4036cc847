/// The defects `--violations` plants, one per affected record, each breaking one built-in rule.
enum ProcedureDefect: CaseIterable {
    case missingRequiredField, badCodeFormat, unquotedCode, duplicateCode, processingOverLegalMax
    case missingMandatoryChannel, lateNationalDatabase, invalidOnlineLevel
}

/// Defects of dossier rows.
enum DossierDefect: CaseIterable {
    case missingRequiredField, duplicateID, unknownProcedure, resolvedBeforeReceived, lateWithoutApology
    case statusInconsistent, onlineForLowLevel, dueBeyondLimit
}

/// Defects of the annual report's cited documents.
enum CitationDefect: CaseIterable {
    case badNumber, issuerMismatch, yearMismatch, incompleteCitation
}

/// Defects of the annual report's figures.
enum FigureDefect: CaseIterable {
    case wrongPercent, countMismatch, outcomesDoNotSum
}
