import Foundation

extension PersonCheck {
    /// `contractHours`: the week's ``WeekHours/counted`` (work plus leave and sick leave) against
    /// its ``WeekHours/contract``. Over the tolerance is overtime, under it is unplanned time: both
    /// are reported.
    func contractHours() -> [Finding] {
        guard let person else { return [] }
        let days = context.weekDays.map { context.grid.days[$0] }
        let week = weekShifts
        let hours = WeekHours(
            work: week.filter(\.isWork).map(\.interval), absences: week.filter { !$0.isWork }.map(\.interval),
            contract: WeekHours.contract(of: person, on: days))
        guard let expected = hours.contract, let difference = hours.balance,
            abs(difference) > limits.contractHoursTolerance
        else { return [] }
        let leave = hours.absence > 0 ? " (dont \(ScheduleFrench.duration(hours.absence)) de congé ou maladie)" : ""
        let prefix =
            "\(ScheduleFrench.duration(hours.counted)) planifiées\(leave) dans la semaine \(context.week) "
            + "pour un contrat de \(ScheduleFrench.duration(expected)) : "
        let text =
            difference > 0
            ? prefix + "\(ScheduleFrench.duration(difference)) de plus (heures supplémentaires)"
            : prefix + "\(ScheduleFrench.duration(-difference)) de moins (heures non planifiées)"
        return [report(.contractHours, context.weekInterval, text, shifts: week)].compactMap { $0 }
    }

    /// `centreShare`: in each centre where the person works part of their contract (a share under
    /// 100 %), the week's work there stays within that share of the contract's hours.
    func centreShares() -> [Finding] {
        guard let person, person.assignments.contains(where: { $0.share < 1 }) else { return [] }
        let days = context.weekDays.map { context.grid.days[$0] }
        guard let contract = WeekHours.contract(of: person, on: days) else { return [] }
        var findings: [Finding] = []
        let byCentre = Dictionary(grouping: weekWork.filter { !$0.isInUnseenCentre }, by: \.centreID)
        for (centreID, shifts) in byCentre.sorted(by: { $0.key < $1.key }) {
            let share = days.map { person.share(in: centreID, on: $0) }.max() ?? 0
            guard share > 0, share < 1 else { continue }
            let allowed = contract * share
            let worked = Intervals.total(Intervals.merged(shifts.map(\.interval)))
            guard worked - allowed > limits.contractHoursTolerance else { continue }
            let text =
                "\(ScheduleFrench.duration(worked)) de travail dans ce centre dans la semaine \(context.week) "
                + "pour une quotité de \(Int((share * 100).rounded())) % du contrat "
                + "(\(ScheduleFrench.duration(allowed))) : \(ScheduleFrench.duration(worked - allowed)) de plus"
            findings += [report(.centreShare, context.weekInterval, text, shifts: shifts)].compactMap { $0 }
        }
        return findings
    }

    /// `withinContract`, `outsideLongAbsence` and `withinAssignment`: every day a shift of the week
    /// touches (the day it starts and the day it ends) lies in one of the person's contracts, out
    /// of their long absences when it is work, and in an assignment to the shift's centre. Unknown
    /// people are not checked.
    func contractAndAssignmentDates() -> [Finding] {
        guard let person else { return [] }
        var findings: [Finding] = []
        for shift in weekShifts where !shift.isInUnseenCentre {
            let first = context.grid.days[shift.day]
            let lastIndex = context.grid.index(of: shift.end.addingTimeInterval(-1)) ?? shift.day
            let last = context.grid.days[lastIndex]
            var what: String { "\(shift.activity.noun) \(ScheduleFrench.period(shift.interval))" }
            if person.contract(on: first) == nil || (last != first && person.contract(on: last) == nil) {
                let text = "\(what) hors contrat (\(Self.describe(person.contracts)))"
                findings += [report(.withinContract, shift.interval, text, shifts: [shift])].compactMap { $0 }
            }
            if shift.isWork, let absence = person.longAbsence(on: first) ?? person.longAbsence(on: last) {
                let text = "\(what) pendant \(absence.kind.article) (\(absence.period))"
                findings += [report(.outsideLongAbsence, shift.interval, text, shifts: [shift])].compactMap { $0 }
            }
            if !person.isAssigned(to: shift.centreID, on: first)
                || (last != first && !person.isAssigned(to: shift.centreID, on: last))
            {
                let text = "\(what) à \(context.centreName(shift.centreID)) sans affectation à ce centre à cette date"
                findings += [report(.withinAssignment, shift.interval, text, shifts: [shift])].compactMap { $0 }
            }
        }
        return findings
    }

    /// `aucun contrat`, or `contrat du 01/01/2027 au 31/12/2027, contrat du 01/01/2028`.
    static func describe(_ contracts: [Contract]) -> String {
        guard !contracts.isEmpty else { return "aucun contrat" }
        return contracts.sorted { $0.start < $1.start }
            .map { "contrat du \($0.start.french)" + ($0.end.map { " au \($0.french)" } ?? "") }
            .joined(separator: ", ")
    }
}
