import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

/// The fields of the shift form (add, change, « Qui peut prendre ce créneau ? »), as typed, and
/// their checks: each refusal is a French sentence shown beside its field, and nothing is
/// written while one stands.
struct ManagerShiftForm: Sendable {
    var person = ""
    var day = ""
    var start = ""
    var end = ""
    var activity = ""
    var place = ""
    var reason = ""

    /// A form that passed its checks.
    struct Checked: Sendable {
        var person: String
        var day: CalendarDate
        var start: TimeOfDay
        var end: TimeOfDay
        var activity: Activity
        var place: String?
        var reason: String?
    }

    init() {}

    /// The posted (or queried) fields: `personne`, `jour`, `debut`, `fin`, `activite`, `lieu`, `motif`.
    init(_ fields: FormFields) {
        person = fields.trimmed("personne")
        day = fields.trimmed("jour")
        start = fields.trimmed("debut")
        end = fields.trimmed("fin")
        activity = fields.trimmed("activite")
        place = fields.trimmed("lieu")
        reason = fields.trimmed("motif")
    }

    /// The form of an existing shift, to change it.
    init(shift: Shift, person: String) {
        self.person = person
        day = shift.day.description
        start = shift.startTime.description
        end = WeekGridParts.endText(shift)
        activity = shift.activity.rawValue
        place = shift.place ?? ""
    }

    /// The checked form, or the French message of each refused field (by field name).
    /// `people` are the references the select offers (nil: no person field); `published`
    /// demands a reason.
    func check(week: ISOWeek, people: [String]?, published: Bool) -> Result<Checked, FieldErrors> {
        var errors = FieldErrors()
        if let people, !people.contains(person) {
            errors["personne"] = "Choisissez une personne de la liste (le personnel affecté au centre cette semaine)."
        }
        let dayValue = try? CalendarDate.parse(day)
        if dayValue == nil || !week.days.contains(dayValue!) {
            errors["jour"] = "Choisissez un jour de la semaine \(week)."
        }
        let startValue = Self.time(start, field: "debut", into: &errors)
        let endValue = Self.time(end, field: "fin", into: &errors)
        let activityValue = Activity(rawValue: activity)
        if activityValue == nil { errors["activite"] = "Choisissez une activité de la liste." }
        if published && reason.isEmpty {
            errors["motif"] =
                "La semaine est publiée : indiquez le motif du changement, il sera inscrit dans son historique."
        }
        guard errors.isEmpty, let dayValue, let startValue, let endValue, let activityValue else {
            return .failure(errors)
        }
        do {
            _ = try Shift(
                personID: 0, centreID: 0, day: dayValue, from: startValue, to: endValue, activity: activityValue,
                place: place.isEmpty ? nil : place)
        } catch {
            let field = activityValue == .visiteEHPAD && place.isEmpty ? "lieu" : "fin"
            errors[field] = FieldErrors.sentence(error.message)
            return .failure(errors)
        }
        return .success(
            Checked(
                person: person, day: dayValue, start: startValue, end: endValue, activity: activityValue,
                place: place.isEmpty ? nil : place, reason: reason.isEmpty ? nil : reason))
    }

    private static func time(_ text: String, field: String, into errors: inout FieldErrors) -> TimeOfDay? {
        guard !text.isEmpty else {
            errors[field] = "Saisissez une heure au format HH:MM (par exemple 08:30)."
            return nil
        }
        do {
            return try TimeOfDay.parse(text)
        } catch {
            errors[field] = FieldErrors.sentence(error.message)
            return nil
        }
    }

    /// The template's values: the fields as typed, the person, day and activity selects.
    func values(week: ISOWeek, people: [(reference: String, name: String)]) -> [String: Any] {
        [
            "debut": start, "fin": end, "lieu": place, "motif": reason,
            "people": people.map { ["value": $0.reference, "label": $0.name, "selected": $0.reference == person] },
            "dayOptions": week.days.map { date in
                [
                    "value": date.description, "label": ManagerWeekPage.dayLabel(date),
                    "selected": date.description == day,
                ]
            },
            "activities": Activity.allCases.map {
                ["value": $0.rawValue, "label": $0.label, "selected": $0.rawValue == activity]
            },
        ]
    }
}

/// French messages by form field; in a template, `{{name}}Error` beside the field.
struct FieldErrors: Error, Sendable {
    private(set) var messages: [String: String] = [:]
    /// A message about the whole form (the database's or a rule's refusal).
    var form: String?

    var isEmpty: Bool { messages.isEmpty && form == nil }

    subscript(_ field: String) -> String? {
        get { messages[field] }
        set { messages[field] = newValue }
    }

    /// `personneError`, `jourError`… and `formError`, for the template.
    var values: [String: Any] {
        var values: [String: Any] = [:]
        for (field, message) in messages { values["\(field)Error"] = message }
        if let form { values["formError"] = form }
        return values
    }

    /// The refusal of the use case, beside its field when it names one: a check of the import
    /// (column), a rule of the week, the database. Nil for a failure that is not a refusal.
    static func refusal(_ error: any Error) -> FieldErrors? {
        var errors = FieldErrors()
        switch error {
        case let rejected as ImportRejected:
            let fields = ["personne", "jour", "debut", "fin", "activite", "lieu"]
            for issue in rejected.issues {
                if let column = issue.column, fields.contains(column), errors[column] == nil {
                    errors[column] = sentence(issue.message)
                } else {
                    errors.form = sentence([errors.form, issue.message].compactMap { $0 }.joined(separator: " ; "))
                }
            }
        case let blocking as BlockingFindings:
            let found = blocking.findings.map(\.message).joined(separator: " ; ")
            errors.form = sentence("\(blocking.summary) : \(found)")
        case let refused as StoreError:
            errors.form = sentence(refused.description)
        case let field as FieldError:
            errors["fin"] = sentence(field.message)
        case let refusal as PlanningRefusal:
            errors.form = sentence(refusal.description)
        default:
            return nil
        }
        return errors
    }

    /// A message as a sentence: capital first letter, final period.
    static func sentence(_ text: String) -> String { RegionRoutes.sentence(text) }
}
