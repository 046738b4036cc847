import DataModel
import Foundation

/// Writes the generated records in the shapes of the agency data format: the catalogue as YAML and
/// JSON, the register as CSV and YAML, and the annual report as YAML.
struct DataSetWriter {
    var folder: URL
    var agency: Agency
    var year: Int

    func writeCatalogueYAML(_ procedures: [SyntheticProcedure]) throws {
        var out = try OutputBuffer(url: folder.appendingPathComponent("procedures.yml"))
        out.write("agency: { id: \(agency.id), name: \(quoted(agency.name)), province: \(quoted(agency.province)) }\n")
        out.write("year: \(year)\nprocedures:\n")
        for procedure in procedures {
            out.write("  - code: \(code(procedure))\n")
            for field in scalarFields(procedure) {
                out.write("    \(field.key): \(field.text)\n")
            }
            out.write("    publication: { decision: \(quoted(procedure.decision)), decided_on: ")
            out.writeISO(procedure.decidedOn)
            out.write(" }\n    disclosures:\n")
            for disclosure in procedure.disclosures {
                out.write("      - { channel: \(disclosure.channel), published_on: ")
                out.writeISO(disclosure.publishedOn)
                out.write(" }\n")
            }
        }
        try out.close()
    }

    func writeCatalogueJSON(_ procedures: [SyntheticProcedure]) throws {
        var out = try OutputBuffer(url: folder.appendingPathComponent("procedures.json"))
        out.write("{\n  \"agency\": { \"id\": \(quoted(agency.id)), \"name\": \(quoted(agency.name)), \"province\": \(quoted(agency.province)) },\n")
        out.write("  \"year\": \(year),\n  \"procedures\": [")
        for (index, procedure) in procedures.enumerated() {
            out.write(index == 0 ? "\n    {" : ",\n    {")
            out.write("\n      \"code\": \(code(procedure))")
            for field in scalarFields(procedure) {
                out.write(",\n      \"\(field.key)\": \(field.isWord ? quoted(field.text) : field.text)")
            }
            out.write(",\n      \"publication\": { \"decision\": \(quoted(procedure.decision)), \"decided_on\": \"")
            out.writeISO(procedure.decidedOn)
            out.write("\" },\n      \"disclosures\": [")
            for (position, disclosure) in procedure.disclosures.enumerated() {
                out.write(position == 0 ? "\n        " : ",\n        ")
                out.write("{ \"channel\": \(quoted(disclosure.channel)), \"published_on\": \"")
                out.writeISO(disclosure.publishedOn)
                out.write("\" }")
            }
            out.write(procedure.disclosures.isEmpty ? "]\n    }" : "\n      ]\n    }")
        }
        out.write(procedures.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        try out.close()
    }

    func writeRegisterCSV(_ dossiers: [SyntheticDossier]) throws {
        var out = try OutputBuffer(url: folder.appendingPathComponent("dossiers.csv"))
        out.write("dossier_id,procedure_code,channel,received_at,due_at,resolved_at,status,apology_issued_at,new_due_at\n")
        for dossier in dossiers {
            out.write("\(dossier.id),\(dossier.procedureCode),\(dossier.channel ?? ""),")
            out.writeDayFirst(dossier.receivedAt)
            for date in [dossier.dueAt, dossier.resolvedAt] {
                out.write(",")
                if let date { out.writeDayFirst(date) }
            }
            out.write(",\(dossier.status)")
            for date in [dossier.apologyIssuedAt, dossier.newDueAt] {
                out.write(",")
                if let date { out.writeDayFirst(date) }
            }
            out.write("\n")
        }
        try out.close()
    }

    func writeRegisterYAML(_ dossiers: [SyntheticDossier]) throws {
        var out = try OutputBuffer(url: folder.appendingPathComponent("dossiers.yml"))
        out.write("dossiers:\n")
        for dossier in dossiers {
            out.write("  - { dossier_id: \(dossier.id), procedure_code: \(quoted(dossier.procedureCode))")
            if let channel = dossier.channel { out.write(", channel: \(channel)") }
            out.write(", received_at: \"")
            out.writeDayFirst(dossier.receivedAt)
            out.write("\"")
            let dates = [("due_at", dossier.dueAt), ("resolved_at", dossier.resolvedAt),
                         ("apology_issued_at", dossier.apologyIssuedAt), ("new_due_at", dossier.newDueAt)]
            for case let (key, date?) in dates {
                out.write(", \(key): \"")
                out.writeDayFirst(date)
                out.write("\"")
            }
            out.write(", status: \(dossier.status) }\n")
        }
        try out.close()
    }

    func writeReport(_ figures: ReportFigures, citations: [Citation]) throws {
        var out = try OutputBuffer(url: folder.appendingPathComponent("report.yml"))
        out.write("report:\n  agency: { id: \(agency.id), name: \(quoted(agency.name)) }\n  year: \(year)\n")
        out.write("  procedures: { total: \(figures.total), online_level3: \(figures.level3), ")
        out.write("online_level3_percent: \(Self.figure(figures.level3Percent)), online_level4: \(figures.level4), ")
        out.write("online_level4_percent: \(Self.figure(figures.level4Percent)), levels_cumulative: true }\n")
        out.write("  dossiers: { received: \(figures.received), online: \(figures.online), early: \(figures.early), ")
        out.write("on_time: \(figures.onTime), late: \(figures.late), pending: \(figures.pending) }\n")
        out.write("  documents:\n")
        for citation in citations {
            out.write("    - { number: \(quoted(citation.number)), issuer: \(quoted(citation.issuer)), issued_on: ")
            out.writeDayFirst(citation.issuedOn)
            if let title = citation.title { out.write(", title: \(quoted(title))") }
            out.write(" }\n")
        }
        try out.close()
    }

    /// A procedure's code as both catalogue files write it: quoted, unless it is a planted unquoted one.
    private func code(_ procedure: SyntheticProcedure) -> String {
        procedure.codeUnquoted ? procedure.code : quoted(procedure.code)
    }

    /// The catalogue fields between `code` and `publication`, in file order, absent ones left out,
    /// each as YAML writes it; a bare YAML word (`isWord`) must be quoted in JSON.
    private func scalarFields(_ procedure: SyntheticProcedure) -> [(key: String, text: String, isWord: Bool)] {
        var fields: [(key: String, text: String, isWord: Bool)] = []
        if let name = procedure.name { fields.append(("name", quoted(name), false)) }
        if let sector = procedure.sector { fields.append(("sector", sector, true)) }
        if let days = procedure.processingDays { fields.append(("processing_days", String(days), false)) }
        fields.append(("processing_unit", procedure.calendarDays ? "calendar" : "working", true))
        fields.append(("legal_max_days", String(procedure.legalMaxDays), false))
        if let level = procedure.onlineLevel { fields.append(("online_level", String(level), false)) }
        return fields
    }

    /// A percentage as a report writes it: `36` for a whole number, else one decimal (`75.4`).
    static func figure(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// `text` as a double-quoted string, valid in both YAML and JSON.
    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20: result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
