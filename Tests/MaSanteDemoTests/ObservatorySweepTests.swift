import Foundation
import MaSanteDemo
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The observatory as a sweep (sql/0023) prints the rows of the observatory of sql/0022, kept here
/// as the reference (created as a temporary function): every grouping, every step, windows that
/// start before the first centre, run mid-month to mid-month, last one day or cross the zoning of
/// 1 April 2022; on the demo, on the demo with the cases a sweep could get wrong, and on the
/// benchmark's generated network.
@Suite struct ObservatorySweepTests {
    /// 0022's report_observatory, as pg_temp.observatory_0022 in this session.
    static func createReference(_ conn: Connection) throws {
        let sql = try #require(Migration.embedded.first { $0.name == "0022_rapport_territoires" }).sql
        let start = try #require(sql.range(of: "CREATE FUNCTION public.report_observatory("))
        let end = try #require(sql.range(of: "END $$;", range: start.upperBound..<sql.endIndex))
        try conn.runScript(
            sql[start.lowerBound..<end.upperBound].replacingOccurrences(
                of: "CREATE FUNCTION public.report_observatory(", with: "CREATE FUNCTION pg_temp.observatory_0022("))
    }

    /// What the reference held over the windows compared: rows, arrivals, departures, withheld
    /// cells, vacant FTE and territories (grouping and name).
    struct Reference {
        var rows = 0
        var arrivals = 0
        var departures = 0
        var withheld = 0
        var vacant = 0.0
        var territories: Set<String> = []
    }

    /// Expects both functions to print the same rows (FTE within 1e-9) for every window, step and
    /// grouping; returns what the reference held.
    static func expectSameRows(_ conn: Connection, windows: [(String, String)]) throws -> Reference {
        var reference = Reference()
        for (from, to) in windows {
            var differing: [String] = []
            for row in try conn.query(
                """
                SELECT x.* FROM (VALUES ('month'), ('quarter'), ('year')) s (step)
                CROSS JOIN (VALUES ('departement'), ('zonage'), ('montagne'), ('centre')) g (grouping)
                CROSS JOIN LATERAL (
                    SELECT s.step || ' ' || g.grouping || ' ' || coalesce(o.period, n.period) || ' '
                               || coalesce(o.territory, n.territory) || ' : ' || coalesce(o::text, 'absente') || ' / '
                               || coalesce(n::text, 'absente'),
                           o.period IS NOT NULL AND n.period IS NOT NULL
                               AND (o.arrivals, o.departures, o.in_post, o.centres_open)
                                   IS NOT DISTINCT FROM (n.arrivals, n.departures, n.in_post, n.centres_open)
                               AND (o.fte IS NULL) = (n.fte IS NULL) AND coalesce(abs(o.fte - n.fte) <= 1e-9, true)
                               AND abs(o.vacant_fte - n.vacant_fte) <= 1e-9,
                           coalesce(o.arrivals, 0), coalesce(o.departures, 0), o.period IS NOT NULL AND o.in_post IS NULL,
                           coalesce(o.vacant_fte, 0), g.grouping || ' ' || coalesce(o.territory, '')
                    FROM pg_temp.observatory_0022(\(from)::date, \(to)::date, s.step, g.grouping) o
                    FULL JOIN report_observatory(\(from)::date, \(to)::date, s.step, g.grouping) n
                         ON n.period = o.period AND n.territory = o.territory) x
                """
            ) {
                let (description, same, arrivals, departures, withheld, vacant, territory) = try row.decode(
                    (String, Bool, Int, Int, Bool, Double, String).self)
                if !same { differing.append(description) }
                reference.rows += 1
                reference.arrivals += arrivals
                reference.departures += departures
                if withheld { reference.withheld += 1 }
                reference.vacant += vacant
                reference.territories.insert(territory)
            }
            #expect(differing.isEmpty, "\(from) → \(to) :\n\(differing.prefix(10).joined(separator: "\n"))")
        }
        return reference
    }

    /// Expects the view contract_periods (sql/0024) to give the rows of its 0017 definition, kept
    /// here as the reference (a temporary view); returns how many rows come from amendments.
    static func expectSameContractPeriods(_ conn: Connection) throws -> Int {
        let sql = try #require(Migration.embedded.first { $0.name == "0017_quotites_avenants_reembauche" }).sql
        let start = try #require(sql.range(of: "CREATE VIEW public.contract_periods WITH (security_invoker = true) AS"))
        let end = try #require(sql.range(of: "ORDER BY v.starts_on);", range: start.upperBound..<sql.endIndex))
        try conn.runScript(
            sql[start.upperBound..<end.upperBound].replacingOccurrences(
                of: "SELECT v.contract_id", with: "CREATE VIEW pg_temp.contract_periods_0017 AS SELECT v.contract_id"))
        let (added, missing, amended) = try conn.query(
            """
            SELECT (SELECT count(*) FROM (TABLE contract_periods EXCEPT ALL TABLE pg_temp.contract_periods_0017) x),
                   (SELECT count(*) FROM (TABLE pg_temp.contract_periods_0017 EXCEPT ALL TABLE contract_periods) x),
                   (SELECT count(*) FROM contract_amendments)
            """
        )[0].decode((Int, Int, Int).self)
        #expect(added == 0 && missing == 0, "\(added) périodes en trop, \(missing) manquantes")
        return amended
    }

    static let demoWindows = [
        ("2021-01-01", "2026-10-31"), ("2022-03-15", "2023-06-14"), ("2022-02-10", "2022-05-20"),
        ("2022-04-01", "2022-04-01"), ("2024-02-29", "2024-02-29"), ("2023-05-20", "2026-12-31"),
    ]

    @Test func theSweepPrintsTheRowsOf0022OnTheDemo() throws {
        try withFreshDatabase { database in
            let conn = try database.connectWithDemo()
            try Self.createReference(conn)
            let reference = try Self.expectSameRows(conn, windows: Self.demoWindows)
            #expect(reference.rows > 5000)
            #expect(reference.arrivals > 0 && reference.departures > 0)
            #expect(reference.withheld > 0 && reference.vacant > 0)
            #expect(
                reference.territories.isSuperset(of: [
                    "zonage zip", "zonage zac", "zonage non_classe", "montagne montagne",
                ]))
        }
    }

    @Test func theSweepPrintsTheRowsOf0022WithAPersonInTwoCentresOfOneDepartementAndMidMonthChanges() throws {
        try withFreshDatabase { database in
            let conn = try database.connectWithDemo()
            try conn.runScript(
                """
                BEGIN;
                -- A GP half time in each of two centres of the Gard, whose hours drop mid-month by
                -- amendment, who leaves one of the two mid-month, then the network.
                INSERT INTO people (last_name, first_name, profession) VALUES ('Deuxcentres', 'Anne', 'medecin_generaliste');
                INSERT INTO contracts (person_id, kind, starts_on, weekly_hours)
                SELECT id, 'CDI', '2024-01-15', 35 FROM people WHERE last_name = 'Deuxcentres';
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
                SELECT c.person_id, c.id, ce.id, '2024-01-15', CASE WHEN ce.name LIKE '%Gilles' THEN date '2025-02-11' END, 0.5
                FROM contracts c JOIN people p ON p.id = c.person_id CROSS JOIN centres ce
                WHERE p.last_name = 'Deuxcentres'
                  AND ce.name IN ('Centre de santé de Saint-Gilles', 'Centre de santé de Saint-Hilaire-de-Brethmas');
                INSERT INTO recruitment_events (person_id, stage, occurred_on)
                SELECT id, 'embauche', '2024-01-15' FROM people WHERE last_name = 'Deuxcentres';
                INSERT INTO contract_amendments (contract_id, person_id, effective_on, kind, weekly_hours)
                SELECT c.id, c.person_id, '2024-06-17', 'CDI', 28 FROM contracts c JOIN people p ON p.id = c.person_id
                WHERE p.last_name = 'Deuxcentres';
                INSERT INTO recruitment_events (person_id, stage, occurred_on)
                SELECT id, 'parti', '2025-09-12' FROM people WHERE last_name = 'Deuxcentres';
                -- A centre closing mid-month.
                UPDATE centres SET status = 'ferme', closed_on = '2025-03-14' WHERE name = 'Centre de santé de Lussan';
                -- A post target ending mid-month, followed by a smaller one; a target nobody fills.
                UPDATE post_targets SET valid_to = '2025-08-20'
                WHERE id = (SELECT min(t.id) FROM post_targets t JOIN centres c ON c.id = t.centre_id
                            WHERE t.valid_to IS NULL AND c.name = 'Centre de santé de Saint-Gilles');
                INSERT INTO post_targets (centre_id, profession, fte, valid_from)
                SELECT centre_id, profession, fte - 0.5, '2025-08-21' FROM post_targets WHERE valid_to = '2025-08-20'
                    AND centre_id = (SELECT id FROM centres WHERE name = 'Centre de santé de Saint-Gilles');
                INSERT INTO post_targets (centre_id, profession, fte, valid_from, valid_to)
                SELECT id, 'infirmier', 0.8, '2023-10-10', '2026-02-17' FROM centres WHERE name = 'Centre de santé de Lodève';
                -- A commune without a class for two months, then in another class from mid-month.
                UPDATE commune_zonings SET valid_to = '2024-09-15'
                WHERE valid_to IS NULL
                  AND insee_code = (SELECT insee_code FROM centres WHERE name = 'Centre de santé de Saint-Hilaire-de-Brethmas');
                INSERT INTO commune_zonings (insee_code, zoning, valid_from)
                SELECT insee_code, 'zac', '2024-11-20' FROM centres WHERE name = 'Centre de santé de Saint-Hilaire-de-Brethmas';
                COMMIT;
                """)
            #expect(try Self.expectSameContractPeriods(conn) > 3)
            try Self.createReference(conn)
            let reference = try Self.expectSameRows(
                conn,
                windows: Self.demoWindows + [
                    ("2024-01-15", "2025-09-30"), ("2025-03-14", "2025-03-14"), ("2025-03-15", "2025-08-21"),
                ])
            #expect(reference.territories.contains("centre Centre de santé de Lussan"))
        }
    }

    @Test func theSweepPrintsTheRowsOf0022OnTheBenchmarkNetworkWithPostsAndZonings() throws {
        try withFreshDatabase { database in
            let conn = try database.connectWithBenchmarkNetwork(scale: 2)
            // The network has no commune, zoning or post: some of each, changing on 1 April 2022 and mid-month.
            try conn.runScript(
                """
                INSERT INTO communes (insee_code, name, departement, mountain)
                SELECT DISTINCT ON (insee_code) insee_code, 'Commune ' || insee_code, departement,
                       departement IN ('09', '48', '65')
                FROM centres ORDER BY insee_code;
                INSERT INTO commune_zonings (insee_code, zoning, valid_from, valid_to)
                SELECT insee_code, CASE WHEN right(insee_code, 1) IN ('1', '4') THEN 'zac' ELSE 'hors_zonage' END::zoning_class,
                       '2018-07-01', '2022-03-31'
                FROM communes WHERE right(insee_code, 1) <> '3';
                INSERT INTO commune_zonings (insee_code, zoning, valid_from, valid_to)
                SELECT insee_code, CASE WHEN right(insee_code, 1) = '4' THEN 'zac' ELSE 'zip' END::zoning_class, '2022-04-01',
                       CASE WHEN right(insee_code, 1) = '2' THEN date '2024-09-15' END
                FROM communes;
                INSERT INTO commune_zonings (insee_code, zoning, valid_from)
                SELECT insee_code, 'zac', '2024-11-20' FROM communes WHERE right(insee_code, 1) = '2';
                INSERT INTO post_targets (centre_id, profession, fte, valid_from, valid_to)
                SELECT id, 'medecin_generaliste', 2 + id % 3, opened_on, '2021-06-15' FROM centres WHERE opened_on IS NOT NULL;
                INSERT INTO post_targets (centre_id, profession, fte, valid_from)
                SELECT id, 'medecin_generaliste', 4 + id % 5, '2021-06-16' FROM centres WHERE opened_on IS NOT NULL;
                INSERT INTO post_targets (centre_id, profession, fte, valid_from)
                SELECT id, 'sage_femme', 1, '2019-01-01' FROM centres WHERE id % 2 = 0;
                ANALYZE;
                """)
            _ = try Self.expectSameContractPeriods(conn)
            try Self.createReference(conn)
            let reference = try Self.expectSameRows(
                conn,
                windows: [
                    ("2015-06-01", "2026-10-31"), ("2019-03-15", "2022-06-14"), ("2022-04-01", "2022-04-01"),
                    ("2021-12-15", "2022-05-01"),
                ])
            #expect(reference.arrivals > 0 && reference.departures > 0 && reference.vacant > 0)
            #expect(reference.territories.isSuperset(of: ["zonage zip", "zonage zac", "zonage hors_zonage"]))
        }
    }
}
