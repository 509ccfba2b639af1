import Foundation
import MaSante
import MaSanteApp
import WeekPlanner

/// The fields of « Absence : replanifier des jours » (someone absent for some days of the
/// week), as typed, and their checks, as `planning proposer --absence --type-absence --du --au
/// --motif`: each refusal is a French sentence beside its field, and nothing is proposed while
/// one stands. The same fields travel, hidden, from the preview to « Accepter ».
struct ManagerAbsenceForm: Sendable {
    var person = ""
    var kind = ""
    var first = ""
    var last = ""
    var reason = ""

    /// The template's keys are the field's name behind this prefix (`absencePersonne`,
    /// `absencePersonneError`…): the week page holds the shift form's fields too.
    static let prefix = "absence"

    init() {}

    /// The posted fields: `personne`, `type`, `du`, `au`, `motif`.
    init(_ fields: FormFields) {
        person = fields.trimmed("personne")
        kind = fields.trimmed("type")
        first = fields.trimmed("du")
        last = fields.trimmed("au")
        reason = fields.trimmed("motif")
    }

    /// Whether the form was posted along (a re-planning's « Accepter » carries it).
    var isPresent: Bool { !person.isEmpty || !kind.isEmpty || !first.isEmpty }

    /// The use case's absence and reason, or the French message of each refused field, keyed
    /// `absencePersonne`, `absenceType`… `people` are the references the select offers.
    func check(
        week: ISOWeek, people: [String], published: Bool
    )
        -> Result<(absence: ProposeWeek.Absence, reason: String?), FieldErrors>
    {
        var errors = FieldErrors()
        if !people.contains(person) {
            errors["absencePersonne"] =
                "Choisissez la personne absente dans la liste (le personnel affecté au centre cette semaine)."
        }
        let kindValue = AbsenceReplan.kinds.first { $0.rawValue == kind }
        if kindValue == nil { errors["absenceType"] = "Choisissez le type d'absence : congé, maladie ou formation." }
        var days: (first: CalendarDate, last: CalendarDate)?
        do {
            days = try ProposeWeek.Absence.days(first: first, last: last, in: week)
        } catch {
            if error.firstOutsideWeek {
                errors["absenceDu"] = "Choisissez le premier jour d'absence dans la semaine \(week)."
            }
            if error.lastOutsideWeek {
                errors["absenceAu"] = "Choisissez le dernier jour d'absence dans la semaine \(week)."
            } else if error.lastBeforeFirst, let firstDay = error.firstDay {
                errors["absenceAu"] =
                    "Le dernier jour d'absence ne peut pas précéder le premier (\(ManagerWeekPage.dayLabel(firstDay)))."
            }
        }
        if published && reason.isEmpty {
            errors["absenceMotif"] =
                "La semaine est publiée : indiquez le motif du changement, il sera inscrit dans son historique."
        } else {
            do { try TypedText.check(reason, as: .freeText) } catch {
                errors["absenceMotif"] = FieldErrors.sentence(error.message)
            }
        }
        guard errors.isEmpty, let kindValue, let days else { return .failure(errors) }
        return .success(
            (
                ProposeWeek.Absence(person: person, kind: kindValue, first: days.first, last: days.last),
                reason.isEmpty ? nil : reason
            ))
    }

    /// The template's values: the fields as typed and the person, kind and day selects.
    func values(week: ISOWeek, people: [(reference: String, name: String)]) -> [String: Any] {
        func days(_ chosen: String) -> [[String: Any]] {
            week.days.map {
                ["value": $0.description, "label": ManagerWeekPage.dayLabel($0), "selected": $0.description == chosen]
            }
        }
        return [
            "absencePeople": people.map {
                ["value": $0.reference, "label": $0.name, "selected": $0.reference == person]
            },
            "absenceKinds": AbsenceReplan.kinds.map {
                ["value": $0.rawValue, "label": $0.label, "selected": $0.rawValue == kind]
            },
            "absenceFirstDays": days(first),
            "absenceLastDays": days(last.isEmpty ? first : last),
            "absenceMotif": reason,
        ]
    }

    /// The fields as the preview's « Accepter » posts them again.
    var hidden: [[String: String]] {
        [
            ["name": "personne", "value": person], ["name": "type", "value": kind], ["name": "du", "value": first],
            ["name": "au", "value": last.isEmpty ? first : last], ["name": "motif", "value": reason],
        ]
    }
}
