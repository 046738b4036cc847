import DataModel

/// Generates a dossier register whose rows refer to the catalogue's procedures.
struct DossierGenerator {
    var year: Int
    var violationRate: Double
    var procedures: [SyntheticProcedure]

    func generate(count: Int, random: inout SeededRandom) -> [SyntheticDossier] {
        // Only procedures with a well-formed, unique code are referred to by valid rows.
        var seen: Set<String> = []
        let wellFormed = procedures.filter { $0.processingDays != nil && !$0.codeUnquoted && $0.code.count == 8 && seen.insert($0.code).inserted }
        let usable = wellFormed.isEmpty ? procedures : wellFormed
        let lowLevel = usable.filter { ($0.onlineLevel ?? 0) < 3 }
        let width = max(4, String(count).count)
        var dossiers: [SyntheticDossier] = []
        dossiers.reserveCapacity(count)
        for index in 0..<count {
            let defect = random.chance(violationRate) ? random.pick(DossierDefect.allCases) : nil
            // An online dossier for a level-1/2 procedure is otherwise valid for that procedure.
            let procedure = defect == .onlineForLowLevel && !lowLevel.isEmpty ? random.pick(lowLevel) : random.pick(usable)
            var dossier = validDossier(number: index + 1, width: width, procedure: procedure, random: &random)
            if let defect { plant(defect, in: &dossier, procedure: procedure, previous: dossiers.last, random: &random) }
            dossiers.append(dossier)
        }
        return dossiers
    }

    private func due(after received: CivilDate, days: Int, procedure: SyntheticProcedure) -> CivilDate {
        procedure.calendarDays ? received.adding(days: days) : WorkingDays.adding(days, to: received)
    }

    private func validDossier(number: Int, width: Int, procedure: SyntheticProcedure, random: inout SeededRandom) -> SyntheticDossier {
        let days = procedure.processingDays ?? 1
        let receivedDay = WorkingDays.onOrAfter(CivilDate(year: year, month: 1, day: 2)!.adding(days: random.below(355)))
        let received = CivilDateTime(date: receivedDay, hour: random.inRange(7...16), minute: random.below(60))!
        let dueAt = due(after: receivedDay, days: days, procedure: procedure)
        let online = (procedure.onlineLevel ?? 0) >= 3 && random.chance(0.45)
        var dossier = SyntheticDossier(
            id: "HS-\(year)-\(String(number).leftPadded(to: width))", procedureCode: procedure.code,
            channel: online ? "online" : random.weighted([("counter", 9), ("postal", 1)]),
            receivedAt: received, dueAt: dueAt, resolvedAt: nil, status: "in_progress")
        // Dossiers due after the year's end are still open at its end; the rest are settled.
        guard dueAt.year == year else { return dossier }
        switch random.weighted([("early", 30), ("on_time", 60), ("late", 4), ("refused", 4), ("withdrawn", 2)]) {
        case "early":
            // Processing takes at least one day, so the due date is after the day of receipt.
            var resolved = CivilDate(dayNumber: random.inRange(receivedDay.dayNumber...(dueAt.dayNumber - 1)))
            // Offices close at weekends: move back to the Friday, which is still on or after receipt.
            while !WorkingDays.isWorkingDay(resolved) { resolved = resolved.adding(days: -1) }
            dossier.resolvedAt = resolved
            dossier.status = "early"
        case "on_time":
            dossier.resolvedAt = dueAt
            dossier.status = "on_time"
        case "late":
            // Late with an apology issued at least a working day before the due date, and a new due date kept.
            dossier.apologyIssuedAt = max(receivedDay, WorkingDays.adding(-2, to: dueAt))
            dossier.newDueAt = WorkingDays.adding(5, to: dueAt)
            dossier.resolvedAt = WorkingDays.adding(random.inRange(1...5), to: dueAt)
            dossier.status = "late"
        case let status:
            dossier.status = status
        }
        return dossier
    }

    private func plant(
        _ defect: DossierDefect, in dossier: inout SyntheticDossier, procedure: SyntheticProcedure,
        previous: SyntheticDossier?, random: inout SeededRandom
    ) {
        let receivedDay = dossier.receivedAt.date
        let dueAt = dossier.dueAt ?? receivedDay
        switch defect {
        case .missingRequiredField:
            if random.chance(0.5) { dossier.channel = nil } else { dossier.dueAt = nil }
        case .duplicateID:
            if let previous { dossier.id = previous.id }
        case .unknownProcedure:
            dossier.procedureCode = "9.\(String(random.below(1_000_000)).leftPadded(to: 6))"
        case .resolvedBeforeReceived:
            dossier.resolvedAt = receivedDay.adding(days: -random.inRange(1...10))
            dossier.status = "early"
        case .lateWithoutApology:
            dossier.resolvedAt = WorkingDays.adding(random.inRange(1...10), to: dueAt)
            dossier.status = "late"
            dossier.apologyIssuedAt = nil
            dossier.newDueAt = nil
        case .statusInconsistent:
            dossier.resolvedAt = WorkingDays.adding(random.inRange(1...5), to: dueAt)
            dossier.status = "on_time"
            dossier.apologyIssuedAt = max(receivedDay, WorkingDays.adding(-2, to: dueAt))
            dossier.newDueAt = WorkingDays.adding(6, to: dueAt)
        case .onlineForLowLevel:
            // Without a level-1/2 procedure in the catalogue, the row refers to an unknown one instead.
            if (procedure.onlineLevel ?? 0) >= 3 {
                dossier.procedureCode = "9.\(String(random.below(1_000_000)).leftPadded(to: 6))"
            } else {
                dossier.channel = "online"
            }
        case .dueBeyondLimit:
            let days = procedure.processingDays ?? 1
            dossier.dueAt = due(after: receivedDay, days: days + random.inRange(3...10), procedure: procedure)
        }
    }
}
