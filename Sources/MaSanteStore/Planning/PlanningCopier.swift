import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Where a copied week comes from: another week of the centre, or one of its named templates.
public enum CopySource: Sendable, CustomStringConvertible {
    case week(ISOWeek)
    case template(String)

    /// A week (``WeekChoice``: `2026-W48`, a day of it, `courante`…) or else a template's name.
    public static func parse(_ text: String, today: CalendarDate) -> CopySource {
        (try? WeekChoice.parse(text, today: today)).map(CopySource.week)
            ?? .template(text.trimmingCharacters(in: .whitespaces))
    }

    public var description: String {
        switch self {
        case .week(let week): "la semaine \(week)"
        case .template(let name): "le modèle « \(name) »"
        }
    }
}

/// What a copy did: the edit, and each shift left out with the reason, in French.
public struct CopyOutcome: Sendable {
    public var edit: EditOutcome
    public var skipped: [String]
}

/// Plans a week from another one or from a template: same people, same weekdays, same clock
/// times. People absent that day, no longer assigned to the centre or already planned elsewhere
/// at that time are left out, and the outcome says so; absences are never copied.
public struct PlanningCopier {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Copies onto `week` of the centre. A week that already has shifts is refused unless `replace`,
    /// which replaces its work shifts and keeps the absences already entered.
    public func copy(
        centre: CentreReference, from source: CopySource, to week: ISOWeek, replace: Bool,
        reason: String? = nil
    ) throws -> CopyOutcome {
        let pattern = try self.pattern(centre: centre, source: source)
        let existing = try connection.query(
            "SELECT count(*)::int FROM shifts WHERE centre_id = \(centre.id) AND week = \(week.description)"
        ).single(Int.self)
        if existing > 0 && !replace {
            throw StoreError.refused(
                "la semaine \(week) de \(centre.name) a déjà \(existing) service(s) : ajoutez --remplacer pour les remplacer par \(source)"
            )
        }
        let people = Set(pattern.entries.map(\.personID))
        let context = try PlanningSnapshot(connection: connection, centreID: centre.id, week: week, extraPeople: people)
        let replaced = context.weekShifts.filter { replace && $0.centreID == centre.id && $0.activity.isWork }
        let others = context.weekShifts.filter { shift in !replaced.contains { $0.id == shift.id } }
        let absences = others.filter(\.activity.isAbsence)
        let applied = pattern.apply(to: week) { entry, day in
            if entry.activity.isAbsence { return "absence (\(entry.activity.label.lowercased())) non recopiée" }
            guard context.people[entry.personID]?.isAssigned(to: centre.id, on: day) == true else {
                return "n'est plus affecté·e au centre ce jour-là"
            }
            if let absence = absences.first(where: { $0.personID == entry.personID && $0.day == day }) {
                return "absent·e (\(absence.activity.label.lowercased()))"
            }
            return nil
        }
        let name = { (personID: Int) in context.people[personID]?.name ?? "n°\(personID)" }
        var skipped = applied.skipped.map {
            "\(name($0.entry.personID)), \(ScheduleFrench.date($0.day)) : \($0.reason)"
        }
        var edit = PlanningEdit(reason: reason)
        edit.removals = replaced.map(\.id)
        for shift in applied.shifts {
            if let clash = others.first(where: {
                $0.personID == shift.personID
                    && $0.interval.intersection(with: shift.interval).map { $0.duration > 0 } == true
            }) {
                let centreName = context.centres[clash.centreID]?.name ?? "un autre centre"
                skipped.append(
                    "\(name(shift.personID)), \(ScheduleFrench.date(shift.day)) : déjà planifié·e \(ScheduleFrench.period(clash.interval)) (\(centreName))"
                )
                continue
            }
            edit.add(shift)
        }
        return CopyOutcome(edit: try PlanningEditor(connection: connection).apply(edit), skipped: skipped)
    }

    /// Saves the centre's shifts of `week` as a template named `name`, replacing one of that name.
    public func saveTemplate(centre: CentreReference, week: ISOWeek, name: String) throws -> Int {
        let shifts = try connection.query(
            """
            SELECT id, person_id, centre_id, starts_at, ends_at, activity, place FROM shifts
            WHERE centre_id = \(centre.id) AND week = \(week.description) AND activity NOT IN ('conge', 'maladie')
            """
        ).map(PlanningSnapshot.shift)
        guard !shifts.isEmpty else {
            throw StoreError.refused(
                "la semaine \(week) de \(centre.name) n'a aucun service à enregistrer comme modèle")
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return try connection.transaction {
            try connection.execute(
                "DELETE FROM planning_templates WHERE centre_id = \(centre.id) AND lower(name) = lower(\(trimmed))")
            let id = try connection.query(
                "INSERT INTO planning_templates (centre_id, name) VALUES (\(centre.id), \(trimmed)) RETURNING id"
            ).single(Int.self)
            for entry in WeekPattern(shifts: shifts).entries {
                try connection.execute(
                    """
                    INSERT INTO template_shifts (template_id, person_id, weekday, starts, ends, activity, place)
                    VALUES (\(id), \(entry.personID), \(Int16(entry.weekday.rawValue)), \(entry.start), \(entry.end == TimeOfDay(hour: 24, minute: 0)! ? TimeOfDay(hour: 0, minute: 0)! : entry.end),
                            \(entry.activity)::activity, \(entry.place))
                    """)
            }
            return shifts.count
        }
    }

    /// The centre's templates: name and number of shifts.
    public func templates(centreID: Int) throws -> [(name: String, shifts: Int)] {
        try connection.query(
            """
            SELECT t.name, count(s.*)::int FROM planning_templates t LEFT JOIN template_shifts s ON s.template_id = t.id
            WHERE t.centre_id = \(centreID) GROUP BY t.id, t.name ORDER BY lower(t.name)
            """
        ).map { try $0.decode((String, Int).self) }
    }

    private func pattern(centre: CentreReference, source: CopySource) throws -> WeekPattern {
        switch source {
        case .week(let week):
            return WeekPattern(
                shifts: try connection.query(
                    """
                    SELECT id, person_id, centre_id, starts_at, ends_at, activity, place FROM shifts
                    WHERE centre_id = \(centre.id) AND week = \(week.description)
                    """
                ).map(PlanningSnapshot.shift))
        case .template(let name):
            let rows = try connection.query(
                """
                SELECT s.person_id, s.weekday, s.starts, s.ends, s.activity, s.place
                FROM planning_templates t JOIN template_shifts s ON s.template_id = t.id
                WHERE t.centre_id = \(centre.id) AND lower(t.name) = lower(\(name))
                ORDER BY s.weekday, s.starts
                """)
            guard !rows.isEmpty else {
                let known = try templates(centreID: centre.id).map(\.name).joined(separator: ", ")
                throw StoreError.notFound(
                    "« \(name) » n'est ni une semaine (AAAA-Wss) ni un modèle du centre \(centre.name) (modèles : \(known.isEmpty ? "aucun" : known))"
                )
            }
            return WeekPattern(
                entries: try rows.map { row in
                    let (person, weekday, start, end, activity, place) = try row.decode(
                        (Int, Int16, TimeOfDay, TimeOfDay, Activity, String?).self)
                    return WeekPattern.Entry(
                        personID: person, centreID: centre.id, weekday: Weekday(rawValue: Int(weekday)) ?? .lundi,
                        start: start, end: end, activity: activity, place: place)
                })
        }
    }
}
