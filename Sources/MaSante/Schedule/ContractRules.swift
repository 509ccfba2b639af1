import Foundation

extension PersonCheck {
    /// `contractHours`: the hours planned in the week (work and absences alike, as leave replaces
    /// work) against the contract's weekly hours, prorated by the days of the week it covers.
    /// Over the tolerance is overtime, under it is unplanned time: both are reported.
    func contractHours() -> [Finding] {
        guard let person else { return [] }
        var expected: TimeInterval = 0, covered = false
        for index in context.weekDays {
            guard let contract = person.contract(on: context.grid.days[index]) else { continue }
            expected += contract.weeklyHours * 3600 / 7
            covered = true
        }
        guard covered else { return [] }
        let week = weekShifts
        let planned = Self.worked(week)
        let difference = planned - expected
        guard abs(difference) > limits.contractHoursTolerance else { return [] }
        let prefix = "\(ScheduleFrench.duration(planned)) planifiées dans la semaine \(context.week) "
            + "pour un contrat de \(ScheduleFrench.duration(expected)) : "
        let text = difference > 0
            ? prefix + "\(ScheduleFrench.duration(difference)) de plus (heures supplémentaires)"
            : prefix + "\(ScheduleFrench.duration(-difference)) de moins (heures non planifiées)"
        return [report(.contractHours, context.weekInterval, text, shifts: week)].compactMap { $0 }
    }

    /// `withinContract` and `withinAssignment`: every day a shift of the week touches (the day it
    /// starts and the day it ends) lies in one of the person's contracts and in an assignment to
    /// the shift's centre. Unknown people are not checked.
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
            if !person.isAssigned(to: shift.centreID, on: first) || (last != first && !person.isAssigned(to: shift.centreID, on: last)) {
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
