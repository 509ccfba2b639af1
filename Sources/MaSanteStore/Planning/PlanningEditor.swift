import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Writes shifts and publishes weeks, one transaction per call.
///
/// Every write first locks the rows of the weeks it touches (`planning_weeks … FOR UPDATE`), so two
/// managers editing the same week run one after the other and the second checks the first's
/// shifts: no lost update. A published week changes only with a reason, which the database
/// records with the before and after of each shift; the exclusion constraint keeps one person
/// out of two places even when two centres plan them at the same instant.
public struct PlanningEditor {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Two writers racing for one person in two centres may deadlock in the exclusion check: the
    /// loser runs again, and then meets the winner's shift as an ordinary, explained overlap.
    static let retry = RetryPolicy(maxAttempts: 4)

    /// Applies every change or none. Lines with problems are reported together (`ImportRejected`).
    public func apply(_ edit: PlanningEdit) throws -> EditOutcome {
        try connection.transaction(retry: Self.retry) { try applyInTransaction(edit) }
    }

    private func applyInTransaction(_ request: PlanningEdit) throws -> EditOutcome {
        let weeks = try touchedWeeks(request).sorted()
        let states = try WeekLock(connection: connection).lock(weeks, reason: request.reason)
        let edit = try withReplacedShifts(request)
        let published: [WeekKey] = edit.force ? [] : weeks.filter { states[$0]?.status == .publiee }
        let before = try blockingMessages(published)
        try ShiftChecks(connection: connection).verify(edit)
        let moved = edit.movedIDs
        for id in edit.removals where !moved.contains(id) {
            try connection.execute("DELETE FROM shifts WHERE id = \(id)")
        }
        for addition in edit.additions {
            try write(addition.shift, line: addition.line, updating: moved.contains(addition.shift.id))
        }
        var outcome = EditOutcome(
            added: edit.additions.count - moved.count, removed: edit.removals.count - moved.count, moved: moved.count)
        for key in weeks {
            let status: WeekStatus = states[key]?.status ?? .brouillon
            outcome.weeks.append(try edited(key, status: status, blockingBefore: before[key]))
        }
        return outcome
    }

    /// The edit with the shifts of the weeks it replaces among its removals.
    private func withReplacedShifts(_ request: PlanningEdit) throws -> PlanningEdit {
        var removals = Set(request.removals)
        for replaced in request.replacing {
            let rows = try connection.query(
                "SELECT id FROM shifts WHERE centre_id = \(replaced.centreID) AND week = \(replaced.week.description)")
            for row in rows { removals.insert(try row.decode(UUID.self, column: 0)) }
        }
        var edit = request
        edit.removals = Array(removals)
        return edit
    }

    /// A week after the edit: its version bumped, its findings; refused when it is published and
    /// the edit brought blocking findings it did not have (`blockingBefore`).
    private func edited(_ key: WeekKey, status: WeekStatus, blockingBefore: Set<String>?) throws -> EditedWeek {
        let version = try connection.query(
            """
            UPDATE planning_weeks SET version = version + 1, updated_at = now()
            WHERE centre_id = \(key.centreID) AND week = \(key.week.description) RETURNING version
            """
        ).single(Int.self)
        let snapshot = try PlanningSnapshot(connection: connection, centreID: key.centreID, week: key.week)
        let name: String = snapshot.centres[key.centreID]?.name ?? ""
        let findings = snapshot.findings()
        if let old = blockingBefore {
            let new = findings.filter { $0.severity == .bloquant && !old.contains($0.message) }
            if !new.isEmpty {
                let summary =
                    "La semaine \(key.week) de \(name) est publiée et ce changement y ajoute \(new.count) constat(s) bloquant(s) : rien n'a été enregistré (--forcer pour l'enregistrer quand même)."
                throw BlockingFindings(summary: summary, findings: new)
            }
        }
        return EditedWeek(
            centreID: key.centreID, centreName: name, week: key.week, status: status, version: version,
            findings: findings)
    }

    /// Publishes a centre's week: refused while a blocking finding stands.
    public func publish(centreID: Int, week: ISOWeek) throws -> EditedWeek {
        try connection.transaction(retry: Self.retry) { try publishInTransaction(centreID: centreID, week: week) }
    }

    private func publishInTransaction(centreID: Int, week: ISOWeek) throws -> EditedWeek {
        let key = WeekKey(centreID: centreID, week: week)
        let state = try WeekLock(connection: connection).lock([key], reason: nil, refusingPublished: false)[key]
        let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
        let name: String = snapshot.centres[centreID]?.name ?? ""
        if state?.status == .publiee { throw StoreError.refused("la semaine \(week) de \(name) est déjà publiée") }
        let findings = snapshot.findings()
        let blocking = findings.filter { $0.severity == .bloquant }
        if !blocking.isEmpty {
            let summary =
                "Publication refusée : la semaine \(week) de \(name) a \(blocking.count) constat(s) bloquant(s). Rien n'a changé."
            throw BlockingFindings(summary: summary, findings: blocking)
        }
        let version = try connection.query(
            """
            UPDATE planning_weeks SET status = 'publiee', published_at = now(), published_by = current_user,
                   version = version + 1, updated_at = now()
            WHERE centre_id = \(centreID) AND week = \(week.description) RETURNING version
            """
        ).single(Int.self)
        return EditedWeek(
            centreID: centreID, centreName: name, week: week, status: .publiee, version: version, findings: findings)
    }

    private func touchedWeeks(_ edit: PlanningEdit) throws -> Set<WeekKey> {
        var weeks = Set(
            edit.additions.map { WeekKey(centreID: $0.shift.centreID, week: ISOWeek(containing: $0.shift.start)) })
        weeks.formUnion(edit.replacing.map { WeekKey(centreID: $0.centreID, week: $0.week) })
        for id in edit.removals {
            let rows = try connection.query("SELECT centre_id, starts_at FROM shifts WHERE id = \(id)")
            guard let row = rows.first else {
                throw StoreError.notFound("aucun service n°\(id.uuidString.lowercased()) (déjà supprimé ?)")
            }
            let (centre, start) = try row.decode((Int, Date).self)
            weeks.insert(WeekKey(centreID: centre, week: ISOWeek(containing: start)))
        }
        return weeks
    }

    /// The blocking findings already standing in published weeks, by message: a change may keep them, not add to them.
    private func blockingMessages(_ weeks: [WeekKey]) throws -> [WeekKey: Set<String>] {
        var messages: [WeekKey: Set<String>] = [:]
        for key in weeks {
            let snapshot = try PlanningSnapshot(connection: connection, centreID: key.centreID, week: key.week)
            messages[key] = Set(snapshot.findings().filter { $0.severity == .bloquant }.map(\.message))
        }
        return messages
    }

    /// Inserts a shift, or, `updating`, rewrites the one with its id (a move: its calendar
    /// sequence grows so that agendas take the new times).
    private func write(_ shift: Shift, line: Int, updating: Bool) throws {
        let result: Result<Int, PQError> = Result { () throws(PQError) -> Int in
            if updating {
                return try connection.execute(
                    """
                    UPDATE shifts SET person_id = \(shift.personID), centre_id = \(shift.centreID), starts_at = \(shift.start),
                           ends_at = \(shift.end), activity = \(shift.activity)::activity, place = \(shift.place),
                           sequence = sequence + 1, updated_at = now()
                    WHERE id = \(shift.id)
                    """)
            }
            return try connection.execute(
                """
                INSERT INTO shifts (id, person_id, centre_id, starts_at, ends_at, activity, place)
                VALUES (\(shift.id), \(shift.personID), \(shift.centreID), \(shift.start), \(shift.end), \(shift.activity)::activity, \(shift.place))
                """)
        }
        guard case .failure(let error) = result else { return }
        guard error.sqlState == .exclusionViolation else { throw error }
        let period = ScheduleFrench.period(shift.interval)
        let message =
            "conflit : cette personne vient d'être planifiée ailleurs sur ce créneau par un autre utilisateur (\(period)) ; rien n'a été enregistré, relancez après avoir vérifié"
        throw ImportRejected(issues: [ImportIssue(line: line, message: message)], total: 1)
    }
}
