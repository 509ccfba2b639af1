public import Foundation
public import MaSante
public import PQ

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

/// One recorded change of a published week: who, when, why, before and after.
public struct PlanningChange: Sendable {
    public var at: Date
    public var by: String
    public var operation: String
    public var reason: String?
    public var before: String?
    public var after: String?
}

/// Reading the planning: a centre's week, the shifts of a person or a centre over a period,
/// the history of a published week.
public struct PlanningQueries {
    public let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The centre with that name (any case), or an error listing the known ones.
    public func centre(named name: String) throws -> CentreReference {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let row = try connection.query("SELECT id, name FROM centres WHERE lower(name) = lower(\(trimmed))").first {
            let (id, name) = try row.decode((Int, String).self)
            return CentreReference(id: id, name: name)
        }
        let known = try CentreQueries(connection: connection).names().joined(separator: ", ")
        throw StoreError.notFound("centre inconnu « \(trimmed) » (centres connus : \(known.isEmpty ? "aucun" : known))")
    }

    /// The week of a centre with the checker's findings; a week never touched is an empty draft.
    public func view(centreID: Int, week: ISOWeek) throws -> WeekView {
        var state: (WeekStatus, Int) = (.brouillon, 0)
        for row in try connection.query("SELECT status, version FROM planning_weeks WHERE centre_id = \(centreID) AND week = \(week.description)") {
            state = try row.decode((WeekStatus, Int).self)
        }
        return try PlanningSnapshot(connection: connection, centreID: centreID, week: week).view(status: state.0, version: state.1)
    }

    /// The shifts of one person (every centre) or of one centre, starting in `period`, in order;
    /// drafts included only when asked.
    public func shifts(personID: Int? = nil, centreID: Int? = nil, in period: DateInterval,
                       includeDrafts: Bool) throws -> [DescribedShift] {
        try connection.query("""
            SELECT s.id, s.person_id, s.centre_id, s.starts_at, s.ends_at, s.activity, s.place,
                   p.first_name || ' ' || p.last_name, c.name, w.status, s.sequence, s.updated_at
            FROM shifts s JOIN people p ON p.id = s.person_id JOIN centres c ON c.id = s.centre_id
            JOIN planning_weeks w ON w.centre_id = s.centre_id AND w.week = s.week
            WHERE (\(personID)::bigint IS NULL OR s.person_id = \(personID)::bigint)
              AND (\(centreID)::bigint IS NULL OR s.centre_id = \(centreID)::bigint)
              AND s.starts_at >= \(period.start) AND s.starts_at < \(period.end)
              AND (\(includeDrafts) OR w.status = 'publiee')
            ORDER BY s.starts_at, p.last_name, p.first_name, s.id
            """).map { row in
            DescribedShift(shift: try PlanningSnapshot.shift(row), personName: try row.decode(String.self, column: 7),
                           centreName: try row.decode(String.self, column: 8), status: try row.decode(WeekStatus.self, column: 9),
                           sequence: try row.decode(Int.self, column: 10), updatedAt: try row.decode(Date.self, column: 11))
        }
    }

    /// The ids of a person's shifts in a centre starting on `day` (at `start` only, when given).
    public func shiftIDs(centreID: Int, personID: Int, day: CalendarDate, start: TimeOfDay? = nil) throws -> [UUID] {
        try connection.query("""
            SELECT id FROM shifts
            WHERE centre_id = \(centreID) AND person_id = \(personID)
              AND (starts_at AT TIME ZONE 'Europe/Paris')::date = \(day)
              AND (\(start)::time IS NULL OR (starts_at AT TIME ZONE 'Europe/Paris')::time = \(start)::time)
            ORDER BY starts_at
            """).map { try $0.decode(UUID.self, column: 0) }
    }

    /// What changed in a week since it was published, oldest first.
    public func changes(centreID: Int, week: ISOWeek) throws -> [PlanningChange] {
        try connection.query("""
            SELECT changed_at, changed_by, operation, reason, before::text, after::text FROM planning_changes
            WHERE centre_id = \(centreID) AND week = \(week.description) ORDER BY changed_at, id
            """).map { row in
            let (at, by, operation, reason, before, after) = try row.decode((Date, String, String, String?, String?, String?).self)
            return PlanningChange(at: at, by: by, operation: operation, reason: reason, before: before, after: after)
        }
    }
}
