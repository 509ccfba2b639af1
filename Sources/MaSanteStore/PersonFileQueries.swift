import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Searches people and reads one person's page, under the caller's role: row-level security
/// shows a manager the staff of their centres only, and the Region may not read people at all.
public struct PersonFileQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// People matching `filter` on `date`, by name, at most `limit`.
    public func search(_ filter: PeopleFilter, on date: CalendarDate, limit: Int = 500) throws -> [PersonSummary] {
        let text = filter.text?.trimmingCharacters(in: .whitespaces)
        let rows = try connection.query(
            """
            SELECT p.id, p.last_name, p.first_name, p.profession, p.rpps, st.stage,
                   coalesce((SELECT array_agg(DISTINCT ce.name ORDER BY ce.name)
                             FROM assignments a JOIN centres ce ON ce.id = a.centre_id
                             WHERE a.person_id = p.id AND (a.ends_on IS NULL OR a.ends_on >= \(date))), '{}'),
                   c.ends_on
            FROM people p
            LEFT JOIN LATERAL (SELECT ends_on FROM contracts WHERE person_id = p.id
                               ORDER BY (starts_on <= \(date) AND (ends_on IS NULL OR ends_on >= \(date))) DESC, starts_on DESC
                               LIMIT 1) c ON true
            LEFT JOIN LATERAL (SELECT stage FROM recruitment_events e WHERE e.person_id = p.id
                               ORDER BY cycle DESC, stage DESC LIMIT 1) st ON true
            WHERE (\(text)::text IS NULL OR \(text)::text = ''
                   OR strpos(lower(p.last_name || ' ' || p.first_name), lower(\(text)::text)) > 0
                   OR strpos(lower(p.first_name || ' ' || p.last_name), lower(\(text)::text)) > 0
                   OR starts_with(p.rpps, \(text)::text))
              AND (\(filter.centreID)::bigint IS NULL OR EXISTS (
                    SELECT 1 FROM assignments a WHERE a.person_id = p.id AND a.centre_id = \(filter.centreID)::bigint
                      AND (a.ends_on IS NULL OR a.ends_on >= \(date))))
              AND (\(filter.profession)::profession IS NULL OR p.profession = \(filter.profession)::profession)
              AND (\(filter.stage)::recruitment_stage IS NULL OR st.stage = \(filter.stage)::recruitment_stage)
              AND (\(filter.contractEndingBefore)::date IS NULL
                   OR (c.ends_on >= \(date) AND c.ends_on < \(filter.contractEndingBefore)::date))
            ORDER BY lower(p.last_name), lower(p.first_name), p.id
            LIMIT \(limit)
            """)
        return try rows.map { row in
            let (id, last, first, profession, rpps, stage, centres, end) =
                try row.decode(
                    (Int, String, String, Profession, String?, RecruitmentStage?, [String], CalendarDate?).self)
            return PersonSummary(
                id: id, lastName: last, firstName: first, profession: profession, rpps: rpps, stage: stage,
                centres: centres, contractEnd: end)
        }
    }

    /// The page of `person` (found with ``PeopleQueries/find(_:)`` under the same role).
    public func file(of person: PersonReference) throws -> PersonFile {
        guard let identity = try connection.query("SELECT specialty, rpps FROM people WHERE id = \(person.id)").first
        else {
            throw StoreError.notFound("aucune personne ne correspond à « n°\(person.id) »")
        }
        let (specialty, rpps) = try identity.decode((String?, String?).self)
        let contracts = try connection.query(
            """
            SELECT id, kind, starts_on, ends_on, weekly_hours::float8 FROM contracts WHERE person_id = \(person.id) ORDER BY starts_on
            """
        ).map { row in
            let (id, kind, start, end, hours) = try row.decode(
                (Int, ContractType, CalendarDate, CalendarDate?, Double).self)
            return PersonFile.ContractLine(id: id, kind: kind, start: start, end: end, weeklyHours: hours)
        }
        let assignments = try connection.query(
            """
            SELECT a.id, a.contract_id, ce.name, a.starts_on, a.ends_on, a.share::float8
            FROM assignments a JOIN centres ce ON ce.id = a.centre_id
            WHERE a.person_id = \(person.id) ORDER BY a.starts_on, ce.name
            """
        ).map { row in
            let (id, contract, centre, start, end, share) = try row.decode(
                (Int, Int, String, CalendarDate, CalendarDate?, Double).self)
            return PersonFile.AssignmentLine(
                id: id, contractID: contract, centre: centre, start: start, end: end, share: share)
        }
        let stages = try Recruitment(connection: connection).history(of: person).map {
            PersonFile.StageLine(stage: $0.stage, date: $0.on, note: $0.note)
        }
        return PersonFile(
            person: person, specialty: specialty, rpps: rpps, contracts: contracts, assignments: assignments,
            stages: stages, history: try history(of: person))
    }

    /// The audit entries of the person's rows, or nil when the role may not read them.
    private func history(of person: PersonReference) throws -> [AuditEntry]? {
        guard try connection.query("SELECT has_table_privilege('public.person_audit', 'SELECT')").single(Bool.self)
        else {
            return nil
        }
        return try connection.query(
            """
            SELECT id, changed_at, login, acting_role, table_name, operation, row_key::text, before::text, after::text
            FROM person_audit WHERE person_id = \(person.id) ORDER BY id
            """
        ).map(AuditEntry.init(row:))
    }
}
