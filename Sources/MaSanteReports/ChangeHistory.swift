import Foundation
public import MaSante

/// The history of a published week (`planning historique`), in words or as JSON: who changed
/// what and when, why, and each shift before and after by its person, day and hours.
public enum ChangeHistory {
    /// French text: one paragraph per change.
    public static func text(_ changes: [PlanningChange], centre: String, week: ISOWeek) -> String {
        guard !changes.isEmpty else {
            return "Semaine \(week) de \(centre) : ni publiée ni modifiée après publication."
        }
        var lines = ["Historique de la semaine \(week) — \(centre) :"]
        for change in changes {
            let reason = change.reason.map { " — motif : \($0)" } ?? ""
            lines.append("\(ScheduleFrench.moment(change.at)), par \(change.by) : \(operation(change))\(reason)")
            switch (change.before, change.after) {
            case (let before?, let after?):
                lines.append("    avant : \(shift(before))")
                lines.append("    après : \(shift(after))")
            case (let only?, nil), (nil, let only?):
                lines.append("    \(shift(only))")
            case (nil, nil):
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `Service ajouté`, `Service déplacé`…: a modification that changes the day, hours or person is a move.
    static func operation(_ change: PlanningChange) -> String {
        switch change.operation {
        case "publication": "semaine publiée"
        case "ajout": "service ajouté"
        case "suppression": "service supprimé"
        case "modification":
            change.before?.start != change.after?.start || change.before?.end != change.after?.end
                || change.before?.personName != change.after?.personName ? "service déplacé" : "service modifié"
        default: change.operation
        }
    }

    /// `Arnaud REY, le lundi 30 novembre 2026 de 08:30 à 12:30, consultation (EHPAD Les Tilleuls)`.
    static func shift(_ shift: ChangedShift) -> String {
        let place = shift.place.map { " (\($0))" } ?? ""
        return
            "\(shift.personName), \(ScheduleFrench.period(DateInterval(start: shift.start, end: shift.end))), \(shift.activity.label.lowercased())\(place)"
    }

    /// The JSON document: French keys, Paris wall-clock days and times as `planning semaine` writes them.
    public static func json(_ changes: [PlanningChange], centre: String, week: ISOWeek) throws -> String {
        let document = Document(
            centre: centre, semaine: week.description,
            changements: changes.map { change in
                Change(
                    date: WeekGridData.instant(change.at), par: change.by, operation: change.operation,
                    motif: change.reason,
                    avant: change.before.map(Service.init), apres: change.after.map(Service.init))
            })
        return try ReportJSON.text(document)
    }

    struct Document: Encodable {
        var centre: String
        var semaine: String
        var changements: [Change]
    }

    struct Change: Encodable {
        var date: String
        var par: String
        var operation: String
        @JSONNull var motif: String?
        @JSONNull var avant: Service?
        @JSONNull var apres: Service?
    }

    struct Service: Encodable {
        var personne: String
        var jour: String
        var debut: String
        var fin: String
        var activite: String
        var lieu: String?

        init(_ shift: ChangedShift) {
            personne = shift.personName
            jour = CalendarDate(inParis: shift.start).description
            debut = ScheduleFrench.time(shift.start)
            fin = ScheduleFrench.time(shift.end)
            activite = shift.activity.rawValue
            lieu = shift.place
        }
    }
}
