import DataModel

/// Generates the procedure catalogue of one agency for one year.
struct CatalogueGenerator {
    var year: Int
    var violationRate: Double

    func generate(count: Int, random: inout SeededRandom) -> [SyntheticProcedure] {
        var procedures: [SyntheticProcedure] = []
        procedures.reserveCapacity(count)
        var usedCodes: Set<String> = []
        for _ in 0..<count {
            var procedure = validProcedure(random: &random, usedCodes: &usedCodes)
            if random.chance(violationRate) {
                plant(random.pick(ProcedureDefect.allCases), in: &procedure, previous: procedures.last, random: &random)
            }
            procedures.append(procedure)
        }
        return procedures
    }

    private func validProcedure(random: inout SeededRandom, usedCodes: inout Set<String>) -> SyntheticProcedure {
        var code: String
        repeat {
            code = "\(random.weighted([(1, 4), (2, 1)])).\(String(random.below(1_000_000)).leftPadded(to: 6))"
        } while !usedCodes.insert(code).inserted
        let sector = random.pick(Vocabulary.sectors)
        let name = "\(random.pick(Vocabulary.actions)) \(random.pick(sector.subjects))"
        let days = random.pick([1, 3, 5, 7, 10, 12, 15, 20, 30, 45])
        let decidedOn = WorkingDays.onOrAfter(CivilDate(year: year, month: 1, day: 2)!.adding(days: random.below(320)))
        var disclosures: [(channel: String, publishedOn: CivilDate)] = [
            ("national_database", WorkingDays.adding(random.inRange(1...4), to: decidedOn)),
            ("provincial_portal", WorkingDays.adding(random.inRange(2...6), to: decidedOn)),
            ("office_notice", WorkingDays.adding(1, to: decidedOn)),
        ]
        for channel in Vocabulary.optionalChannels where random.chance(0.6) {
            disclosures.append((channel, WorkingDays.adding(random.inRange(1...7), to: decidedOn)))
        }
        return SyntheticProcedure(
            code: code, name: name, sector: sector.code, processingDays: days, calendarDays: random.chance(0.1),
            legalMaxDays: days + random.pick([0, 0, 2, 5, 10]),
            onlineLevel: random.weighted([(1, 10), (2, 20), (3, 35), (4, 35)]),
            decision: "\(random.inRange(100...3500))/QĐ-UBND", decidedOn: decidedOn, disclosures: disclosures)
    }

    private func plant(
        _ defect: ProcedureDefect, in procedure: inout SyntheticProcedure, previous: SyntheticProcedure?,
        random: inout SeededRandom
    ) {
        switch defect {
        case .missingRequiredField:
            switch random.below(3) {
            case 0: procedure.sector = nil
            case 1: procedure.name = nil
            default: procedure.onlineLevel = nil
            }
        case .badCodeFormat:
            procedure.code = String(procedure.code.dropLast())
        case .unquotedCode:
            // `1.001780` unquoted is the float 1.00178 in YAML; a trailing zero makes that visible.
            procedure.code = String(procedure.code.dropLast()) + "0"
            procedure.codeUnquoted = true
        case .duplicateCode:
            if let previous { procedure.code = previous.code } else { procedure.code.removeLast() }
        case .processingOverLegalMax:
            procedure.processingDays = procedure.legalMaxDays + random.inRange(1...10)
        case .missingMandatoryChannel:
            let dropped = random.pick(Vocabulary.mandatoryChannels)
            procedure.disclosures.removeAll { $0.channel == dropped }
        case .lateNationalDatabase:
            let late = WorkingDays.adding(random.inRange(6...20), to: procedure.decidedOn)
            procedure.disclosures[0] = ("national_database", late)
        case .invalidOnlineLevel:
            procedure.onlineLevel = random.pick([0, 5])
        }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
