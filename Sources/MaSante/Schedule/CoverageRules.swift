import Foundation

extension CentreCheck {
    /// `doctorAndSecretaryPresent`: while the centre is open, at least one doctor (general or
    /// specialist) and one secretary work on site (consultation, unscheduled care, secretariat or
    /// administration at this centre; visits and training are elsewhere). Per open range, the
    /// union of each role's presence is subtracted from the range; every gap left is one finding.
    func presence() -> [Finding] {
        // Each role's presence, merged as the shifts come (sorted by start).
        var doctors: [DateInterval] = [], secretaries: [DateInterval] = []
        func add(_ shift: PlacedShift, to presence: inout [DateInterval]) {
            if let last = presence.last, shift.start <= last.end {
                presence[presence.count - 1] = DateInterval(start: last.start, end: max(last.end, shift.end))
            } else {
                presence.append(shift.interval)
            }
        }
        for shift in shifts where shift.isWork && shift.activity.isOnSite {
            switch context.professions[shift.personID] {
            case .medecinGeneraliste?, .medecinSpecialiste?: add(shift, to: &doctors)
            case .secretaireMedical?: add(shift, to: &secretaries)
            default: break
            }
        }
        var findings: [Finding] = []
        for (_, ranges) in openDays {
            for range in ranges {
                for (role, present) in [("aucun médecin", doctors), ("aucun·e secrétaire", secretaries)] {
                    for gap in Intervals.subtracting(present, from: range) {
                        let text = "\(role) présent \(ScheduleFrench.period(gap)) alors que le centre est ouvert"
                        findings += [report(.doctorAndSecretaryPresent, gap, text)].compactMap { $0 }
                    }
                }
            }
        }
        return findings
    }

    /// `unscheduledCareEachOpenDay`: each open day has at least one unscheduled-care shift starting that day.
    func unscheduledCare() -> [Finding] {
        openDays.compactMap { index, ranges in
            guard !shifts.contains(where: { $0.day == index && $0.activity == .soinsNonProgrammes }) else { return nil }
            let span = DateInterval(start: ranges[0].start, end: ranges[ranges.count - 1].end)
            let text = "aucun créneau de soins non programmés le \(ScheduleFrench.date(context.grid.days[index]))"
            return report(.unscheduledCareEachOpenDay, span, text)
        }
    }

    /// `homeVisitsEachWeek`: a week with at least one open day has at least one home visit planned.
    func homeVisits() -> [Finding] {
        guard !openDays.isEmpty, !shifts.contains(where: { $0.activity == .visiteDomicile }) else { return [] }
        let text = "aucune visite à domicile planifiée dans la semaine \(context.week)"
        return [report(.homeVisitsEachWeek, context.weekInterval, text)].compactMap { $0 }
    }
}
