public import MaSante
import MaSantePostgres
package import PQ

/// Loads people with their contract and assignment (the `personnel` CSV format) into the
/// registry, all or nothing.
///
/// Lines are parsed and checked by the domain, streamed into a temporary table with COPY,
/// checked against the database in SQL, then merged set-wise: a person is found again by
/// RPPS (or, without one, by name and profession), a contract by its start date, so
/// importing the same file twice changes nothing.
public struct PeopleImporter {
    package let connection: Connection
    /// Contracts already recorded keep their terms whatever the file says (the demonstration,
    /// loaded again over amendments HR made since).
    package var keepsRecordedTerms = false

    package init(connection: Connection, keepsRecordedTerms: Bool = false) {
        self.connection = connection
        self.keepsRecordedTerms = keepsRecordedTerms
    }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Imports a whole file.
    @discardableResult
    public func run(_ reader: CSVReader) throws -> ImportSummary {
        let columns = try CSVColumns(
            header: try reader.readHeader(),
            required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns)
        return try load(withShares: columns.contains("quotite")) { issues, write in
            var lines = 0
            do {
                while let line = try reader.next() {
                    lines += 1
                    let (record, lineIssues) = PersonRecord.parse(line, columns: columns)
                    issues.add(contentsOf: lineIssues)
                    if let record, let issue = try write(line.number, record) { issues.add(issue) }
                }
            } catch let error as CSVError {
                issues.add(ImportIssue(line: error.line ?? 0, column: nil, message: error.message))
            }
            return lines
        }
    }

    /// Imports records built elsewhere (e.g. by `personnel ajouter`), numbered as lines: a new
    /// assignment takes the whole contract, the shares already recorded stay.
    @discardableResult
    public func run(records: [(line: Int, record: PersonRecord)]) throws -> ImportSummary {
        try load(withShares: false) { issues, write in
            for (line, record) in records {
                if let issue = try write(line, record) { issues.add(issue) }
            }
            return records.count
        }
    }

    /// Writes one checked record to the staging table, or returns why it cannot be.
    private typealias Writer = (Int, PersonRecord) throws -> ImportIssue?

    /// Without `withShares` (a file without the `quotite` column), the shares already recorded stay.
    private func load(
        withShares: Bool = true, _ produce: (inout IssueCollector, Writer) throws -> Int
    ) throws
        -> ImportSummary
    {
        try connection.transaction {
            try connection.runScript(Self.stagingTable)
            var issues = IssueCollector()
            var fileCheck = StaffFileCheck()
            var lines = 0
            try connection.copyIn(table: "import_people", columns: Self.stagingColumns) { copy in
                lines = try produce(&issues) { line, record in
                    if let issue = fileCheck.add(record, line: line) { return issue }
                    try copy.writeRow(
                        line, record.lastName, record.firstName, record.profession, record.specialty?.code,
                        record.rpps?.digits, record.centre, record.contract.start, record.contract.weeklyHours,
                        record.contract.type, record.contract.end, withShares ? record.share.fraction : nil)
                    return nil
                }
            }
            if lines == 0 && issues.isEmpty {
                issues.add(ImportIssue(line: 2, column: nil, message: "le fichier ne contient aucune ligne de données"))
            }
            try resolveAndCheck(&issues)
            guard issues.isEmpty else { throw issues.rejection() }
            var summary = try merge()
            summary.lines = lines
            return summary
        }
    }

    static let stagingColumns = [
        "line", "last_name", "first_name", "profession", "specialty", "rpps", "centre",
        "starts_on", "weekly_hours", "kind", "ends_on", "share",
    ]

    static let stagingTable = """
        DROP TABLE IF EXISTS pg_temp.import_people;
        CREATE TEMP TABLE import_people (
            line bigint PRIMARY KEY, last_name text, first_name text, profession profession, specialty text,
            rpps text, centre text, starts_on date, weekly_hours float8, kind contract_type, ends_on date,
            share float8, today_hours float8, old_end date, person_id bigint, centre_id bigint, contract_id bigint,
            new_person boolean NOT NULL DEFAULT false, new_contract boolean NOT NULL DEFAULT false,
            changed boolean NOT NULL DEFAULT false
        ) ON COMMIT DROP;
        """

    /// Finds the centre, person and contract of each line, and reports lines that clash with the database.
    private func resolveAndCheck(_ issues: inout IssueCollector) throws {
        try connection.runScript(
            """
            ANALYZE import_people;
            UPDATE import_people s SET centre_id = c.id FROM centres c WHERE lower(c.name) = lower(btrim(s.centre));
            UPDATE import_people s SET person_id = p.id FROM people p WHERE s.rpps IS NOT NULL AND p.rpps = s.rpps;
            UPDATE import_people s SET person_id = p.id FROM people p
             WHERE s.rpps IS NULL AND p.rpps IS NULL AND p.profession = s.profession
               AND lower(p.last_name) = lower(s.last_name) AND lower(p.first_name) = lower(s.first_name);
            -- A candidate registered without an RPPS is the same person once hired with one.
            UPDATE import_people s SET person_id = p.id FROM people p
             WHERE s.person_id IS NULL AND s.rpps IS NOT NULL AND p.rpps IS NULL AND p.profession = s.profession
               AND lower(p.last_name) = lower(s.last_name) AND lower(p.first_name) = lower(s.first_name)
               AND (SELECT count(*) FROM people q WHERE q.rpps IS NULL AND q.profession = s.profession
                    AND lower(q.last_name) = lower(s.last_name) AND lower(q.first_name) = lower(s.first_name)) = 1;
            UPDATE import_people s SET contract_id = c.id FROM contracts c
             WHERE c.person_id = s.person_id AND c.starts_on = s.starts_on;
            ANALYZE import_people;
            """)
        // The hours a line is compared with: those in force today (an amendment may be on its way).
        try connection.execute(
            """
            UPDATE import_people s SET old_end = c.ends_on, today_hours = coalesce(
                (SELECT p.weekly_hours FROM contract_periods p WHERE p.contract_id = c.id
                   AND p.starts_on <= current_date AND (p.ends_on IS NULL OR p.ends_on >= current_date)),
                c.weekly_hours)
            FROM contracts c WHERE c.id = s.contract_id
            """)
        if keepsRecordedTerms {
            try connection.execute(
                """
                UPDATE import_people s SET weekly_hours = s.today_hours, kind = c.kind, ends_on = c.ends_on
                FROM contracts c WHERE c.id = s.contract_id
                """)
        }
        let checks: [(column: String, sql: Query)] = [
            (
                "centre",
                """
                SELECT line, format('centre inconnu « %s » (centres connus : %s)', centre,
                       coalesce((SELECT string_agg(name, ', ' ORDER BY name) FROM (SELECT name FROM centres ORDER BY name LIMIT 15) n)
                                || CASE WHEN (SELECT count(*) FROM centres) > 15 THEN ', …' ELSE '' END, 'aucun'))
                FROM import_people WHERE centre_id IS NULL
                """
            ),
            (
                "rpps",
                """
                SELECT s.line, format('RPPS %s déjà attribué à %s %s (personne n° %s)', s.rpps, p.last_name, p.first_name, p.id)
                FROM import_people s JOIN people p ON p.id = s.person_id
                WHERE s.rpps IS NOT NULL AND (lower(p.last_name) <> lower(s.last_name) OR lower(p.first_name) <> lower(s.first_name))
                """
            ),
            (
                "nom",
                """
                SELECT s.line, format('%s %s (%s) correspond à plusieurs personnes sans RPPS : précisez', s.last_name, s.first_name, s.profession)
                FROM import_people s
                WHERE s.rpps IS NULL AND (SELECT count(*) FROM people p WHERE p.rpps IS NULL AND p.profession = s.profession
                      AND lower(p.last_name) = lower(s.last_name) AND lower(p.first_name) = lower(s.first_name)) > 1
                """
            ),
            (
                "date_embauche",
                """
                SELECT s.line, format('la nouvelle embauche du %s de %s %s précède l''étape « %s » du %s',
                       to_char(s.starts_on, 'DD/MM/YYYY'), s.last_name, s.first_name,
                       CASE st.stage WHEN 'parti' THEN 'parti·e' ELSE 'abandon' END, to_char(st.occurred_on, 'DD/MM/YYYY'))
                FROM import_people s JOIN people_stage st ON st.person_id = s.person_id
                WHERE s.contract_id IS NULL AND st.stage IN ('parti', 'abandon') AND s.starts_on < st.occurred_on
                """
            ),
            (
                "date_embauche",
                """
                SELECT s.line, format('le contrat du %s chevauche le contrat existant %s',
                       to_char(s.starts_on, 'DD/MM/YYYY'),
                       CASE WHEN c.ends_on IS NULL THEN format('commencé le %s, sans date de fin', to_char(c.starts_on, 'DD/MM/YYYY'))
                            ELSE format('du %s au %s', to_char(c.starts_on, 'DD/MM/YYYY'), to_char(c.ends_on, 'DD/MM/YYYY')) END)
                FROM import_people s JOIN contracts c ON c.person_id = s.person_id AND c.id IS DISTINCT FROM s.contract_id
                JOIN people p ON p.id = s.person_id
                LEFT JOIN contracts own ON own.id = s.contract_id
                WHERE daterange(c.starts_on, c.ends_on, '[]') && daterange(s.starts_on, coalesce(s.ends_on, own.ends_on), '[]')
                  AND lower(p.last_name) = lower(s.last_name) AND lower(p.first_name) = lower(s.first_name)
                """
            ),
            (
                "date_embauche",
                """
                SELECT s.line, format('l''embauche du %s précède l''étape « %s » du %s déjà enregistrée pour %s %s',
                       to_char(s.starts_on, 'DD/MM/YYYY'), st.stage, to_char(st.occurred_on, 'DD/MM/YYYY'), s.last_name, s.first_name)
                FROM import_people s JOIN people_stage st ON st.person_id = s.person_id
                WHERE s.contract_id IS NULL AND st.stage IN ('candidat', 'entretien', 'promesse') AND st.occurred_on > s.starts_on
                """
            ),
            (
                "heures_hebdo",
                """
                SELECT s.line, CASE WHEN coalesce(s.ends_on, c.ends_on) < current_date
                       THEN format('le contrat de %s %s a pris fin le %s : ses heures ne changent plus', s.last_name,
                                   s.first_name, to_char(coalesce(s.ends_on, c.ends_on), 'DD/MM/YYYY'))
                       ELSE format('les heures du contrat de %s %s changent déjà par l''avenant du %s : un autre changement se fait par un nouvel avenant (masante personnel avenant)',
                                   s.last_name, s.first_name, to_char(a.latest, 'DD/MM/YYYY')) END
                FROM import_people s JOIN contracts c ON c.id = s.contract_id
                LEFT JOIN LATERAL (SELECT max(effective_on) AS latest FROM contract_amendments x WHERE x.contract_id = c.id) a ON true
                WHERE c.starts_on < current_date AND s.today_hours::numeric(4,2) <> s.weekly_hours::numeric(4,2)
                  AND (coalesce(s.ends_on, c.ends_on) < current_date OR a.latest >= current_date)
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

    /// Writes the checked lines into the registry and counts what changed.
    private func merge() throws -> ImportSummary {
        try connection.runScript(
            """
            -- A person on several lines (one per centre) is one person with one contract.
            WITH fresh AS (
                SELECT key, nextval(pg_get_serial_sequence('people', 'id')) AS id
                FROM (SELECT DISTINCT coalesce(rpps, lower(last_name) || '|' || lower(first_name) || '|' || profession) AS key
                      FROM import_people WHERE person_id IS NULL) k)
            UPDATE import_people s SET person_id = f.id, new_person = true FROM fresh f
             WHERE s.person_id IS NULL
               AND f.key = coalesce(s.rpps, lower(s.last_name) || '|' || lower(s.first_name) || '|' || s.profession);
            INSERT INTO people (id, last_name, first_name, profession, specialty, rpps) OVERRIDING SYSTEM VALUE
            SELECT DISTINCT ON (person_id) person_id, last_name, first_name, profession, specialty, rpps
            FROM import_people WHERE new_person ORDER BY person_id, line;
            ANALYZE import_people;

            WITH changed AS (
                UPDATE people p SET last_name = s.last_name, first_name = s.first_name, profession = s.profession,
                       specialty = s.specialty, rpps = coalesce(s.rpps, p.rpps), updated_at = now()
                FROM import_people s
                WHERE s.person_id = p.id AND NOT s.new_person
                  AND (p.last_name, p.first_name, p.profession, p.specialty, p.rpps)
                      IS DISTINCT FROM (s.last_name, s.first_name, s.profession, s.specialty, coalesce(s.rpps, p.rpps))
                RETURNING p.id)
            UPDATE import_people SET changed = true WHERE person_id IN (SELECT id FROM changed);

            WITH fresh AS (
                SELECT person_id, starts_on, nextval(pg_get_serial_sequence('contracts', 'id')) AS id
                FROM (SELECT DISTINCT person_id, starts_on FROM import_people WHERE contract_id IS NULL) k)
            UPDATE import_people s SET contract_id = f.id, new_contract = true FROM fresh f
             WHERE s.contract_id IS NULL AND s.person_id = f.person_id AND s.starts_on = f.starts_on;
            INSERT INTO contracts (id, person_id, kind, starts_on, ends_on, weekly_hours) OVERRIDING SYSTEM VALUE
            SELECT DISTINCT ON (contract_id) contract_id, person_id, kind, starts_on, ends_on, weekly_hours
            FROM import_people WHERE new_contract ORDER BY contract_id, line;
            ANALYZE import_people, people, contracts;

            WITH changed AS (
                -- A file never removes an end date, and never moves the end of someone who left.
                UPDATE contracts c SET kind = s.kind, ends_on = s.kept_end
                FROM (SELECT i.*, CASE WHEN EXISTS (SELECT 1 FROM people_stage st WHERE st.person_id = i.person_id AND st.stage = 'parti')
                                       THEN k.ends_on ELSE coalesce(i.ends_on, k.ends_on) END AS kept_end
                      FROM import_people i JOIN contracts k ON k.id = i.contract_id) s
                WHERE s.contract_id = c.id AND NOT s.new_contract
                  AND (c.kind, c.ends_on) IS DISTINCT FROM (s.kind, s.kept_end)
                RETURNING c.id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT id FROM changed);

            -- New hours rewrite a contract not started yet; once started, they are an amendment
            -- from today, so that the FTE of past days stays what it was.
            WITH changed AS (
                UPDATE contracts c SET weekly_hours = s.weekly_hours
                FROM import_people s
                WHERE s.contract_id = c.id AND NOT s.new_contract AND c.starts_on >= current_date
                  AND c.weekly_hours <> s.weekly_hours::numeric(4,2)
                RETURNING c.id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT id FROM changed);
            WITH amended AS (
                INSERT INTO contract_amendments (contract_id, person_id, effective_on, kind, weekly_hours, ends_on, note)
                SELECT DISTINCT ON (c.id) c.id, c.person_id, current_date, c.kind, s.weekly_hours, c.ends_on,
                       'import du personnel'
                FROM import_people s JOIN contracts c ON c.id = s.contract_id
                WHERE NOT s.new_contract AND c.starts_on < current_date
                  AND s.today_hours::numeric(4,2) <> s.weekly_hours::numeric(4,2)
                ORDER BY c.id, s.line
                RETURNING contract_id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT contract_id FROM amended);

            -- A contract with a single assignment and a single line follows the file's centre (a
            -- move, not a second post).
            WITH moved AS (
                UPDATE assignments a SET centre_id = s.centre_id
                FROM import_people s
                WHERE a.contract_id = s.contract_id AND a.centre_id <> s.centre_id
                  AND (SELECT count(*) FROM assignments x WHERE x.contract_id = s.contract_id) = 1
                  AND (SELECT count(*) FROM import_people t WHERE t.contract_id = s.contract_id) = 1
                RETURNING a.contract_id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT contract_id FROM moved);

            -- The share of each centre (its latest assignment under the contract).
            WITH changed AS (
                UPDATE assignments a SET share = s.share
                FROM import_people s
                WHERE a.contract_id = s.contract_id AND a.centre_id = s.centre_id
                  AND s.share IS NOT NULL AND a.share <> s.share::numeric(3,2)
                  AND a.starts_on = (SELECT max(x.starts_on) FROM assignments x
                                     WHERE x.contract_id = a.contract_id AND x.centre_id = a.centre_id)
                RETURNING a.contract_id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT contract_id FROM changed);

            WITH changed AS (
                UPDATE assignments a SET ends_on = c.ends_on
                FROM import_people s JOIN contracts c ON c.id = s.contract_id
                WHERE a.contract_id = s.contract_id AND a.centre_id = s.centre_id AND NOT s.new_contract
                  AND a.ends_on IS DISTINCT FROM c.ends_on AND a.ends_on IS NOT DISTINCT FROM s.old_end
                  AND a.starts_on = (SELECT max(x.starts_on) FROM assignments x
                                     WHERE x.contract_id = a.contract_id AND x.centre_id = a.centre_id)
                  AND NOT EXISTS (SELECT 1 FROM people_stage st WHERE st.person_id = s.person_id AND st.stage = 'parti')
                RETURNING a.contract_id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT contract_id FROM changed);

            WITH added AS (
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
                SELECT s.person_id, s.contract_id, s.centre_id, s.starts_on, s.ends_on, coalesce(s.share, 1)
                FROM import_people s
                WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.contract_id = s.contract_id AND a.centre_id = s.centre_id)
                RETURNING contract_id)
            UPDATE import_people SET changed = true WHERE contract_id IN (SELECT contract_id FROM added) AND NOT new_contract;

            -- Hired: a first hire, a candidate's hire, or someone who left hired again (a new
            -- contract after their departure: a new cycle of their recruitment).
            WITH added AS (
                INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
                SELECT DISTINCT ON (s.person_id) s.person_id, 'embauche', s.starts_on, 'import du personnel'
                FROM import_people s LEFT JOIN people_stage st ON st.person_id = s.person_id
                WHERE st.stage IS NULL OR st.stage IN ('candidat', 'entretien', 'promesse')
                   OR (st.stage IN ('parti', 'abandon') AND s.new_contract)
                ORDER BY s.person_id, s.line
                RETURNING person_id)
            UPDATE import_people SET changed = true WHERE person_id IN (SELECT person_id FROM added) AND NOT new_person;

            -- Staff whose contract has started are in post from that day.
            WITH added AS (
                INSERT INTO recruitment_events (person_id, stage, occurred_on, note)
                SELECT DISTINCT ON (s.person_id) s.person_id, 'en_poste', s.starts_on, 'import du personnel'
                FROM import_people s JOIN people_stage st ON st.person_id = s.person_id
                WHERE s.starts_on <= current_date AND st.stage = 'embauche' AND s.starts_on >= st.occurred_on
                ORDER BY s.person_id, s.line
                RETURNING person_id)
            UPDATE import_people SET changed = true WHERE person_id IN (SELECT person_id FROM added) AND NOT new_person;
            """)
        let row = try connection.query(
            """
            SELECT count(*) FILTER (WHERE new_person OR new_contract),
                   count(*) FILTER (WHERE changed AND NOT (new_person OR new_contract)),
                   count(*) FILTER (WHERE NOT (changed OR new_person OR new_contract))
            FROM import_people
            """)[0]
        var summary = ImportSummary()
        (summary.created, summary.updated, summary.unchanged) = try row.decode((Int, Int, Int).self)
        return summary
    }
}
