import Foundation
import MaSante
import MaSanteDemo
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The demonstration network reproduces the published figures and loads idempotently.
@Suite struct DemoNetworkTests {
    static func day(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text) }

    /// A fresh, migrated database with the demo loaded once; returns the load's summary and time.
    static func loaded(_ database: TemporaryDatabase) throws -> (Connection, DemoSummary, Duration) {
        let conn = try database.connect()
        try Migrator(connection: conn).migrate()
        let clock = ContinuousClock()
        var summary = DemoSummary()
        let elapsed = try clock.measure {
            summary = try DemoNetworkWriter(connection: conn).load(try DemoNetwork.history())
        }
        return (conn, summary, elapsed)
    }

    @Test func reproducesTheFiguresPublishedAfterFourYears() throws {
        try withFreshDatabase { database in
            let (conn, summary, elapsed) = try Self.loaded(database)
            #expect(elapsed < .seconds(10), "demo load took \(elapsed)")
            #expect(summary.changedAnything)

            let report = try ProgressQueries(connection: conn).report(asOf: try Self.day("2026-10-31"))
            #expect(report.centresOpen == 26)
            #expect(report.hired == 133)
            #expect(
                report.hiredByProfession == [
                    "medecin_generaliste": 119, "sage_femme": 10, "infirmier": 3, "medecin_specialiste": 1,
                ])
            #expect(report.activity.consultations > 500_000)
            #expect(report.activity.consultations < 530_000)
            #expect(report.activity.newReferringPatients > 38_000)
            #expect(report.activity.newReferringPatients < 40_000)
            // Departures stay counted as hires, but are no longer in post.
            #expect(report.inPost < report.hired)
            #expect(report.inPost >= 120)
            #expect((40...50).contains(report.hiredOutsideGoal["secretaire_medical"] ?? 0))
            #expect(report.openingsByYear == ["2022": 6, "2023": 7, "2024": 6, "2025": 5, "2026": 2])
            #expect(Set(report.hiredByDepartement.keys) == Set(Departement.occitanie.keys))
            #expect(summary.consultations == report.activity.consultations)
            #expect(summary.newReferringPatients == report.activity.newReferringPatients)
        }
    }

    @Test func followsThePublishedTrajectory() throws {
        try withFreshDatabase { database in
            let (conn, _, _) = try Self.loaded(database)
            let queries = ProgressQueries(connection: conn)
            // (date, centres open, GPs, midwives, other doctors, secretaries) as the regional press gave them.
            let published: [(String, Int, Int?, Int?, Int?, Int?)] = [
                ("2022-11-30", 6, 19, nil, nil, nil),
                ("2023-01-31", 7, 27, nil, nil, 13),
                ("2023-06-30", 11, 44, 1, nil, 21),
                ("2025-04-30", 22, 99, 6, 1, 41),
                ("2025-09-30", 24, nil, nil, nil, nil),
            ]
            for (date, centres, gps, midwives, specialists, secretaries) in published {
                let report = try queries.report(asOf: try Self.day(date))
                #expect(report.centresOpen == centres, "\(date)")
                if let gps { #expect(report.hiredByProfession["medecin_generaliste"] == gps, "\(date)") }
                if let midwives { #expect(report.hiredByProfession["sage_femme"] == midwives, "\(date)") }
                if let specialists {
                    #expect(report.hiredByProfession["medecin_specialiste"] == specialists, "\(date)")
                }
                if let secretaries { #expect(report.hiredOutsideGoal["secretaire_medical"] == secretaries, "\(date)") }
            }
        }
    }

    @Test func tellsABelievableHistory() throws {
        try withFreshDatabase { database in
            let (conn, summary, _) = try Self.loaded(database)
            func count(_ query: Query) throws -> Int { try conn.query(query).single(Int.self) }

            let first = try conn.query(
                """
                SELECT name, insee_code, departement, opened_on::text FROM centres ORDER BY opened_on, id LIMIT 3
                """
            ).map { try $0.decode((String, String, String, String).self) }
            #expect(
                first.map(\.0) == [
                    "Centre de santé de Sainte-Croix-Volvestre", "Centre de santé de Salviac",
                    "Centre de santé de Millas",
                ])
            #expect(first.map(\.1) == ["09268", "46297", "66108"])
            #expect(first.map(\.3) == ["2022-07-01", "2022-07-18", "2022-09-05"])
            #expect(
                try count(
                    "SELECT count(*) FROM centres WHERE status IN ('candidature', 'retenue', 'convention_signee', 'en_preparation')"
                ) == 5)
            #expect(try count("SELECT count(DISTINCT departement) FROM centres WHERE status = 'ouvert'") == 13)
            // Every centre has a main site; the two antennes are there.
            #expect(try count("SELECT count(*) FROM sites WHERE is_main") == summary.centres)
            #expect(
                try count(
                    "SELECT count(*) FROM sites WHERE commune IN ('Les Cabannes', 'Bize-Minervois') AND NOT is_main")
                    == 2)
            // Open centres have a dated lifecycle ending with their opening; most open on Saturday mornings.
            #expect(
                try count(
                    """
                    SELECT count(*) FROM centres c WHERE c.status = 'ouvert' AND (SELECT count(*) FROM centre_status_events e
                        WHERE e.centre_id = c.id AND e.effective_on <= c.opened_on) <> 5
                    """) == 0)
            #expect(try count("SELECT count(DISTINCT centre_id) FROM opening_hours WHERE weekday = 6") >= 20)
            #expect(try count("SELECT count(*) FROM centres c WHERE status = 'ouvert' AND partner_id IS NULL") == 0)

            // Nobody works in a centre before it opened; everyone hired works somewhere.
            #expect(
                try count(
                    """
                    SELECT count(*) FROM assignments a JOIN centres c ON c.id = a.centre_id
                    WHERE c.opened_on IS NULL OR a.starts_on < c.opened_on
                    """) == 0)
            #expect(
                try count(
                    """
                    SELECT count(*) FROM recruitment_events WHERE stage = 'embauche' AND extract(isodow FROM occurred_on) > 5
                    """) == 0)
            #expect(
                try count(
                    "SELECT count(*) FROM hires h WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.person_id = h.person_id)"
                ) == 0)
            // Part time, CDDs, departures, shared doctors, and candidates who are not hired.
            #expect(try count("SELECT count(*) FROM contracts WHERE weekly_hours = 17.5") > 0)
            #expect(try count("SELECT count(*) FROM contracts WHERE weekly_hours = 28") > 0)
            #expect(try count("SELECT count(*) FROM contracts WHERE kind = 'CDD'") >= 6)
            #expect(try count("SELECT count(*) FROM recruitment_events WHERE stage = 'parti'") == summary.departures)
            #expect(summary.departures >= 5)
            #expect(
                try count(
                    """
                    SELECT count(*) FROM recruitment_events e JOIN contracts c ON c.person_id = e.person_id
                    WHERE e.stage = 'parti' AND c.starts_on <= e.occurred_on AND (c.ends_on IS NULL OR c.ends_on > e.occurred_on)
                    """) == 0)
            #expect(try count("SELECT count(*) FROM assignments WHERE share < 1") >= 4)
            #expect(
                try count(
                    """
                    SELECT count(*) FROM people_stage s WHERE s.stage IN ('candidat', 'entretien', 'promesse')
                      AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.person_id = s.person_id)
                    """) == 4)
            #expect(try count("SELECT count(*) FROM people WHERE rpps IS NOT NULL AND rpps NOT LIKE '1999%'") == 0)
            #expect(try count("SELECT count(*) FROM people") == summary.people)

            // Activity: every open centre, every month from its opening to October 2026, nothing later.
            #expect(
                try count(
                    """
                    SELECT count(*) FROM centres c WHERE c.status = 'ouvert' AND (SELECT count(*) FROM monthly_activity m
                        WHERE m.centre_id = c.id) <> (SELECT count(*) FROM generate_series(date_trunc('month', c.opened_on), '2026-10-01', interval '1 month'))
                    """) == 0)
            #expect(try count("SELECT count(*) FROM monthly_activity WHERE month > '2026-10-01'") == 0)
            let shares = try conn.query(
                """
                SELECT sum(unscheduled_consultations)::float8 / sum(scheduled_consultations + unscheduled_consultations) FROM monthly_activity
                """
            ).single(Double.self)
            #expect((0.17...0.23).contains(shares))
            // New patients come mostly in the first years: more before April 2025 than after.
            let early = try count(
                "SELECT sum(new_referring_patients)::int8 FROM monthly_activity WHERE month < '2025-05-01'")
            #expect(Double(early) > 0.7 * Double(summary.newReferringPatients))
        }
    }

    @Test func amendmentsAndARehireComeAfterOctoberSoTheReportOfTheThirtyFirstStaysAsPublished() throws {
        try withFreshDatabase { database in
            let (conn, summary, _) = try Self.loaded(database)
            #expect(summary.amendments == 3 && summary.rehires == 1)
            let amendments = try conn.query(
                "SELECT note FROM contract_amendments WHERE effective_on > '2026-10-31' ORDER BY note"
            ).map { try $0.decode(String.self) }
            #expect(
                amendments == [
                    "CDI avant le terme du CDD", "passage à temps plein", "renouvellement du CDD pour un an",
                ])
            #expect(try conn.query("SELECT count(*) FROM contract_amendments").single(Int.self) == 3)
            let fullTime = try conn.query(
                """
                SELECT c.weekly_hours::float8, p.weekly_hours::float8 FROM contract_amendments a
                JOIN contracts c ON c.id = a.contract_id
                JOIN contract_periods p ON p.contract_id = c.id AND p.starts_on <= '2026-10-31'
                    AND (p.ends_on IS NULL OR p.ends_on >= '2026-10-31')
                WHERE a.note = 'passage à temps plein'
                """)[0].decode((Double, Double).self)
            #expect(fullTime.0 == 35 && fullTime.1 < 35, "full time now, part time on 31 October")
            let rehire = try conn.query(
                """
                SELECT count(*) FILTER (WHERE e.stage = 'parti' AND e.cycle = 1),
                       count(*) FILTER (WHERE e.stage = 'embauche' AND e.cycle = 2 AND e.occurred_on = '2026-11-16')
                FROM recruitment_events e WHERE e.person_id IN (SELECT person_id FROM recruitment_events WHERE cycle = 2)
                """)[0].decode((Int, Int).self)
            #expect(rehire == (1, 1))
            #expect(try conn.query("SELECT report_rehires('2026-10-31')").single(Int.self) == 0)
            #expect(try conn.query("SELECT report_rehires('2026-11-30')").single(Int.self) == 1)
        }
    }

    @Test func loadingItAgainChangesNothing() throws {
        try withFreshDatabase { database in
            let (conn, _, _) = try Self.loaded(database)
            let before = try Self.snapshot(conn)
            let again = try DemoNetworkWriter(connection: conn).load(try DemoNetwork.history())
            #expect(!again.changedAnything)
            #expect(again.centreImport.unchanged == again.centres)
            #expect(again.peopleImport.unchanged == again.healthProfessionals + again.secretaries)
            let after = try Self.snapshot(conn)
            for (name, rows) in before {
                #expect(after[name] == rows, "table \(name) changed")
            }
            #expect(after.keys.sorted() == before.keys.sorted())
        }
    }

    @Test func theSameSeedGivesTheSameNetworkAnywhere() throws {
        let other = try TemporaryDatabase()
        defer { try? other.drop() }
        try withFreshDatabase { database in
            let (one, _, _) = try Self.loaded(database)
            let (two, _, _) = try Self.loaded(other)
            let people =
                "SELECT string_agg(concat_ws(' ', last_name, first_name, profession, rpps), E'\n' ORDER BY id) FROM people"
            let activity =
                "SELECT string_agg(m::text, E'\n' ORDER BY centre_id, month) FROM (SELECT centre_id, month, scheduled_consultations, new_referring_patients FROM monthly_activity) m"
            #expect(
                try one.query(Query(unsafeSQL: people)).single(String.self)
                    == two.query(Query(unsafeSQL: people)).single(String.self))
            #expect(
                try one.query(Query(unsafeSQL: activity)).single(String.self)
                    == two.query(Query(unsafeSQL: activity)).single(String.self))
        }
    }

    /// Every table's rows as text, and every sequence's position.
    static func snapshot(_ conn: Connection) throws -> [String: String] {
        var tables: [String: String] = [:]
        let names = try conn.query(
            """
            SELECT c.relname::text, c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') ORDER BY 1
            """
        ).map { try $0.decode((String, String).self) }
        for (name, kind) in names {
            tables[name] = try conn.query(
                kind == "S"
                    ? "SELECT last_value::text || ' ' || is_called::text FROM \(identifier: name)"
                    : "SELECT coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '') FROM \(identifier: name) t"
            ).single(String.self)
        }
        return tables
    }
}
