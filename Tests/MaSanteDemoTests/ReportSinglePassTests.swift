import Foundation
import MaSante
import MaSanteDemo
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The report's functions of sql/0025 give what the functions they replace gave, kept here as the
/// reference (created as temporary functions from the migrations that published them):
/// `report_hire_counts` as `report_hires_by_profession`, `report_hires_by_month` and
/// `report_hires_by_year`, `report_welcome` (0018), `report_presence` and `report_centres` (0017),
/// `report_territories` (0022), `report_activity` as the report's old totals query and 0012's
/// `report_undeclared_months`; on the demo, on the demo with the hires that are easy to miscount
/// (hired again, gone then back, hired after the day, in post without a hire, first centre not
/// open yet, a year to the day before the report) and months declared outside a centre's span, and
/// on the benchmark's generated network at scale 2.
@Suite struct ReportSinglePassTests {
    /// The published function `name` of `migration`, as pg_temp.`name`_`migration number` in this session.
    static func createReference(_ conn: Connection, migration: String, name: String, end: String) throws {
        let sql = try #require(Migration.embedded.first { $0.name == migration }).sql
        let start = try #require(sql.range(of: "FUNCTION public.\(name)("))
        let stop = try #require(sql.range(of: end, range: start.upperBound..<sql.endIndex))
        let number = migration.prefix(4)
        try conn.runScript(
            "CREATE FUNCTION pg_temp.\(name)_\(number)("
                + sql[start.upperBound..<stop.upperBound])
    }

    static func createReferences(_ conn: Connection) throws {
        try createReference(conn, migration: "0017_quotites_avenants_reembauche", name: "report_centres", end: "\nEND;")
        try createReference(
            conn, migration: "0017_quotites_avenants_reembauche", name: "report_presence", end: "\nEND;")
        try createReference(conn, migration: "0018_accueil", name: "report_welcome", end: "END $$;")
        try createReference(conn, migration: "0022_rapport_territoires", name: "report_territories", end: "\nEND;")
        try createReference(conn, migration: "0012_mois_non_declares", name: "report_undeclared_months", end: "\nEND;")
    }

    /// Pairs of a name and a query (`$1` standing for the day): each new function's rows, then
    /// its reference's.
    static let comparisons: [(String, String)] = [
        (
            "par profession",
            """
            SELECT profession, counts_toward_goal, hires, hires_last_12_months
            FROM report_hire_counts($1) WHERE counts_toward_goal IS NOT NULL
            """
        ),
        ("par profession (référence)", "SELECT * FROM report_hires_by_profession($1)"),
        ("par mois", "SELECT month, hires FROM report_hire_counts($1) WHERE month IS NOT NULL"),
        ("par mois (référence)", "SELECT * FROM report_hires_by_month($1)"),
        ("par année", "SELECT year, profession, hires FROM report_hire_counts($1) WHERE year IS NOT NULL"),
        ("par année (référence)", "SELECT * FROM report_hires_by_year($1)"),
        ("accueil", "SELECT * FROM report_welcome($1)"),
        ("accueil (référence)", "SELECT * FROM pg_temp.report_welcome_0018($1)"),
        ("présents", "SELECT * FROM report_presence($1)"),
        ("présents (référence)", "SELECT * FROM pg_temp.report_presence_0017($1)"),
        ("centres", "SELECT * FROM report_centres($1)"),
        ("centres (référence)", "SELECT * FROM pg_temp.report_centres_0017($1)"),
        ("territoires", "SELECT * FROM report_territories($1)"),
        ("territoires (référence)", "SELECT * FROM pg_temp.report_territories_0022($1)"),
        (
            "activité",
            "SELECT scheduled, unscheduled, home, ehpad, patients FROM report_activity($1)",
        ),
        (
            "activité (référence)",
            """
            SELECT coalesce(sum(scheduled_consultations), 0)::int8, coalesce(sum(unscheduled_consultations), 0)::int8,
                   coalesce(sum(home_visits), 0)::int8, coalesce(sum(ehpad_visits), 0)::int8,
                   coalesce(sum(new_referring_patients), 0)::int8
            FROM monthly_activity WHERE month < date_trunc('month', ($1 + 1)::timestamp)::date
            """,
        ),
        ("mois non déclarés", "SELECT * FROM report_undeclared_months($1)"),
        ("mois non déclarés (référence)", "SELECT * FROM pg_temp.report_undeclared_months_0012($1)"),
    ]

    static let days = [
        "2026-10-31", "2025-10-31", "2026-12-31", "2024-02-29", "2022-06-15", "2021-01-01", "2027-03-01",
    ]

    /// What the references held over the days compared: rows, hires, recruits of the 12 months,
    /// undeclared months.
    struct Tally {
        var rows = 0
        var hires = 0
        var welcomed = 0
        var undeclared = 0
    }

    /// Expects every new function to give its reference's rows, in order for the undeclared
    /// months; returns what the references held.
    static func expectSameRows(_ conn: Connection, days: [String] = days) throws -> Tally {
        var tally = Tally()
        for day in days {
            let date = try CalendarDate.parse(day)
            for index in stride(from: 0, to: comparisons.count, by: 2) {
                let name = comparisons[index].0
                let new = comparisons[index].1.replacingOccurrences(of: "$1", with: "'\(day)'::date")
                let reference = comparisons[index + 1].1.replacingOccurrences(of: "$1", with: "'\(day)'::date")
                let (added, missing, count) = try conn.query(
                    Query(
                        unsafeSQL: """
                            SELECT (SELECT count(*) FROM (\(new) EXCEPT ALL \(reference)) x),
                                   (SELECT count(*) FROM (\(reference) EXCEPT ALL \(new)) x),
                                   (SELECT count(*) FROM (\(reference)) x)
                            """)
                )[0].decode((Int, Int, Int).self)
                #expect(
                    added == 0 && missing == 0, "\(day), \(name) : \(added) ligne(s) en trop, \(missing) manquante(s)")
                tally.rows += count
            }
            let ordered = try conn.query(
                """
                SELECT (SELECT array_agg(month || ' ' || centre) FROM report_undeclared_months(\(date))),
                       (SELECT array_agg(month || ' ' || centre) FROM pg_temp.report_undeclared_months_0012(\(date)))
                """
            )[0].decode(([String]?, [String]?).self)
            #expect(ordered.0 == ordered.1, "\(day) : mois non déclarés dans un autre ordre")
            tally.undeclared += ordered.1?.count ?? 0
            tally.hires += try conn.query(
                "SELECT coalesce(sum(hires), 0)::int8 FROM report_hire_counts(\(date)) WHERE counts_toward_goal"
            )
            .single(Int.self)
            tally.welcomed += try conn.query("SELECT recruits FROM pg_temp.report_welcome_0018(\(date))").single(
                Int.self)
        }
        return tally
    }

    @Test func theSinglePassFunctionsGiveTheRowsOfThoseTheyReplaceOnTheDemo() throws {
        try withFreshDatabase { database in
            let conn = try database.connectWithDemo()
            try Self.createReferences(conn)
            let tally = try Self.expectSameRows(conn)
            #expect(tally.rows > 500 && tally.hires > 0 && tally.welcomed > 0)
        }
    }

    @Test func theSinglePassFunctionsGiveTheRowsOfThoseTheyReplaceWithHiresEasyToMiscount() throws {
        try withFreshDatabase { database in
            let conn = try database.connectWithDemo()
            try conn.runScript(
                """
                BEGIN;
                INSERT INTO people (last_name, first_name, profession) VALUES
                    ('Retour', 'Anne', 'medecin_generaliste'), ('Revenu', 'Paul', 'sage_femme'),
                    ('Future', 'Léa', 'medecin_generaliste'), ('Enposte', 'Marc', 'infirmier'),
                    ('Pasouvert', 'Inès', 'medecin_generaliste'), ('Unan', 'Karim', 'medecin_generaliste'),
                    ('Lendemain', 'Hélène', 'medecin_generaliste'), ('Sanscentre', 'Jean', 'medecin_generaliste'),
                    ('Secretaire', 'Camille', 'secretaire_medical');
                -- Hired in 2023, gone in 2024, hired again in May 2026 (a second cycle), with a checklist.
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2023-03-01' FROM people WHERE last_name = 'Retour';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'en_poste', '2023-03-15' FROM people WHERE last_name = 'Retour';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'parti', '2024-06-30' FROM people WHERE last_name = 'Retour';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-05-04' FROM people WHERE last_name = 'Retour';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'en_poste', '2026-05-04' FROM people WHERE last_name = 'Retour';
                -- Hired in November 2025, gone in March 2026, back in post in September 2026.
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'candidat', '2025-09-01' FROM people WHERE last_name = 'Revenu';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2025-11-03' FROM people WHERE last_name = 'Revenu';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'parti', '2026-03-31' FROM people WHERE last_name = 'Revenu';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'en_poste', '2026-09-01' FROM people WHERE last_name = 'Revenu';
                -- Hired after the report's day; registered directly in post on it.
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-12-15' FROM people WHERE last_name = 'Future';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'en_poste', '2026-10-31' FROM people WHERE last_name = 'Enposte';
                -- First assigned to a centre not open yet.
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-06-01' FROM people WHERE last_name = 'Pasouvert';
                -- Hired a year to the day before the report (not in its 12 months), and the day after.
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2025-10-31' FROM people WHERE last_name = 'Unan';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2025-11-01' FROM people WHERE last_name = 'Lendemain';
                -- Hired without any assignment; a secretary (not counted toward the goal).
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-02-02' FROM people WHERE last_name = 'Sanscentre';
                INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'embauche', '2026-02-02' FROM people WHERE last_name = 'Secretaire';
                INSERT INTO welcome_checklists (person_id, starts_on) SELECT id, '2026-05-04' FROM people WHERE last_name = 'Retour';
                INSERT INTO centres (name, commune, insee_code, departement, status)
                SELECT 'Centre de santé de Banc-Futur', commune, insee_code, departement, 'convention_signee'
                FROM centres ORDER BY id LIMIT 1;
                INSERT INTO contracts (person_id, kind, starts_on, ends_on, weekly_hours)
                SELECT p.id, 'CDI', e.first_day, CASE p.last_name WHEN 'Retour' THEN date '2024-06-30' END, 35
                FROM people p
                JOIN (SELECT person_id, min(occurred_on) AS first_day FROM recruitment_events
                      WHERE stage IN ('embauche', 'en_poste') GROUP BY person_id) e ON e.person_id = p.id
                WHERE p.last_name IN ('Retour', 'Revenu', 'Future', 'Enposte', 'Pasouvert', 'Unan', 'Lendemain', 'Secretaire');
                INSERT INTO contracts (person_id, kind, starts_on, weekly_hours)
                SELECT id, 'CDI', '2026-05-04', 28 FROM people WHERE last_name = 'Retour';
                -- Each in the first centre opened, but Retour back in the second and Pasouvert in a centre not open yet.
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
                SELECT c.person_id, c.id,
                       CASE WHEN p.last_name = 'Pasouvert'
                            THEN (SELECT id FROM centres WHERE name = 'Centre de santé de Banc-Futur')
                            WHEN p.last_name = 'Retour' AND c.starts_on = '2026-05-04'
                            THEN (SELECT id FROM centres ORDER BY opened_on, id OFFSET 1 LIMIT 1)
                            ELSE (SELECT id FROM centres ORDER BY opened_on, id LIMIT 1) END,
                       c.starts_on, c.ends_on, 1
                FROM contracts c JOIN people p ON p.id = c.person_id
                WHERE p.last_name IN ('Retour', 'Revenu', 'Future', 'Enposte', 'Pasouvert', 'Unan', 'Lendemain', 'Secretaire');
                -- Months declared before a centre's opening, after a centre's closing, and a gap.
                INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                                              home_visits, ehpad_visits, new_referring_patients)
                SELECT id, date_trunc('month', opened_on - 40)::date, 7, 1, 1, 0, 1
                FROM centres ORDER BY opened_on, id LIMIT 1;
                UPDATE centres SET status = 'ferme', closed_on = '2025-03-14'
                WHERE id = (SELECT id FROM centres ORDER BY opened_on, id OFFSET 3 LIMIT 1);
                DELETE FROM monthly_activity
                WHERE centre_id = (SELECT id FROM centres ORDER BY opened_on, id OFFSET 2 LIMIT 1)
                  AND month = '2024-05-01';
                COMMIT;
                """)
            try Self.createReferences(conn)
            let tally = try Self.expectSameRows(conn)
            #expect(tally.undeclared > 0)
            let rehired = try conn.query("SELECT report_rehires('2026-10-31')").single(Int.self)
            #expect(rehired >= 2)
        }
    }

    @Test func theSinglePassFunctionsGiveTheRowsOfThoseTheyReplaceOnTheBenchmarkNetwork() throws {
        try withFreshDatabase { database in
            let conn = try database.connectWithBenchmarkNetwork(scale: 2)
            try conn.runScript(
                """
                INSERT INTO communes (insee_code, name, departement, mountain)
                SELECT DISTINCT ON (insee_code) insee_code, 'Commune ' || insee_code, departement,
                       departement IN ('09', '48', '65')
                FROM centres ORDER BY insee_code;
                INSERT INTO commune_zonings (insee_code, zoning, valid_from)
                SELECT insee_code, CASE WHEN right(insee_code, 1) = '4' THEN 'zac' ELSE 'zip' END::zoning_class, '2022-04-01'
                FROM communes;
                DELETE FROM monthly_activity WHERE month = '2025-02-01' AND centre_id % 7 = 0;
                ANALYZE;
                """)
            try Self.createReferences(conn)
            let tally = try Self.expectSameRows(conn, days: ["2026-10-31", "2025-10-31", "2022-03-31", "2019-12-31"])
            #expect(tally.hires > 300 && tally.welcomed > 0 && tally.undeclared > 0)
        }
    }
}
