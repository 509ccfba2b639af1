import Foundation
public import MaSante
public import PQ

/// Computes the Region's progress report in SQL aggregates, as the registry stood on a date.
///
/// Only what happened on or before that date counts: hires dated later, contracts starting
/// later, centres opened later and months of activity not yet finished are left out.
public struct ProgressQueries {
    public let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// The goal and deadline stored in `settings`.
    public func goal() throws -> (target: Int, deadline: CalendarDate) {
        let row = try connection.query("""
            SELECT (value->>'cible')::int8, (value->>'echeance')::date FROM settings WHERE key = 'objectif_recrutement'
            """).first
        guard let row else { return (200, CalendarDate(year: 2028, month: 3, day: 31)!) }
        return try row.decode((Int, CalendarDate).self)
    }

    /// Changes the goal and its deadline.
    public func setGoal(target: Int, deadline: CalendarDate) throws {
        try connection.execute("""
            INSERT INTO settings (key, value) VALUES ('objectif_recrutement', jsonb_build_object('cible', \(target), 'echeance', \(deadline)::text))
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = current_user
            """)
    }

    /// The report as of `date`.
    public func report(asOf date: CalendarDate) throws -> ProgressReport {
        try connection.transaction(isolation: .repeatableRead) {
            let (target, deadline) = try goal()
            let totals = try connection.query("""
                SELECT count(*) FILTER (WHERE counts_toward_goal),
                       count(*) FILTER (WHERE counts_toward_goal AND hired_on > \(date) - interval '12 months')
                FROM hires WHERE hired_on <= \(date)
                """)[0]
            let (hired, lastYear) = try totals.decode((Int, Int).self)
            let post = try connection.query("""
                SELECT count(DISTINCT c.person_id), coalesce(sum(c.fte), 0)::float8
                FROM contracts c JOIN people p ON p.id = c.person_id
                WHERE profession_counts_toward_goal(p.profession)
                  AND c.starts_on <= \(date) AND (c.ends_on IS NULL OR c.ends_on >= \(date))
                """)[0]
            let (inPost, fte) = try post.decode((Int, Double).self)
            return ProgressReport(
                asOf: date, goal: target, deadline: deadline, hired: hired, inPost: inPost, fte: fte,
                hiredByProfession: try counts("""
                    SELECT profession::text, count(*) FROM hires WHERE hired_on <= \(date) AND counts_toward_goal GROUP BY 1
                    """),
                hiredOutsideGoal: try counts("""
                    SELECT profession::text, count(*) FROM hires WHERE hired_on <= \(date) AND NOT counts_toward_goal GROUP BY 1
                    """),
                hiredByDepartement: try counts("""
                    SELECT coalesce(ce.departement, 'inconnu'), count(*)
                    FROM hires h
                    LEFT JOIN LATERAL (SELECT centre_id FROM assignments a WHERE a.person_id = h.person_id
                                       ORDER BY a.starts_on, a.id LIMIT 1) first ON true
                    LEFT JOIN centres ce ON ce.id = first.centre_id
                    WHERE h.hired_on <= \(date) AND h.counts_toward_goal GROUP BY 1
                    """),
                byCentre: try centres(asOf: date),
                byMonth: try months(asOf: date),
                centresOpen: try connection.query("""
                    SELECT count(*) FROM centres WHERE opened_on <= \(date) AND (closed_on IS NULL OR closed_on > \(date))
                    """).single(Int.self),
                openingsByYear: try counts("""
                    SELECT extract(year FROM opened_on)::int8::text, count(*) FROM centres WHERE opened_on <= \(date) GROUP BY 1
                    """),
                activity: try activity(asOf: date),
                projection: Projection.compute(hired: hired, hiredInLast12Months: lastYear, goal: target, asOf: date, deadline: deadline))
        }
    }

    private func counts(_ query: Query) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for row in try connection.query(query) {
            let (key, count) = try row.decode((String, Int).self)
            result[key] = count
        }
        return result
    }

    private func centres(asOf date: CalendarDate) throws -> [CentreFigures] {
        try connection.query("""
            WITH first_centre AS (
                SELECT h.person_id, (SELECT centre_id FROM assignments a WHERE a.person_id = h.person_id
                                     ORDER BY a.starts_on, a.id LIMIT 1) AS centre_id
                FROM hires h WHERE h.hired_on <= \(date) AND h.counts_toward_goal),
            present AS (
                SELECT a.centre_id, count(DISTINCT a.person_id) AS people, sum(c.fte * a.share)::float8 AS fte
                FROM assignments a JOIN contracts c ON c.id = a.contract_id JOIN people p ON p.id = a.person_id
                WHERE profession_counts_toward_goal(p.profession)
                  AND a.starts_on <= \(date) AND (a.ends_on IS NULL OR a.ends_on >= \(date))
                  AND c.starts_on <= \(date) AND (c.ends_on IS NULL OR c.ends_on >= \(date))
                GROUP BY a.centre_id)
            SELECT ce.name, ce.departement, CASE WHEN ce.opened_on <= \(date) THEN ce.opened_on END,
                   (SELECT count(*) FROM first_centre f WHERE f.centre_id = ce.id),
                   coalesce(pr.people, 0), coalesce(pr.fte, 0)
            FROM centres ce LEFT JOIN present pr ON pr.centre_id = ce.id
            WHERE ce.opened_on <= \(date) OR EXISTS (SELECT 1 FROM first_centre f WHERE f.centre_id = ce.id)
            ORDER BY ce.opened_on NULLS LAST, ce.name
            """).map { row in
            let (name, departement, opened, hired, inPost, fte) = try row.decode((String, String, CalendarDate?, Int, Int, Double).self)
            return CentreFigures(name: name, departement: departement, openedOn: opened, hired: hired, inPost: inPost, fte: fte)
        }
    }

    private func months(asOf date: CalendarDate) throws -> [MonthFigures] {
        try connection.query("""
            WITH span AS (
                SELECT generate_series(date_trunc('month', min(hired_on)), date_trunc('month', \(date)::date), interval '1 month')::date AS month
                FROM hires WHERE hired_on <= \(date) AND counts_toward_goal),
            monthly AS (
                SELECT s.month, count(h.person_id) AS hired
                FROM span s LEFT JOIN hires h ON h.counts_toward_goal AND h.hired_on <= \(date)
                     AND date_trunc('month', h.hired_on) = s.month
                GROUP BY s.month)
            SELECT to_char(month, 'YYYY-MM'), hired, sum(hired) OVER (ORDER BY month)::int8 FROM monthly ORDER BY month
            """).map { row in
            let (month, hired, cumulative) = try row.decode((String, Int, Int).self)
            return MonthFigures(month: month, hired: hired, cumulative: cumulative)
        }
    }

    private func activity(asOf date: CalendarDate) throws -> ActivityTotals {
        let row = try connection.query("""
            SELECT coalesce(sum(scheduled_consultations), 0)::int8, coalesce(sum(unscheduled_consultations), 0)::int8,
                   coalesce(sum(home_visits), 0)::int8, coalesce(sum(ehpad_visits), 0)::int8,
                   coalesce(sum(new_referring_patients), 0)::int8
            FROM monthly_activity WHERE (month + interval '1 month' - interval '1 day')::date <= \(date)
            """)[0]
        let (scheduled, unscheduled, home, ehpad, patients) = try row.decode((Int, Int, Int, Int, Int).self)
        return ActivityTotals(scheduledConsultations: scheduled, unscheduledConsultations: unscheduled,
                              homeVisits: home, ehpadVisits: ehpad, newReferringPatients: patients)
    }
}
