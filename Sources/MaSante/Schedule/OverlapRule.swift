import Foundation

extension PersonCheck {
    /// `overlap`: two of the person's shifts, in any centres, that share time. Each overlapping
    /// shift is reported once, against the earlier shift it runs into, when either is in the week.
    func overlaps() -> [Finding] {
        var findings: [Finding] = []
        var running: PlacedShift?
        for shift in shifts {
            if let previous = running, shift.start < previous.end {
                if context.isInWeek(shift) || context.isInWeek(previous) {
                    let shared = DateInterval(start: shift.start, end: min(shift.end, previous.end))
                    let pair = [previous, shift].map { "\($0.activity.noun) à \(context.centreName($0.centreID))" }
                    let text =
                        "deux services se chevauchent \(ScheduleFrench.period(shared)) (\(pair.joined(separator: " ; ")))"
                    findings += [report(.overlap, shared, text, shifts: [previous, shift])].compactMap { $0 }
                }
                if shift.end > previous.end { running = shift }
            } else {
                running = shift
            }
        }
        return findings + travels()
    }

    /// `overlap`, travel included: two work shifts in centres of different communes, the second
    /// starting less than ``RuleLimits/travelBetweenCommunes`` after the first ends. Reported
    /// once per shift, against the earlier one that ends last, when either is in the week.
    func travels() -> [Finding] {
        let travel = limits.travelBetweenCommunes
        guard travel > 0 else { return [] }
        var findings: [Finding] = []
        var running: PlacedShift?
        for shift in work {
            defer { if shift.end > running?.end ?? .distantPast { running = shift } }
            guard let previous = running, shift.start >= previous.end, shift.centreID != previous.centreID,
                shift.start.timeIntervalSince(previous.end) < travel, needsTravel(previous.centreID, shift.centreID),
                context.isInWeek(shift) || context.isInWeek(previous)
            else { continue }
            let gap = DateInterval(start: previous.end, end: shift.start)
            let text =
                "\(ScheduleFrench.duration(gap.duration)) seulement entre \(previous.activity.noun) à \(context.centreName(previous.centreID)) "
                + "et \(shift.activity.noun) à \(context.centreName(shift.centreID)) \(ScheduleFrench.period(DateInterval(start: previous.start, end: shift.end))) "
                + "(trajet entre communes : \(ScheduleFrench.duration(travel)))"
            findings += [report(.overlap, gap, text, shifts: [previous, shift])].compactMap { $0 }
        }
        return findings
    }

    /// Whether going between the two centres takes travel (different centres, not both known in one commune).
    private func needsTravel(_ first: Int, _ second: Int) -> Bool {
        guard let from = context.centres[first], let to = context.centres[second] else { return first != second }
        return from.needsTravel(to: to)
    }
}
