public import MaSante
public import PQ

/// A centre's weekly needs (`centre_needs`), and everything a proposal for one of its weeks
/// starts from.
public struct CentreNeedsStore {
    public let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The needs recorded for the centre, or, when none are, those derived from its opening
    /// hours (``CoverNeed/defaults(for:)``); `recorded` tells which.
    public func needs(centreID: Int, hours: OpeningHours) throws -> (needs: [CoverNeed], recorded: Bool) {
        let stored = try connection.query("""
            SELECT weekday::int8, starts, ends, activity, staff_kind, place, minimum::int8, target::int8
            FROM centre_needs WHERE centre_id = \(centreID) ORDER BY weekday, starts, id
            """).map { row in
            let (weekday, start, end, activity, kind, place, minimum, target) =
                try row.decode((Int, TimeOfDay, TimeOfDay, Activity, String, String?, Int, Int).self)
            return CoverNeed(weekday: Weekday(rawValue: weekday) ?? .lundi, start: start, end: end, activity: activity,
                             staff: StaffKind(rawValue: kind) ?? .soignant, place: place, minimum: minimum, target: target)
        }
        return stored.isEmpty ? (CoverNeed.defaults(for: hours), false) : (stored, true)
    }

    /// Replaces the centre's needs with `needs`, all or nothing.
    public func replace(centreID: Int, with needs: [CoverNeed]) throws {
        try connection.transaction {
            try connection.execute("DELETE FROM centre_needs WHERE centre_id = \(centreID)")
            for need in needs {
                try connection.execute("""
                    INSERT INTO centre_needs (centre_id, weekday, starts, ends, activity, staff_kind, place, minimum, target)
                    VALUES (\(centreID), \(need.weekday.rawValue), \(need.start), \(need.end), \(need.activity),
                            \(need.staff.rawValue), \(need.place), \(need.minimum), \(need.target))
                    """)
            }
        }
    }

    /// The needs, people, shifts, history and centres of a proposal for `week`.
    public func request(centreID: Int, week: ISOWeek) throws -> PlanningRequest {
        let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
        guard let centre = snapshot.centres[centreID] else { throw StoreError.notFound("centre n°\(centreID) inconnu") }
        let needs = try needs(centreID: centreID, hours: centre.openingHours).needs
        return PlanningRequest(week: week, centre: centre, needs: needs, people: Array(snapshot.people.values),
                               existing: snapshot.weekShifts, history: snapshot.history, centres: Array(snapshot.centres.values))
    }
}
