public import MaSante
import MaSantePostgres
package import PQ

/// A centre's weekly needs (`centre_needs`), and everything a proposal for one of its weeks
/// starts from.
public struct CentreNeedsStore {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The needs recorded for the centre, or, when none are, those derived from its opening
    /// hours and the professions of the staff assigned there today
    /// (``CoverNeed/defaults(for:staff:)``); `recorded` tells which.
    public func needs(centreID: Int) throws -> (needs: [CoverNeed], recorded: Bool) {
        let hours = try CentreSettingsStore(connection: connection).contexts(for: [centreID], days: [])[centreID]?
            .openingHours
        let staff = try connection.query(
            """
            SELECT p.profession FROM people p JOIN assignments a ON a.person_id = p.id
            WHERE a.centre_id = \(centreID) AND a.starts_on <= current_date AND (a.ends_on IS NULL OR a.ends_on >= current_date)
            """
        ).map { try $0.decode(Profession.self) }
        return try needs(centreID: centreID, hours: hours ?? OpeningHours(), staff: staff)
    }

    /// ``needs(centreID:)`` for a centre whose opening hours and staff are already loaded.
    func needs(centreID: Int, hours: OpeningHours, staff: [Profession]) throws -> (needs: [CoverNeed], recorded: Bool) {
        let stored = try connection.query(
            """
            SELECT weekday::int8, starts, ends, activity, staff_kind, place, minimum::int8, target::int8
            FROM centre_needs WHERE centre_id = \(centreID) ORDER BY weekday, starts, id
            """
        ).map { row in
            let (weekday, start, end, activity, kind, place, minimum, target) =
                try row.decode((Int, TimeOfDay, TimeOfDay, Activity, String, String?, Int, Int).self)
            return CoverNeed(
                weekday: Weekday(rawValue: weekday) ?? .lundi, start: start, end: end, activity: activity,
                staff: StaffKind(rawValue: kind) ?? .soignant, place: place, minimum: minimum, target: target)
        }
        return stored.isEmpty ? (CoverNeed.defaults(for: hours, staff: staff), false) : (stored, true)
    }

    /// Replaces the centre's needs with `needs`, all or nothing.
    public func replace(centreID: Int, with needs: [CoverNeed]) throws {
        try connection.transaction {
            try connection.execute("DELETE FROM centre_needs WHERE centre_id = \(centreID)")
            for need in needs {
                try connection.execute(
                    """
                    INSERT INTO centre_needs (centre_id, weekday, starts, ends, activity, staff_kind, place, minimum, target)
                    VALUES (\(centreID), \(need.weekday.rawValue), \(need.start), \(need.end), \(need.activity),
                            \(need.staff.rawValue), \(need.place), \(need.minimum), \(need.target))
                    """)
            }
        }
    }

    /// Replaces the centre's needs with those of a file (`jour;debut;fin;activite;personnel;lieu;minimum;cible`),
    /// all or nothing: every bad line is reported with its number and column. Returns how many.
    @discardableResult
    public func importFile(centreID: Int, _ reader: CSVReader) throws -> Int {
        let collected = try CollectedRecords(
            reader, required: CoverNeedRecord.requiredColumns, optional: CoverNeedRecord.optionalColumns,
            parse: { line, columns in
                let parsed = CoverNeedRecord.parse(line, columns: columns)
                return (parsed.need, parsed.issues, [])
            },
            duplicate: { need in
                (
                    key: "\(need.weekday)|\(need.start)|\(need.end)|\(need.activity)|\(need.staff)|\(need.place ?? "")",
                    column: "debut",
                    message: {
                        "ligne en double : même jour, mêmes heures, même activité et même personnel qu'à la ligne \($0)"
                    }
                )
            })
        if !collected.issues.isEmpty { throw collected.issues.rejection() }
        try replace(centreID: centreID, with: collected.records.map(\.record))
        return collected.records.count
    }

    /// The needs, people, shifts, history and centres of a proposal for `week`.
    public func request(centreID: Int, week: ISOWeek) throws -> PlanningRequest {
        let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
        guard let centre = snapshot.centres[centreID] else { throw StoreError.notFound("centre n°\(centreID) inconnu") }
        let staff = snapshot.people.values.filter { person in
            person.assignments.contains {
                $0.centreID == centreID && $0.start <= week.monday.adding(days: 6)
                    && ($0.end.map { $0 >= week.monday } ?? true)
            }
        }.map(\.profession)
        let needs = try needs(centreID: centreID, hours: centre.openingHours, staff: staff).needs
        let ids = Array(snapshot.people.keys)
        let preferences = try connection.query(
            """
            SELECT person_id, weekday::int8, starts, ends, kind FROM staff_preferences
            WHERE person_id = ANY(\(ids)) ORDER BY person_id, weekday, starts
            """
        ).map { row in
            let (person, weekday, start, end, kind) = try row.decode((Int, Int, TimeOfDay, TimeOfDay, String).self)
            return StaffPreference(
                personID: person, weekday: Weekday(rawValue: weekday) ?? .lundi, start: start, end: end,
                kind: StaffPreference.Kind(rawValue: kind) ?? .souhaite)
        }
        return PlanningRequest(
            week: week, centre: centre, needs: needs, people: Array(snapshot.people.values),
            existing: snapshot.weekShifts, history: snapshot.history, centres: Array(snapshot.centres.values),
            preferences: preferences)
    }
}
