public import MaSante
import MaSantePostgres
package import PQ

/// Loads a territories file (the communes list with the mountain flag, the ARS zoning list, or
/// both in one file), all or nothing.
///
/// A commune is found again by its INSEE code, a zoning period by its commune and first day, so
/// importing the same file twice changes nothing, and a later file can close a period (give its
/// `fin`) and open the next. A period that would overlap another of the same commune, or a code
/// no commune has, refuses the file with its line and column.
public struct TerritoryImporter {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    @discardableResult
    public func run(_ reader: CSVReader) throws -> ImportSummary {
        let file = try CollectedRecords(
            reader, required: CommuneRecord.requiredColumns, optional: CommuneRecord.optionalColumns,
            parse: { line, columns in
                let parsed = CommuneRecord.parse(line, columns: columns)
                return (parsed.record, parsed.issues, [])
            },
            duplicate: { record in
                let code = record.insee.code
                guard let zoning = record.zoning else {
                    return (code, "code_insee", { "commune \(code) en double dans le fichier (déjà ligne \($0))" })
                }
                return (
                    "\(code)|\(zoning.from)", "debut",
                    { "période du \(zoning.from.french) de la commune \(code) déjà donnée ligne \($0)" }
                )
            })
        let communes = CommuneRecord.listsCommunes(file.columns)
        let zonings = CommuneRecord.listsZonings(file.columns)
        guard communes || zonings else {
            var issues = IssueCollector()
            issues.add(
                ImportIssue(
                    line: 1,
                    message:
                        "ni colonne montagne (liste des communes) ni colonne zonage (zonage de l'ARS) : le fichier ne dit rien des territoires"
                ))
            throw issues.rejection()
        }
        return try run(records: file.records, communes: communes, zonings: zonings, issues: file.issues)
    }

    /// Imports records built elsewhere (the demonstration network): `communes` when they carry
    /// the commune's name and mountain flag, `zonings` when they carry a zoning period.
    @discardableResult
    public func run(
        records: [(line: Int, record: CommuneRecord)], communes: Bool, zonings: Bool
    ) throws
        -> ImportSummary
    {
        try run(records: records, communes: communes, zonings: zonings, issues: IssueCollector())
    }

    /// Checks the lines against the database too (unknown communes, overlaps), so that one
    /// refusal lists every problem of the file; writes only when there is none.
    private func run(
        records: [(line: Int, record: CommuneRecord)], communes: Bool, zonings: Bool, issues fileIssues: IssueCollector
    ) throws -> ImportSummary {
        try connection.transaction {
            try stage(records)
            var issues = fileIssues
            if communes { try mergeCommunes() }
            if zonings { try check(&issues) }
            guard issues.isEmpty else { throw issues.rejection() }
            if zonings { try mergeZonings() }
            var summary = try summarize()
            summary.lines = records.count
            summary.warnings = try unknownCommunesOfCentres()
            return summary
        }
    }

    private func stage(_ records: [(line: Int, record: CommuneRecord)]) throws {
        try connection.runScript(
            """
            DROP TABLE IF EXISTS pg_temp.import_territories;
            CREATE TEMP TABLE import_territories (
                line bigint PRIMARY KEY, insee_code text, departement text, name text, mountain boolean,
                zoning zoning_class, valid_from date, valid_to date,
                created boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false
            ) ON COMMIT DROP;
            """)
        try connection.copyIn(
            table: "import_territories",
            columns: ["line", "insee_code", "departement", "name", "mountain", "zoning", "valid_from", "valid_to"]
        ) { copy in
            for (line, r) in records {
                try copy.writeRow(
                    line, r.insee.code, r.insee.departement.code, r.name, r.mountain, r.zoning?.zoning.rawValue,
                    r.zoning?.from, r.zoning?.to)
            }
        }
    }

    private func mergeCommunes() throws {
        try connection.runScript(
            """
            UPDATE import_territories s SET created = true
            WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.insee_code = s.insee_code);
            UPDATE import_territories s SET changed = true FROM communes c
            WHERE c.insee_code = s.insee_code AND (c.name, c.mountain) IS DISTINCT FROM (s.name, s.mountain);
            INSERT INTO communes (insee_code, name, departement, mountain)
            SELECT DISTINCT ON (insee_code) insee_code, name, departement, mountain FROM import_territories
            WHERE created ORDER BY insee_code, line;
            UPDATE communes c SET name = s.name, mountain = s.mountain, updated_at = now(), updated_by = masante_actor()
            FROM (SELECT DISTINCT ON (insee_code) * FROM import_territories WHERE changed ORDER BY insee_code, line) s
            WHERE s.insee_code = c.insee_code;
            """)
    }

    /// Unknown communes, and periods that would overlap another of the same commune once the
    /// file is merged (a period of the file replaces the recorded one starting the same day).
    private func check(_ issues: inout IssueCollector) throws {
        let checks: [(column: String, sql: Query)] = [
            (
                "code_insee",
                """
                SELECT line, format('commune inconnue « %s » : chargez d''abord la liste des communes (fichier avec les colonnes commune et montagne)', insee_code)
                FROM import_territories s WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.insee_code = s.insee_code)
                """
            ),
            (
                "debut",
                """
                WITH result AS (
                    SELECT NULL::bigint AS line, z.insee_code, z.zoning, z.valid_from, z.valid_to FROM commune_zonings z
                    WHERE NOT EXISTS (SELECT 1 FROM import_territories s
                                      WHERE s.insee_code = z.insee_code AND s.valid_from = z.valid_from)
                    UNION ALL
                    SELECT line, insee_code, zoning, valid_from, valid_to FROM import_territories)
                SELECT DISTINCT ON (a.line) a.line,
                       format('la période %s de la commune %s chevauche la période %s (%s)%s',
                              format('du %s au %s', to_char(a.valid_from, 'DD/MM/YYYY'), coalesce(to_char(a.valid_to, 'DD/MM/YYYY'), '…')), a.insee_code,
                              format('du %s au %s', to_char(b.valid_from, 'DD/MM/YYYY'), coalesce(to_char(b.valid_to, 'DD/MM/YYYY'), '…')), CASE b.zoning WHEN 'hors_zonage' THEN 'hors zonage' ELSE upper(b.zoning::text) END,
                              CASE WHEN b.line IS NULL AND b.valid_to IS NULL
                                   THEN ', déjà enregistrée et sans fin : donnez sa fin dans le fichier (une ligne avec son début et sa fin)'
                                   WHEN b.line IS NULL THEN ', déjà enregistrée'
                                   ELSE format(', ligne %s', b.line) END)
                FROM result a JOIN result b ON b.insee_code = a.insee_code AND (b.line IS NULL OR b.line <> a.line)
                 AND daterange(a.valid_from, a.valid_to, '[]') && daterange(b.valid_from, b.valid_to, '[]')
                WHERE a.line IS NOT NULL
                ORDER BY a.line, b.valid_from
                """
            ),
        ]
        for check in checks {
            for row in try connection.query(check.sql) {
                let (line, message) = try row.decode((Int, String).self)
                issues.add(ImportIssue(line: line, column: check.column, message: message))
            }
        }
    }

    private func mergeZonings() throws {
        try connection.runScript(
            """
            UPDATE import_territories s SET created = true
            WHERE NOT EXISTS (SELECT 1 FROM commune_zonings z WHERE z.insee_code = s.insee_code AND z.valid_from = s.valid_from);
            UPDATE import_territories s SET changed = true FROM commune_zonings z
            WHERE z.insee_code = s.insee_code AND z.valid_from = s.valid_from
              AND (z.zoning, z.valid_to) IS DISTINCT FROM (s.zoning, s.valid_to);
            UPDATE commune_zonings z SET zoning = s.zoning, valid_to = s.valid_to
            FROM import_territories s
            WHERE s.changed AND z.insee_code = s.insee_code AND z.valid_from = s.valid_from;
            INSERT INTO commune_zonings (insee_code, zoning, valid_from, valid_to)
            SELECT insee_code, zoning, valid_from, valid_to FROM import_territories s
            WHERE NOT EXISTS (SELECT 1 FROM commune_zonings z WHERE z.insee_code = s.insee_code AND z.valid_from = s.valid_from);
            """)
    }

    private func summarize() throws -> ImportSummary {
        let row = try connection.query(
            """
            SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE changed AND NOT created),
                   count(*) FILTER (WHERE NOT (created OR changed))
            FROM import_territories
            """)[0]
        var summary = ImportSummary()
        (summary.created, summary.updated, summary.unchanged) = try row.decode((Int, Int, Int).self)
        return summary
    }

    /// Centres and antennes recorded before the communes whose commune the list lacks.
    private func unknownCommunesOfCentres() throws -> [ImportIssue] {
        try connection.query(
            """
            SELECT format('le centre « %s » est dans la commune %s, absente de la liste des communes', name, insee_code)
            FROM centres c WHERE NOT EXISTS (SELECT 1 FROM communes m WHERE m.insee_code = c.insee_code)
            UNION ALL
            SELECT format('l''antenne « %s » est dans la commune %s, absente de la liste des communes', name, insee_code)
            FROM sites s WHERE NOT s.is_main AND NOT EXISTS (SELECT 1 FROM communes m WHERE m.insee_code = s.insee_code)
            ORDER BY 1
            """
        ).map { ImportIssue(line: 1, message: try $0.decode(String.self)) }
    }
}
