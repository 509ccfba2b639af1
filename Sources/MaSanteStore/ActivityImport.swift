public import MaSante
import MaSantePostgres
package import PQ

/// Loads monthly activity aggregates (the `activite` CSV format), all or nothing; a month
/// already recorded for a centre is replaced by the file's figures.
public struct ActivityImporter {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    @discardableResult
    public func run(_ reader: CSVReader) throws -> ImportSummary {
        let today = CalendarDate.today()
        let file = try CollectedRecords(
            reader, required: ActivityRecord.requiredColumns, optional: ActivityRecord.optionalColumns,
            parse: { line, columns in
                let parsed = ActivityRecord.parse(line, columns: columns, today: today)
                return (parsed.record, parsed.issues, [])
            },
            duplicate: { record in
                let month = record.month.description.prefix(7)
                return (
                    "\(FrenchText.key(record.centre))|\(month)", "mois",
                    { "\(record.centre), mois \(month) déjà donné ligne \($0)" }
                )
            })
        guard file.issues.isEmpty else { throw file.issues.rejection() }
        return try run(records: file.records)
    }

    @discardableResult
    public func run(records: [(line: Int, record: ActivityRecord)]) throws -> ImportSummary {
        try connection.transaction {
            try connection.runScript(
                """
                DROP TABLE IF EXISTS pg_temp.import_activity;
                CREATE TEMP TABLE import_activity (
                    line bigint PRIMARY KEY, centre text, month date, scheduled bigint, unscheduled bigint,
                    home bigint, ehpad bigint, patients bigint, centre_id bigint, opened_on date,
                    is_new boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false
                ) ON COMMIT DROP;
                """)
            try connection.copyIn(
                table: "import_activity",
                columns: [
                    "line", "centre", "month", "scheduled", "unscheduled", "home", "ehpad", "patients",
                ]
            ) { copy in
                for (line, r) in records {
                    try copy.writeRow(
                        line, r.centre, r.month, r.scheduledConsultations, r.unscheduledConsultations,
                        r.homeVisits, r.ehpadVisits, r.newReferringPatients)
                }
            }
            try connection.runScript(
                """
                UPDATE import_activity s SET centre_id = c.id, opened_on = c.opened_on FROM centres c WHERE lower(c.name) = lower(s.centre);
                """)
            var issues = IssueCollector()
            let checks: [(column: String, sql: Query)] = [
                (
                    "centre",
                    """
                    SELECT line, format('centre inconnu « %s » (centres connus : %s)', centre,
                           coalesce((SELECT string_agg(name, ', ' ORDER BY name) FROM (SELECT name FROM centres ORDER BY name LIMIT 15) n)
                                    || CASE WHEN (SELECT count(*) FROM centres) > 15 THEN ', …' ELSE '' END, 'aucun'))
                    FROM import_activity WHERE centre_id IS NULL
                    """
                ),
                (
                    "mois",
                    """
                    SELECT line, CASE WHEN opened_on IS NULL THEN format('le centre « %s » n''est pas ouvert : pas d''activité à enregistrer', centre)
                                      ELSE format('le centre « %s » a ouvert le %s : pas d''activité en %s', centre,
                                                  to_char(opened_on, 'DD/MM/YYYY'), to_char(month, 'MM/YYYY')) END
                    FROM import_activity
                    WHERE centre_id IS NOT NULL AND (opened_on IS NULL OR month < date_trunc('month', opened_on))
                    """
                ),
            ]
            for check in checks {
                for row in try connection.query(check.sql) {
                    let (line, message) = try row.decode((Int, String).self)
                    issues.add(ImportIssue(line: line, column: check.column, message: message))
                }
            }
            guard issues.isEmpty else { throw issues.rejection() }
            try connection.runScript(
                """
                UPDATE import_activity s SET is_new = NOT EXISTS (
                    SELECT 1 FROM monthly_activity m WHERE m.centre_id = s.centre_id AND m.month = s.month);
                UPDATE import_activity s SET changed = true FROM monthly_activity m
                WHERE m.centre_id = s.centre_id AND m.month = s.month
                  AND (m.scheduled_consultations, m.unscheduled_consultations, m.home_visits, m.ehpad_visits, m.new_referring_patients)
                      IS DISTINCT FROM (s.scheduled, s.unscheduled, s.home, s.ehpad, s.patients);
                INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                                              home_visits, ehpad_visits, new_referring_patients)
                SELECT centre_id, month, scheduled, unscheduled, home, ehpad, patients FROM import_activity WHERE is_new OR changed
                ON CONFLICT (centre_id, month) DO UPDATE SET
                    scheduled_consultations = EXCLUDED.scheduled_consultations,
                    unscheduled_consultations = EXCLUDED.unscheduled_consultations,
                    home_visits = EXCLUDED.home_visits, ehpad_visits = EXCLUDED.ehpad_visits,
                    new_referring_patients = EXCLUDED.new_referring_patients,
                    recorded_at = now(), recorded_by = current_user;
                """)
            let row = try connection.query(
                """
                SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE changed), count(*) FILTER (WHERE NOT (is_new OR changed))
                FROM import_activity
                """)[0]
            var summary = ImportSummary()
            summary.lines = records.count
            (summary.created, summary.updated, summary.unchanged) = try row.decode((Int, Int, Int).self)
            return summary
        }
    }
}
