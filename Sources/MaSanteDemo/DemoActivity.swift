import Foundation
import MaSante
import Rostering

/// Monthly activity computed from who worked where, month by month.
///
/// A doctor's consultations grow over their first months as the patient list fills (half the
/// mature pace at the start, most of it after six months), dip in summer and at Christmas;
/// midwives see fewer patients; about a fifth of consultations are unscheduled care. New
/// patients declaring a médecin traitant come mostly in a GP's first year, then slow down.
/// Home visits (a few dozen a month per centre, more with a nurse) and EHPAD visits (where a
/// centre follows one) are not consultations. The consultations and new patients are then
/// scaled so that the totals of July 2022 → October 2026 land just above the published
/// figures (over 500,000 and 38,000). With 133 hires over four years those totals mean about
/// 150 consultations a month for an established full-time doctor, well under the 350–450 of a
/// libéral GP: the demo follows the published totals, not the usual pace.
enum DemoActivity {
    static let consultationTotal = 512_000.0
    static let newPatientTotal = 38_400.0
    /// New patients declaring a médecin traitant, at most this share of a month's consultations.
    static let newPatientShareLimit = 0.35

    /// Consultations per FTE-month relative to a GP's mature pace.
    static let pace: [Profession: Double] = [.medecinGeneraliste: 1, .medecinSpecialiste: 0.8, .sageFemme: 0.45]

    /// Activity by calendar month (January first): winter epidemics, spring bridges, summer holidays.
    static let season = [1.06, 1.02, 1.0, 0.96, 0.92, 0.97, 0.86, 0.72, 0.98, 1.02, 1.03, 0.93]

    static func rows(centres: [DemoCentre], hires: [DemoHire], random: inout SplitMix) -> [ActivityRecord] {
        let months = Array(DemoCalendar.firstMonth...DemoCalendar.lastMonth)
        let width = months.count
        var consultations = Array(repeating: 0.0, count: centres.count * width)
        var patients = consultations, doctors = consultations, nurses = consultations, midwives = consultations

        for hire in hires where hire.profession.countsTowardGoal {
            let first = hire.start
            let last = hire.lastDay.map { min($0, DemoCalendar.horizon) } ?? DemoCalendar.horizon
            let startMonth = DemoMonth(hire.start)
            for (offset, month) in months.enumerated() where month >= startMonth {
                let overlap = max(first, month.first).days(until: min(last, month.last)) + 1
                guard overlap > 0 else { continue }
                let worked = Double(overlap) / Double(month.days) * hire.fte
                let seniority = Double(startMonth.distance(to: month)) + 0.5
                for (centre, share) in hire.shares {
                    let cell = centre * width + offset
                    let presence = worked * share
                    let ramp = 0.5 + 0.5 * (1 - exp(-seniority / 5))
                    consultations[cell] += presence * (pace[hire.profession] ?? 0) * ramp
                    switch hire.profession {
                    case .medecinGeneraliste:
                        patients[cell] += presence * (exp(-seniority / 6) + 0.02)
                        doctors[cell] += presence
                    case .medecinSpecialiste: doctors[cell] += presence
                    case .infirmier: nurses[cell] += presence
                    case .sageFemme: midwives[cell] += presence
                    case .secretaireMedical: break
                    }
                }
            }
        }

        // Per centre and month: season and a little noise, then the scale of the published totals.
        var cells: [(centre: Int, offset: Int)] = []
        for (centre, description) in centres.enumerated() {
            guard let opened = description.openedOn else { continue }
            for (offset, month) in months.enumerated() where month >= DemoMonth(opened) {
                cells.append((centre, offset))
                let cell = centre * width + offset
                consultations[cell] *= season[month.month - 1] * random.around(1, spread: 0.06)
                // A new centre first takes in the backlog of its area's patients without a médecin traitant.
                let backlog = 0.4 + 1.2 * exp(-Double(DemoMonth(opened).distance(to: month)) / 12)
                patients[cell] *= backlog * random.around(1, spread: 0.1)
            }
        }
        let consultationScale =
            consultationTotal / cells.reduce(0) { $0 + consultations[$1.centre * width + $1.offset] }
        // New patients are at most a share of the month's consultations (each declaration is made
        // during one): find the scale at which the capped total reaches its target.
        func newPatients(_ cell: Int, scale: Double) -> Double {
            min(patients[cell] * scale, consultations[cell] * consultationScale * newPatientShareLimit)
        }
        var low = 0.0, high = 1.0
        while cells.reduce(0, { $0 + newPatients($1.centre * width + $1.offset, scale: high) }) < newPatientTotal,
            high < 1e12
        {
            high *= 2
        }
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if cells.reduce(0, { $0 + newPatients($1.centre * width + $1.offset, scale: middle) }) < newPatientTotal {
                low = middle
            } else {
                high = middle
            }
        }
        let patientScale = high
        let unscheduledShare = centres.map { _ in random.around(0.2, spread: 0.04) }

        return cells.map { centre, offset in
            let cell = centre * width + offset
            let month = months[offset]
            let total = Int((consultations[cell] * consultationScale).rounded())
            let unscheduled = Int((Double(total) * unscheduledShare[centre]).rounded())
            let home =
                doctors[cell] * random.around(9, spread: 3) + nurses[cell] * random.around(40, spread: 8)
                + midwives[cell] * random.around(6, spread: 2)
            let ehpad =
                centres[centre].visitsEHPAD ? doctors[cell] * random.around(6, spread: 2) * season[month.month - 1] : 0
            return ActivityRecord(
                centre: centres[centre].name, month: month.first, scheduledConsultations: total - unscheduled,
                unscheduledConsultations: unscheduled, homeVisits: Int(home.rounded()),
                ehpadVisits: Int(ehpad.rounded()),
                newReferringPatients: Int(newPatients(cell, scale: patientScale).rounded()))
        }
    }
}
