import Foundation
import MaSante
import PQ

/// Everything the schedule checker needs about one centre's week, read in one go: the people
/// assigned or planned there, their contracts (cut at their amendments) and assignments, all their shifts from the
/// averaging period before the week to the week after (in every centre), and the centres they
/// work in with opening hours, closures and rule settings.
struct PlanningSnapshot {
    var week: ISOWeek
    var centreID: Int
    var people: [Int: PersonContext] = [:]
    var references: [Int: String] = [:]
    var centres: [Int: CentreContext] = [:]
    /// Shifts starting in the week, every centre.
    var weekShifts: [Shift] = []
    /// Shifts of the weeks around it.
    var history: [Shift] = []

    /// How many weeks before the checked one are read for the averaging rule, at most.
    static let historyWeeks = 52

    init(connection: Connection, centreID: Int, week: ISOWeek, extraPeople: Set<Int> = []) throws {
        self.week = week
        self.centreID = centreID
        let monday = week.monday, sunday = week.monday.adding(days: 6), code = week.description
        let extra = Array(extraPeople)
        for row in try connection.query(
            """
            SELECT p.id, p.last_name, p.first_name, p.profession, p.rpps FROM people p
            WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.person_id = p.id AND a.centre_id = \(centreID)
                          AND a.starts_on <= \(sunday) AND (a.ends_on IS NULL OR a.ends_on >= \(monday)))
               OR EXISTS (SELECT 1 FROM shifts s WHERE s.person_id = p.id AND s.centre_id = \(centreID) AND s.week = \(code))
               OR p.id = ANY(\(extra))
            """)
        {
            let (id, last, first, profession, rpps) = try row.decode((Int, String, String, Profession, String?).self)
            people[id] = PersonContext(
                personID: id, name: "\(first) \(last)", profession: profession, contracts: [], assignments: [])
            references[id] = rpps ?? "\(last) \(first)"
        }
        let ids = Array(people.keys)
        for row in try connection.query(
            """
            SELECT person_id, kind, starts_on, ends_on, weekly_hours::float8 FROM contract_periods
            WHERE person_id = ANY(\(ids)) ORDER BY starts_on
            """)
        {
            let (person, kind, start, end, hours) = try row.decode(
                (Int, ContractType, CalendarDate, CalendarDate?, Double).self)
            people[person]?.contracts.append(try Contract(type: kind, start: start, end: end, weeklyHours: hours))
        }
        var centreIDs: Set<Int> = [centreID]
        for row in try connection.query(
            """
            SELECT person_id, centre_id, starts_on, ends_on, share::float8 FROM assignments
            WHERE person_id = ANY(\(ids)) ORDER BY starts_on
            """)
        {
            let (person, centre, start, end, share) = try row.decode(
                (Int, Int, CalendarDate, CalendarDate?, Double).self)
            people[person]?.assignments.append(
                CentreAssignment(centreID: centre, start: start, end: end, share: share))
            if start <= sunday && end.map({ $0 >= monday }) ?? true { centreIDs.insert(centre) }
        }
        for row in try connection.query(
            """
            SELECT person_id, kind, starts_on, ends_on FROM long_absences
            WHERE person_id = ANY(\(ids)) AND starts_on <= \(week.next.monday.adding(days: 6))
              AND (ends_on IS NULL OR ends_on >= \(monday.adding(days: -1)))
            """)
        {
            let (person, kind, start, end) = try row.decode((Int, LongAbsenceKind, CalendarDate, CalendarDate?).self)
            people[person]?.longAbsences.append(LongAbsence(kind: kind, start: start, end: end))
        }
        let from = week.adding(weeks: -Self.historyWeeks).start, to = week.next.end
        for row in try connection.query(
            """
            SELECT id, person_id, centre_id, starts_at, ends_at, activity, place FROM shifts
            WHERE person_id = ANY(\(ids))
              AND starts_at >= \(from) AND starts_at < \(to)
            UNION ALL
            \(unsafeRaw: Self.unseenShifts)
            WHERE person_id = ANY(\(ids))
              AND starts_at >= \(from) AND starts_at < \(to)
            ORDER BY starts_at
            """)
        {
            let shift = try Self.shift(row)
            if week.interval.contains(shift.start) && shift.start < week.end {
                weekShifts.append(shift)
                centreIDs.insert(shift.centreID)
            } else {
                history.append(shift)
            }
        }
        centres = try CentreSettingsStore(connection: connection).contexts(for: centreIDs, days: week.days)
    }

    /// A manager's staff's time in centres they do not run (`staff_time_elsewhere`; empty for
    /// other roles, who read `shifts` whole), as shifts of ``Shift/unseenCentreID``.
    /// Constant text (no value of the caller's), so it is spliced, not bound.
    static let unseenShifts = """
        SELECT id, person_id, \(Shift.unseenCentreID)::int8 AS centre_id, starts_at, ends_at,
               CASE WHEN counts_as_work THEN 'administratif' ELSE 'conge' END::activity, NULL::text
        FROM staff_time_elsewhere
        """

    /// A shift as stored: the first seven columns are id, person, centre, start, end, activity, place.
    static func shift(_ row: Row) throws -> Shift {
        try Shift(
            id: row.decode(UUID.self, column: 0), personID: row.decode(Int.self, column: 1),
            centreID: row.decode(Int.self, column: 2),
            start: row.decode(Date.self, column: 3), end: row.decode(Date.self, column: 4),
            activity: row.decode(Activity.self, column: 5), place: row.decode(String?.self, column: 6))
    }

    /// The checker's findings about this centre's week: its people's own findings, wherever the
    /// fault lies, and the centre's coverage findings (other centres' coverage is theirs to read).
    func findings() -> [Finding] {
        let all = ScheduleChecker.check(
            week: week, shifts: weekShifts, history: history,
            people: Array(people.values), centres: Array(centres.values))
        return all.filter { finding in
            finding.personIDs.isEmpty ? finding.centreID == centreID : finding.personIDs.contains { people[$0] != nil }
        }
    }

    /// The week as managers read it: people in profession order then by name.
    func view(status: WeekStatus, version: Int) -> WeekView {
        let centre = centres[centreID]
        let rows = people.values.map { person in
            let mine = weekShifts.filter { $0.personID == person.personID }
            let elsewhere = mine.filter { $0.centreID != centreID && $0.activity.isWork }.reduce(0) { $0 + $1.duration }
            return WeekViewRow(
                personID: person.personID, name: person.name, reference: references[person.personID] ?? person.name,
                profession: person.profession, contractHours: person.contract(on: week.monday)?.weeklyHours,
                shifts: mine.filter { $0.centreID == centreID }, hoursElsewhere: elsewhere,
                hours: WeekHours(shifts: mine, person: person, week: week))
        }.sorted { lhs, rhs in
            let left = Profession.allCases.firstIndex(of: lhs.profession) ?? 0,
                right = Profession.allCases.firstIndex(of: rhs.profession) ?? 0
            return (left, lhs.name.lowercased(), lhs.personID) < (right, rhs.name.lowercased(), rhs.personID)
        }
        return WeekView(
            centreID: centreID, centreName: centre?.name ?? "", week: week, status: status, version: version,
            openingHours: centre?.openingHours ?? OpeningHours(), rows: rows, findings: findings())
    }
}
