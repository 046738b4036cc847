import DataModel

/// Computes the annual report from the generated catalogue and register, as the report rules
/// count them, and picks the documents it cites.
struct ReportGenerator {
    var year: Int
    var violationRate: Double

    func figures(procedures: [SyntheticProcedure], dossiers: [SyntheticDossier], random: inout SeededRandom) -> ReportFigures {
        var figures = ReportFigures()
        figures.total = procedures.count
        for procedure in procedures {
            guard let level = procedure.onlineLevel else { continue }
            if level >= 3 { figures.level3 += 1 }
            if level == 4 { figures.level4 += 1 }
        }
        var counted: Set<String> = []
        for dossier in dossiers where dossier.receivedAt.date.year == year && counted.insert(dossier.id).inserted {
            figures.received += 1
            if dossier.channel == "online" { figures.online += 1 }
            switch dossier.status {
            case "early": figures.early += 1
            case "on_time": figures.onTime += 1
            case "late": figures.late += 1
            default: break
            }
        }
        // Open, refused and withdrawn dossiers: what was received but not settled in time terms.
        figures.pending = figures.received - figures.early - figures.onTime - figures.late
        figures.level3Percent = Self.percent(figures.level3, of: figures.total)
        figures.level4Percent = Self.percent(figures.level4, of: figures.total)
        if random.chance(violationRate) {
            switch random.pick(FigureDefect.allCases) {
            case .wrongPercent: figures.level4Percent = (figures.level4Percent + 7.3).rounded()
            case .countMismatch: figures.received += random.inRange(1...9)
            case .outcomesDoNotSum: figures.late += random.inRange(1...5)
            }
        }
        return figures
    }

    /// `part` of `whole` in percent, to one decimal.
    static func percent(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) * 1000 / Double(whole)).rounded() / 10
    }

    func citations(agency: Agency, random: inout SeededRandom) -> [Citation] {
        var citations = [Citation(
            number: "\(random.inRange(10...250))/KH-UBND", issuer: agency.committee,
            issuedOn: CivilDate(year: year - 1, month: 12, day: random.inRange(1...28))!,
            title: "Kế hoạch cải cách hành chính năm \(year)")]
        for (number, issuer, day, title) in Vocabulary.nationalDocuments where day.0 <= year {
            citations.append(Citation(number: number, issuer: issuer, issuedOn: CivilDate(year: day.0, month: day.1, day: day.2)!, title: title))
        }
        for index in citations.indices where random.chance(violationRate) {
            switch random.pick(CitationDefect.allCases) {
            case .badNumber: citations[index].number = citations[index].number.replacingOccurrences(of: "/", with: " ")
            case .issuerMismatch: citations[index].issuer = "Thủ tướng Chính phủ"
            case .yearMismatch: citations[index].issuedOn = citations[index].issuedOn.adding(days: 400)
            case .incompleteCitation: citations[index].title = nil
            }
        }
        return citations
    }
}
