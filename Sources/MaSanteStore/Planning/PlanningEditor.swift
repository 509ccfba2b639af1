import Foundation
public import MaSante
public import PQ

/// Writes shifts and publishes weeks, one transaction per call.
///
/// Every write first locks the rows of the weeks it touches (`planning_weeks … FOR UPDATE`), so two
/// managers editing the same week run one after the other and the second checks the first's
/// shifts: no lost update. A published week changes only with a reason, which the database
/// records with the before and after of each shift; the exclusion constraint keeps one person
/// out of two places even when two centres plan them at the same instant.
public struct PlanningEditor {
    public let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Applies every change or none. Lines with problems are reported together (`ImportRejected`).
    public func apply(_ edit: PlanningEdit) throws -> EditOutcome {
        try connection.transaction { try applyInTransaction(edit) }
    }

    private func applyInTransaction(_ edit: PlanningEdit) throws -> EditOutcome {
            let weeks = try touchedWeeks(edit)
            let states = try WeekLock(connection: connection).lock(weeks.sorted(), reason: edit.reason)
            let published = states.filter { $0.value.status == .publiee }.map(\.key)
            let before = try blockingMessages(edit.force ? [] : published)
            try ShiftChecks(connection: connection).verify(edit)
            for id in edit.removals { try connection.execute("DELETE FROM shifts WHERE id = \(id)") }
            for (line, shift) in edit.additions { try insert(shift, line: line) }
            var outcome = EditOutcome(added: edit.additions.count, removed: edit.removals.count)
            for key in weeks.sorted() {
                let version = try connection.query("""
                    UPDATE planning_weeks SET version = version + 1, updated_at = now()
                    WHERE centre_id = \(key.centreID) AND week = \(key.week.description) RETURNING version
                    """).single(Int.self)
                let snapshot = try PlanningSnapshot(connection: connection, centreID: key.centreID, week: key.week)
                let findings = snapshot.findings()
                if let old = before[key] {
                    let new = findings.filter { $0.severity == .bloquant && !old.contains($0.message) }
                    if !new.isEmpty {
                        throw BlockingFindings(summary: "La semaine \(key.week) de \(snapshot.centres[key.centreID]?.name ?? "") est publiée et ce changement y ajoute \(new.count) constat(s) bloquant(s) : rien n'a été enregistré (--forcer pour l'enregistrer quand même).", findings: new)
                    }
                }
                outcome.weeks.append(EditedWeek(centreID: key.centreID, centreName: snapshot.centres[key.centreID]?.name ?? "",
                                                week: key.week, status: states[key]?.status ?? .brouillon, version: version, findings: findings))
            }
            return outcome
    }

    /// Publishes a centre's week: refused while a blocking finding stands.
    public func publish(centreID: Int, week: ISOWeek) throws -> EditedWeek {
        try connection.transaction { try publishInTransaction(centreID: centreID, week: week) }
    }

    private func publishInTransaction(centreID: Int, week: ISOWeek) throws -> EditedWeek {
            let key = WeekKey(centreID: centreID, week: week)
            let state = try WeekLock(connection: connection).lock([key], reason: nil)[key]
            let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
            let name = snapshot.centres[centreID]?.name ?? ""
            if state?.status == .publiee { throw StoreError.refused("la semaine \(week) de \(name) est déjà publiée") }
            let findings = snapshot.findings()
            let blocking = findings.filter { $0.severity == .bloquant }
            if !blocking.isEmpty {
                throw BlockingFindings(summary: "Publication refusée : la semaine \(week) de \(name) a \(blocking.count) constat(s) bloquant(s). Rien n'a changé.", findings: blocking)
            }
            let version = try connection.query("""
                UPDATE planning_weeks SET status = 'publiee', published_at = now(), published_by = current_user,
                       version = version + 1, updated_at = now()
                WHERE centre_id = \(centreID) AND week = \(week.description) RETURNING version
                """).single(Int.self)
            return EditedWeek(centreID: centreID, centreName: name, week: week, status: .publiee, version: version, findings: findings)
    }

    private func touchedWeeks(_ edit: PlanningEdit) throws -> Set<WeekKey> {
        var weeks = Set(edit.additions.map { WeekKey(centreID: $0.shift.centreID, week: ISOWeek(containing: $0.shift.start)) })
        for id in edit.removals {
            let rows = try connection.query("SELECT centre_id, starts_at FROM shifts WHERE id = \(id)")
            guard let row = rows.first else { throw StoreError.notFound("aucun service n°\(id.uuidString.lowercased()) (déjà supprimé ?)") }
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

    private func insert(_ shift: Shift, line: Int) throws {
        do {
            try connection.execute("""
                INSERT INTO shifts (id, person_id, centre_id, starts_at, ends_at, activity, place)
                VALUES (\(shift.id), \(shift.personID), \(shift.centreID), \(shift.start), \(shift.end), \(shift.activity)::activity, \(shift.place))
                """)
        } catch let error as PQError where error.sqlState == .exclusionViolation {
            throw ImportRejected(issues: [ImportIssue(line: line, message: "conflit : cette personne vient d'être planifiée ailleurs sur ce créneau par un autre utilisateur (\(ScheduleFrench.period(shift.interval))) ; rien n'a été enregistré, relancez après avoir vérifié")], total: 1)
        }
    }
}
