import Foundation

/// One line of a planning file: who works where, which day, from when to when, doing what.
///
/// Columns: `centre;personne;jour;debut;fin;activite;lieu`. `personne` is an RPPS number or
/// `NOM Prénom`, resolved against the registry later; an end at or before the start is the next
/// day (`22:00` → `06:00`), `24:00` is midnight.
///
/// ```swift
/// let parsed = PlanningRecord.parse(line, columns: columns)
/// parsed.record?.activity   // .consultation
/// ```
public struct PlanningRecord: Hashable, Sendable {
    public var centre: String
    public var person: String
    public var day: CalendarDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var activity: Activity
    public var place: String?

    public init(
        centre: String, person: String, day: CalendarDate, start: TimeOfDay, end: TimeOfDay,
        activity: Activity, place: String? = nil
    ) {
        self.centre = centre
        self.person = person
        self.day = day
        self.start = start
        self.end = end
        self.activity = activity
        self.place = place
    }

    public static let requiredColumns = ["centre", "personne", "jour", "debut", "fin", "activite"]
    public static let optionalColumns = ["lieu"]

    /// The record when the line is valid; otherwise every issue of the line.
    public static func parse(_ line: CSVLine, columns: CSVColumns) -> (record: PlanningRecord?, issues: [ImportIssue]) {
        var check = LineChecker(line, columns)
        let centre = check.name("centre", missing: "centre manquant")
        let person = check.name("personne", missing: "personne manquante (RPPS ou « NOM Prénom »)", as: .freeText)
        let day = check.parse("jour", missing: "jour manquant (AAAA-MM-JJ)", CalendarDate.parse)
        let start = check.parse("debut", missing: "heure de début manquante (HH:MM)", TimeOfDay.parse)
        let end = check.parse("fin", missing: "heure de fin manquante (HH:MM)", TimeOfDay.parse)
        let activity = check.parse(
            "activite", missing: "activité manquante : valeurs possibles \(Activity.validCodes)", Activity.parse)
        let place = columns.contains("lieu") ? check.freeText("lieu") : ""
        guard check.issues.isEmpty, let day, let start, let end, let activity else { return (nil, check.issues) }
        return (
            PlanningRecord(
                centre: centre, person: person, day: day, start: start, end: end, activity: activity,
                place: place.isEmpty ? nil : place), []
        )
    }
}

extension Activity {
    /// The codes a file or an option may use, for error messages.
    public static var validCodes: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
