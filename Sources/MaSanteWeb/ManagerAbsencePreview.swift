import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import WeekPlanner

/// What the proposal's page says of an absence being re-planned, in the words of `planning
/// proposer --absence`: the absent person's shifts that become the absence, those left to give
/// by hand, and the fields « Accepter » posts again.
enum ManagerAbsencePreview {
    static func values(_ replanned: ProposeWeek.Replanned, hidden: [[String: String]]) -> [String: Any] {
        let person = replanned.person, kind = replanned.kind, replan = replanned.replan
        let name = "\(person.firstName) \(person.lastName)"
        func line(_ shift: Shift) -> String {
            "\(ScheduleFrench.date(shift.day)), \(WeekGridParts.timeSpan(shift)), \(shift.activity.label.lowercased())"
                + (shift.place.map { " (\($0))" } ?? "")
        }
        return [
            "absence": true,
            "absenceHidden": hidden,
            "absenceTitle": "Absence de \(name) (\(kind.label.lowercased()))",
            "absenceCount":
                "\(replan.absent.count) service\(replan.absent.count > 1 ? "s deviennent" : " devient") « \(kind.label) » :",
            "absenceShifts": replan.absent.map(line),
            "absenceLeft": replan.notReplanned.map(line),
            "absenceHasLeft": !replan.notReplanned.isEmpty,
            "absenceRule":
                "Seuls les besoins que couvraient ces services sont replanifiés ; les autres jours et les services "
                + "des autres restent tels quels ; \(name) ne reçoit aucun nouveau service cette semaine.",
        ]
    }
}
