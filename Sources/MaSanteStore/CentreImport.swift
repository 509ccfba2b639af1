public import MaSante
import MaSantePostgres
package import PQ

/// Loads centres with their opening hours (the `centres` CSV format), all or nothing.
///
/// A centre is found again by its name (case-insensitive), so importing the same file twice
/// changes nothing; a status may only move forward along the centre's lifecycle.
public struct CentreImporter {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Imports a whole file.
    @discardableResult
    public func run(_ reader: CSVReader) throws -> ImportSummary {
        let file = try CollectedRecords(
            reader, required: CentreRecord.requiredColumns, optional: CentreRecord.optionalColumns,
            parse: { CentreRecord.parse($0, columns: $1) },
            duplicate: { record in
                (
                    FrenchText.key(record.name), "nom",
                    { "centre « \(record.name) » en double dans le fichier (déjà ligne \($0))" }
                )
            })
        // A file without the day columns (or the partner column) leaves what is recorded alone.
        let hasHours = Weekday.allCases.contains { file.columns.contains($0.label) }
        var summary = try run(
            records: file.records, keepingHours: !hasHours,
            keepingPartner: !file.columns.contains("partenaire"), issues: file.issues)
        summary.warnings = file.warnings
        return summary
    }

    /// Imports records built elsewhere (e.g. by `centres ajouter`); with `keepingHours` or
    /// `keepingPartner`, the recorded opening hours or partner are kept whatever the records say.
    @discardableResult
    public func run(
        records: [(line: Int, record: CentreRecord)], keepingHours: Bool = false, keepingPartner: Bool = false
    ) throws -> ImportSummary {
        try run(records: records, keepingHours: keepingHours, keepingPartner: keepingPartner, issues: IssueCollector())
    }

    private func run(
        records: [(line: Int, record: CentreRecord)], keepingHours: Bool, keepingPartner: Bool,
        issues fileIssues: IssueCollector
    ) throws -> ImportSummary {
        try connection.transaction {
            var issues = fileIssues
            let existing = try currentStatuses()
            for (line, record) in records {
                if let current = existing[record.name.lowercased()], current != record.status,
                    !current.canMove(to: record.status)
                {
                    issues.add(
                        ImportIssue(
                            line: line, column: "statut",
                            message:
                                "le centre « \(record.name) » est « \(current.label) » : il ne peut pas passer à « \(record.status.label) »"
                        ))
                }
            }
            guard issues.isEmpty else { throw issues.rejection() }
            try stage(records, keepingHours: keepingHours, keepingPartner: keepingPartner)
            try refuseUnknownCommunes()
            var summary = try merge()
            summary.lines = records.count
            return summary
        }
    }

    private func currentStatuses() throws -> [String: CentreStatus] {
        var statuses: [String: CentreStatus] = [:]
        for row in try connection.query("SELECT lower(name), status FROM centres") {
            let (name, status) = try row.decode((String, CentreStatus).self)
            statuses[name] = status
        }
        return statuses
    }

    private func stage(_ records: [(line: Int, record: CentreRecord)], keepingHours: Bool, keepingPartner: Bool) throws
    {
        try connection.runScript(
            """
            DROP TABLE IF EXISTS pg_temp.import_centres;
            CREATE TEMP TABLE import_centres (
                line bigint PRIMARY KEY, name text, commune text, insee_code text, departement text,
                status centre_status, opened_on date, partner text, keep_hours boolean, keep_partner boolean,
                centre_id bigint, is_new boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false
            ) ON COMMIT DROP;
            DROP TABLE IF EXISTS pg_temp.import_hours;
            CREATE TEMP TABLE import_hours (line bigint, weekday smallint, opens_at time, closes_at time) ON COMMIT DROP;
            """)
        try connection.copyIn(
            table: "import_centres",
            columns: [
                "line", "name", "commune", "insee_code", "departement", "status", "opened_on", "partner", "keep_hours",
                "keep_partner",
            ]
        ) { copy in
            for (line, r) in records {
                try copy.writeRow(
                    line, r.name, r.commune, r.insee.code, r.departement.code, r.status, r.openedOn, r.partner,
                    keepingHours, keepingPartner)
            }
        }
        try connection.copyIn(table: "import_hours", columns: ["line", "weekday", "opens_at", "closes_at"]) { copy in
            for (line, r) in records {
                for day in Weekday.allCases {
                    for range in r.hours.ranges(on: day) {
                        try copy.writeRow(line, Int16(day.rawValue), range.start, range.end)
                    }
                }
            }
        }
    }

    /// Once the communes are loaded (`territoires importer`), a centre names one of them.
    private func refuseUnknownCommunes() throws {
        var issues = IssueCollector()
        for row in try connection.query(
            """
            SELECT line, format('commune inconnue : aucune commune n''a le code INSEE %s (masante territoires liste)', insee_code)
            FROM import_centres s
            WHERE EXISTS (SELECT 1 FROM communes) AND NOT EXISTS (SELECT 1 FROM communes c WHERE c.insee_code = s.insee_code)
            """)
        {
            let (line, message) = try row.decode((Int, String).self)
            issues.add(ImportIssue(line: line, column: "code_insee", message: message))
        }
        guard issues.isEmpty else { throw issues.rejection() }
    }

    private func merge() throws -> ImportSummary {
        try connection.runScript(
            """
            UPDATE import_centres s SET centre_id = c.id FROM centres c WHERE lower(c.name) = lower(s.name);
            UPDATE import_centres SET centre_id = nextval(pg_get_serial_sequence('centres', 'id')), is_new = true
             WHERE centre_id IS NULL;

            INSERT INTO collectivites (name)
            SELECT DISTINCT partner FROM import_centres s
            WHERE partner IS NOT NULL AND NOT keep_partner AND NOT EXISTS (SELECT 1 FROM collectivites k WHERE k.name = s.partner);

            INSERT INTO centres (id, name, commune, insee_code, departement, status, opened_on, closed_on, partner_id)
            OVERRIDING SYSTEM VALUE
            SELECT s.centre_id, s.name, s.commune, s.insee_code, s.departement, s.status, s.opened_on,
                   CASE WHEN s.status = 'ferme' THEN current_date END, k.id
            FROM import_centres s LEFT JOIN collectivites k ON k.name = s.partner
            WHERE s.is_new;

            WITH changed AS (
                UPDATE centres c SET name = s.name, commune = s.commune, insee_code = s.insee_code,
                       departement = s.departement, status = s.status, opened_on = s.opened_on,
                       closed_on = CASE WHEN s.status = 'ferme' THEN coalesce(c.closed_on, current_date) END,
                       partner_id = CASE WHEN s.keep_partner THEN c.partner_id ELSE k.id END, updated_at = now()
                FROM import_centres s LEFT JOIN collectivites k ON k.name = s.partner
                WHERE s.centre_id = c.id AND NOT s.is_new
                  AND (c.name, c.commune, c.insee_code, c.departement, c.status, c.opened_on, c.partner_id)
                      IS DISTINCT FROM (s.name, s.commune, s.insee_code, s.departement, s.status, s.opened_on,
                                        CASE WHEN s.keep_partner THEN c.partner_id ELSE k.id END)
                RETURNING c.id)
            UPDATE import_centres SET changed = true WHERE centre_id IN (SELECT id FROM changed);

            -- Opening hours: replaced as a whole for each centre whose week differs.
            DROP TABLE IF EXISTS pg_temp.import_wanted_hours;
            CREATE TEMP TABLE import_wanted_hours ON COMMIT DROP AS
            SELECT s.centre_id, h.weekday, h.opens_at, h.closes_at
            FROM import_centres s JOIN import_hours h USING (line);
            DROP TABLE IF EXISTS pg_temp.import_hours_differ;
            CREATE TEMP TABLE import_hours_differ ON COMMIT DROP AS
            SELECT s.centre_id FROM import_centres s
            WHERE NOT s.keep_hours AND (EXISTS (SELECT weekday, opens_at, closes_at FROM import_wanted_hours w WHERE w.centre_id = s.centre_id
                          EXCEPT SELECT weekday, opens_at, closes_at FROM opening_hours o WHERE o.centre_id = s.centre_id)
               OR EXISTS (SELECT weekday, opens_at, closes_at FROM opening_hours o WHERE o.centre_id = s.centre_id
                          EXCEPT SELECT weekday, opens_at, closes_at FROM import_wanted_hours w WHERE w.centre_id = s.centre_id));
            DELETE FROM opening_hours WHERE centre_id IN (SELECT centre_id FROM import_hours_differ);
            INSERT INTO opening_hours (centre_id, weekday, opens_at, closes_at)
            SELECT centre_id, weekday, opens_at, closes_at FROM import_wanted_hours
            WHERE centre_id IN (SELECT centre_id FROM import_hours_differ);
            UPDATE import_centres SET changed = true
            WHERE NOT is_new AND centre_id IN (SELECT centre_id FROM import_hours_differ);

            INSERT INTO centre_status_events (centre_id, status, effective_on)
            SELECT centre_id, status, CASE status WHEN 'ouvert' THEN opened_on ELSE current_date END
            FROM import_centres s
            WHERE NOT EXISTS (SELECT 1 FROM centre_status_events e WHERE e.centre_id = s.centre_id AND e.status = s.status);
            """)
        let row = try connection.query(
            """
            SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE changed AND NOT is_new),
                   count(*) FILTER (WHERE NOT (changed OR is_new))
            FROM import_centres
            """)[0]
        var summary = ImportSummary()
        (summary.created, summary.updated, summary.unchanged) = try row.decode((Int, Int, Int).self)
        return summary
    }
}
