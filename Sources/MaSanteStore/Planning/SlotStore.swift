public import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// A centre's slot rules, the week's shifts cut into slots, and the memory of the slots already
/// given to agendas (`exported_slots`).
public struct SlotStore {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The centre's rules, the standard ones where it chose none.
    public func settings(centreID: Int) throws -> SlotSettings {
        let rules = try connection.query(
            """
            SELECT activity, slot_minutes, end_margin_minutes FROM centre_slot_rules
            WHERE centre_id = \(centreID)
            """
        ).map { row in
            let (activity, minutes, margin) = try row.decode((Activity, Int, Int).self)
            return try SlotRule(activity: activity, length: minutes, endMargin: margin)
        }
        return SlotSettings(rules)
    }

    /// Records the rule of one activity for the centre.
    public func set(_ rule: SlotRule, centreID: Int) throws {
        try connection.execute(
            """
            INSERT INTO centre_slot_rules (centre_id, activity, slot_minutes, end_margin_minutes)
            VALUES (\(centreID), \(rule.activity.rawValue)::activity, \(rule.length), \(rule.endMargin))
            ON CONFLICT (centre_id, activity)
            DO UPDATE SET slot_minutes = EXCLUDED.slot_minutes, end_margin_minutes = EXCLUDED.end_margin_minutes
            """)
    }

    /// Puts the standard rule of `activity` back for the centre.
    public func reset(_ activity: Activity, centreID: Int) throws {
        try connection.execute(
            "DELETE FROM centre_slot_rules WHERE centre_id = \(centreID) AND activity = \(activity.rawValue)::activity")
    }

    /// The status of the centre's week; nil when nobody ever planned it.
    public func status(centreID: Int, week: ISOWeek) throws -> WeekStatus? {
        try connection.query(
            "SELECT status FROM planning_weeks WHERE centre_id = \(centreID) AND week = \(week.description)"
        ).map { try $0.decode(WeekStatus.self, column: 0) }.first
    }

    /// The week's free slots, with the centre and the practitioners they name.
    public func cut(centreID: Int, week: ISOWeek, isDraft: Bool, at now: Date) throws -> WeekSlots {
        let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
        let centre = snapshot.centres[centreID] ?? CentreContext(centreID: centreID, name: "", openingHours: .init())
        let longAbsences = snapshot.people.mapValues(\.longAbsences)
        let slots = SlotCutter(centre: centre, settings: try settings(centreID: centreID))
            .slots(shifts: snapshot.weekShifts, longAbsences: longAbsences)
        return WeekSlots(
            centre: try describedCentre(centreID), week: week, isDraft: isDraft,
            practitioners: try practitioners(Array(Set(slots.map(\.personID)))), slots: slots, exportedAt: now)
    }

    /// The slots of the week given to agendas before, by start.
    public func exported(centreID: Int, week: ISOWeek) throws -> [BookableSlot] {
        try connection.query(
            """
            SELECT person_id, activity, starts_at, ends_at FROM exported_slots
            WHERE centre_id = \(centreID) AND week = \(week.description) ORDER BY starts_at, person_id
            """
        ).map { row in
            let (person, activity, start, end) = try row.decode((Int, Activity, Date, Date).self)
            return BookableSlot(centreID: centreID, personID: person, activity: activity, start: start, end: end)
        }
    }

    /// Remembers the week's slots as given to agendas: the free ones (offered again if they had
    /// been withdrawn), and the withdrawal of the others, dated once.
    public func record(_ slots: [BookableSlot], centreID: Int, week: ISOWeek) throws {
        let free = slots.filter { $0.status == .free }
        try connection.execute(
            """
            UPDATE exported_slots SET withdrawn_at = now()
            WHERE centre_id = \(centreID) AND week = \(week.description) AND withdrawn_at IS NULL
              AND slot_id <> ALL(\(free.map(\.id))::uuid[])
            """)
        guard !free.isEmpty else { return }
        try connection.execute(
            """
            INSERT INTO exported_slots (slot_id, centre_id, week, person_id, activity, starts_at, ends_at)
            SELECT u.id, \(centreID), \(week.description), u.person, u.activity::activity,
                   to_timestamp(u.starts), to_timestamp(u.ends)
            FROM unnest(\(free.map(\.id))::uuid[], \(free.map(\.personID))::int8[],
                        \(free.map(\.activity.rawValue))::text[],
                        \(free.map { Int64($0.start.timeIntervalSince1970) })::int8[],
                        \(free.map { Int64($0.end.timeIntervalSince1970) })::int8[])
                 AS u(id, person, activity, starts, ends)
            ON CONFLICT (slot_id) DO UPDATE SET withdrawn_at = NULL WHERE exported_slots.withdrawn_at IS NOT NULL
            """)
    }

    private func describedCentre(_ centreID: Int) throws -> WeekSlots.Centre {
        let rows = try connection.query("SELECT name, commune, finess FROM centres WHERE id = \(centreID)").map {
            try $0.decode((String, String, String?).self)
        }
        guard let (name, commune, finess) = rows.first else { throw StoreError.notFound("centre inconnu") }
        return WeekSlots.Centre(id: centreID, name: name, commune: commune, finess: finess)
    }

    /// The practitioners among `ids` with the slots of earlier exports: called again when withdrawn
    /// slots name people no longer in the week.
    public func practitioners(_ ids: [Int]) throws -> [WeekSlots.Practitioner] {
        try connection.query(
            """
            SELECT id, first_name, last_name, profession, rpps FROM people
            WHERE id = ANY(\(ids)) ORDER BY lower(last_name), lower(first_name), id
            """
        ).map { row in
            let (id, first, last, profession, rpps) = try row.decode((Int, String, String, Profession, String?).self)
            return WeekSlots.Practitioner(
                personID: id, firstName: first, lastName: last, profession: profession, rpps: rpps)
        }
    }
}
