public import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// A centre as planning commands name it.
public struct CentreReference: Sendable, Hashable {
    public var id: Int
    public var name: String
}

/// A shift with what a calendar or a listing shows beside it.
public struct DescribedShift: Sendable {
    public var shift: Shift
    public var personName: String
    public var centreName: String
    public var status: WeekStatus
    public var sequence: Int
    public var updatedAt: Date
}

extension ChangedShift {
    /// Reads the columns `<prefix>_person`, `_start`, `_end`, `_activity`, `_place`; nil when the start is NULL.
    init?(_ row: Row, prefix: String) throws {
        guard let start = try row.decode(Date?.self, named: "\(prefix)_start") else { return nil }
        self.init(
            personName: try row.decode(String.self, named: "\(prefix)_person"), start: start,
            end: try row.decode(Date.self, named: "\(prefix)_end"),
            activity: try row.decode(Activity.self, named: "\(prefix)_activity"),
            place: try row.decode(String?.self, named: "\(prefix)_place"))
    }
}

/// Reading the planning: a centre's week, the shifts of a person or a centre over a period,
/// the history of a published week.
public struct PlanningQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The centre a person names: its whole name or a part only it has, without regard to case
    /// or accents (``CentreNameMatch``), among the centres this login may see.
    public func centre(named name: String) throws -> CentreReference {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let centres = try connection.query("SELECT id, name FROM centres ORDER BY lower(name)").map {
            let (id, name) = try $0.decode((Int, String).self)
            return CentreReference(id: id, name: name)
        }
        switch CentreNameMatch(typed: trimmed, among: centres.map(\.name)) {
        case .found(let name):
            if let centre = centres.first(where: { $0.name == name }) { return centre }
        case .ambiguous(let names):
            throw StoreError.ambiguous(
                "« \(trimmed) » désigne plusieurs centres : \(names.joined(separator: ", ")) ; précisez le nom")
        case .unknown:
            break
        }
        let known = centres.map(\.name).joined(separator: ", ")
        throw StoreError.notFound("centre inconnu « \(trimmed) » (centres connus : \(known.isEmpty ? "aucun" : known))")
    }

    /// The centres the login runs (`centre_managers`), by name; none for a login that runs none
    /// or may not read that table.
    public func managedCentres() throws -> [CentreReference] {
        guard try connection.query("SELECT has_table_privilege('public.centre_managers', 'SELECT')").single(Bool.self)
        else { return [] }
        return try connection.query(
            """
            SELECT c.id, c.name FROM public.centre_managers m JOIN public.centres c ON c.id = m.centre_id
            WHERE m.login = current_user ORDER BY lower(c.name)
            """
        ).map {
            let (id, name) = try $0.decode((Int, String).self)
            return CentreReference(id: id, name: name)
        }
    }

    /// Whether the login may plan every centre: it may write shifts and is not a centre manager
    /// (whose rows are only their centres'): the administrator and HR.
    public func mayPlanEveryCentre() throws -> Bool {
        try connection.query(
            """
            SELECT pg_catalog.has_table_privilege('public.shifts', 'INSERT') AND NOT EXISTS (
                SELECT 1 FROM pg_catalog.pg_auth_members m
                JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                JOIN pg_catalog.pg_roles u ON u.oid = m.member
                WHERE u.rolname = current_user AND g.rolname = 'masante_responsable')
            """
        ).single(Bool.self)
    }

    /// The open centres the login sees, by name.
    public func openCentres() throws -> [CentreReference] {
        try connection.query("SELECT id, name FROM centres WHERE status = 'ouvert' ORDER BY lower(name)").map {
            let (id, name) = try $0.decode((Int, String).self)
            return CentreReference(id: id, name: name)
        }
    }

    /// The week of a centre with the checker's findings; a week never touched is an empty draft.
    public func view(centreID: Int, week: ISOWeek) throws -> WeekView {
        var state: (WeekStatus, Int) = (.brouillon, 0)
        for row in try connection.query(
            "SELECT status, version FROM planning_weeks WHERE centre_id = \(centreID) AND week = \(week.description)")
        {
            state = try row.decode((WeekStatus, Int).self)
        }
        return try PlanningSnapshot(connection: connection, centreID: centreID, week: week).view(
            status: state.0, version: state.1)
    }

    /// The shifts of one person (every centre) or of one centre, starting in `period`, in order;
    /// drafts included only when asked.
    public func shifts(
        personID: Int? = nil, centreID: Int? = nil, in period: DateInterval,
        includeDrafts: Bool
    ) throws -> [DescribedShift] {
        try connection.query(
            """
            SELECT s.id, s.person_id, s.centre_id, s.starts_at, s.ends_at, s.activity, s.place,
                   p.first_name || ' ' || p.last_name, c.name, w.status, s.sequence, s.updated_at
            FROM shifts s JOIN people p ON p.id = s.person_id JOIN centres c ON c.id = s.centre_id
            JOIN planning_weeks w ON w.centre_id = s.centre_id AND w.week = s.week
            WHERE (\(personID)::bigint IS NULL OR s.person_id = \(personID)::bigint)
              AND (\(centreID)::bigint IS NULL OR s.centre_id = \(centreID)::bigint)
              AND s.starts_at >= \(period.start) AND s.starts_at < \(period.end)
              AND (\(includeDrafts) OR w.status = 'publiee')
            ORDER BY s.starts_at, p.last_name, p.first_name, s.id
            """
        ).map(Self.described)
    }

    /// One shift by its id, nil when there is none (or it is another centre's, for a manager).
    public func shift(id: UUID) throws -> DescribedShift? {
        try connection.query(
            """
            SELECT s.id, s.person_id, s.centre_id, s.starts_at, s.ends_at, s.activity, s.place,
                   p.first_name || ' ' || p.last_name, c.name, w.status, s.sequence, s.updated_at
            FROM shifts s JOIN people p ON p.id = s.person_id JOIN centres c ON c.id = s.centre_id
            JOIN planning_weeks w ON w.centre_id = s.centre_id AND w.week = s.week
            WHERE s.id = \(id)
            """
        ).map(Self.described).first
    }

    private static func described(_ row: Row) throws -> DescribedShift {
        DescribedShift(
            shift: try PlanningSnapshot.shift(row), personName: try row.decode(String.self, column: 7),
            centreName: try row.decode(String.self, column: 8), status: try row.decode(WeekStatus.self, column: 9),
            sequence: try row.decode(Int.self, column: 10), updatedAt: try row.decode(Date.self, column: 11))
    }

    /// The ids of a person's shifts in a centre starting on `day` (at `start` only, when given).
    public func shiftIDs(centreID: Int, personID: Int, day: CalendarDate, start: TimeOfDay? = nil) throws -> [UUID] {
        try connection.query(
            """
            SELECT id FROM shifts
            WHERE centre_id = \(centreID) AND person_id = \(personID)
              AND (starts_at AT TIME ZONE 'Europe/Paris')::date = \(day)
              AND (\(start)::time IS NULL OR (starts_at AT TIME ZONE 'Europe/Paris')::time = \(start)::time)
            ORDER BY starts_at
            """
        ).map { try $0.decode(UUID.self, column: 0) }
    }

    /// What changed in a week since it was published, oldest first; a shift moved out of the
    /// week to another one is among them (its change is recorded in the week it went to).
    public func changes(centreID: Int, week: ISOWeek) throws -> [PlanningChange] {
        try connection.query(
            """
            SELECT ch.changed_at, ch.changed_by, ch.operation, ch.reason,
                   coalesce(bp.first_name || ' ' || bp.last_name, 'personne n°' || (ch.before->>'person_id')) AS before_person,
                   (ch.before->>'starts_at')::timestamptz AS before_start, (ch.before->>'ends_at')::timestamptz AS before_end,
                   (ch.before->>'activity')::activity AS before_activity, ch.before->>'place' AS before_place,
                   coalesce(ap.first_name || ' ' || ap.last_name, 'personne n°' || (ch.after->>'person_id')) AS after_person,
                   (ch.after->>'starts_at')::timestamptz AS after_start, (ch.after->>'ends_at')::timestamptz AS after_end,
                   (ch.after->>'activity')::activity AS after_activity, ch.after->>'place' AS after_place
            FROM planning_changes ch
            LEFT JOIN people bp ON bp.id = (ch.before->>'person_id')::bigint
            LEFT JOIN people ap ON ap.id = (ch.after->>'person_id')::bigint
            WHERE ch.centre_id = \(centreID) AND (ch.week = \(week.description) OR ch.before->>'week' = \(week.description))
            ORDER BY ch.changed_at, ch.id
            """
        ).map { row in
            PlanningChange(
                at: try row.decode(Date.self, named: "changed_at"),
                by: try row.decode(String.self, named: "changed_by"),
                operation: try row.decode(String.self, named: "operation"),
                reason: try row.decode(String?.self, named: "reason"),
                before: try ChangedShift(row, prefix: "before"), after: try ChangedShift(row, prefix: "after"))
        }
    }
}
