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
        return findings
    }
}
