import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// Attacks on who may see and change what, as real logins against the real server: each
/// check fails if the grant or the row-level security policy behind it is removed.
@Suite struct AccessControlTests {
    static let thuirShifts: Query =
        "SELECT count(*) FROM shifts s JOIN centres c ON c.id = s.centre_id WHERE c.name = 'Centre de santé de Thuir'"

    /// A shift's trigger looks for its person's assignment to the centre, which RLS hides from a
    /// manager outside their centres (check_violation) before the shifts policy refuses the row.
    static let hiddenAssignment: [SQLState] = ["42501", "23514"]

    @Test func aManagerSeesNoneOfAnotherCentresShiftsPeopleOrActivity() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            // FABRE works in Thuir only; REY works in both, so their Thuir shift may be read (legal limits span centres).
            #expect(
                try conn.query(
                    "SELECT count(*) FROM shifts s JOIN people p ON p.id = s.person_id WHERE p.last_name = 'FABRE'"
                ).single(Int.self) == 0)
            #expect(try conn.query("SELECT count(*) FROM people WHERE last_name = 'FABRE'").single(Int.self) == 0)
            #expect(try conn.query("SELECT count(*) FROM contracts").single(Int.self) == 4)
            #expect(try conn.query("SELECT count(*) FROM centres").single(Int.self) == 1)
            #expect(try conn.query("SELECT count(*) FROM monthly_activity").single(Int.self) == 1)
            #expect(try conn.query("SELECT count(*) FROM people").single(Int.self) == 4)
            #expect(try conn.query("SELECT count(*) FROM assignments").single(Int.self) == 4)
        }
    }

    @Test func aManagerCanNeitherChangeNorDeleteAnotherCentresShiftsOrActivity() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            let before = try fixture.count(Self.thuirShifts)
            expectNoRow(
                conn, "UPDATE shifts SET ends_at = ends_at + interval '1 hour' WHERE centre_id <> ALL (my_centres())",
                "update Thuir's shifts")
            expectNoRow(conn, "DELETE FROM shifts WHERE centre_id <> ALL (my_centres())", "delete Thuir's shifts")
            expectNoRow(
                conn, "UPDATE monthly_activity SET home_visits = 0 WHERE centre_id <> ALL (my_centres())",
                "update Thuir's activity")
            expectNoRow(
                conn, "DELETE FROM monthly_activity WHERE centre_id <> ALL (my_centres())", "delete Thuir's activity")
            expectNoRow(
                conn, "DELETE FROM opening_hours WHERE centre_id <> ALL (my_centres())", "delete Thuir's opening hours")
            expectNoRow(
                conn, "UPDATE planning_weeks SET version = 99 WHERE centre_id <> ALL (my_centres())",
                "update Thuir's weeks")
            #expect(try fixture.count(Self.thuirShifts) == before)
            #expect(try fixture.count("SELECT count(*) FROM monthly_activity WHERE home_visits = 20") == 2)
            #expect(try fixture.count("SELECT count(*) FROM opening_hours") == 22)
            #expect(try fixture.count("SELECT count(*) FROM planning_weeks WHERE version = 99") == 0)
        }
    }

    @Test func aManagerCannotWriteIntoAnotherCentreNorMoveAShiftThere() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            let thuir = try fixture.count("SELECT id FROM centres WHERE name = 'Centre de santé de Thuir'")
            expectDenied(
                conn,
                """
                INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity)
                SELECT id, \(thuir), '2026-12-03 08:30+01', '2026-12-03 12:30+01', 'consultation' FROM people WHERE last_name = 'REY'
                """, "insert a shift into Thuir", codes: Self.hiddenAssignment)
            expectDenied(
                conn, "UPDATE shifts SET centre_id = \(thuir)", "move a Millas shift to Thuir",
                codes: Self.hiddenAssignment)
            expectDenied(
                conn, "INSERT INTO monthly_activity VALUES (\(thuir), '2026-09-01', 1, 1, 1, 1, 1)",
                "insert Thuir's activity")
            expectDenied(
                conn, "INSERT INTO opening_hours VALUES (\(thuir), 7, '09:00', '10:00')", "open Thuir on Sunday")
            expectDenied(conn, "INSERT INTO centre_managers VALUES (current_user, \(thuir))", "give oneself Thuir")
            expectDenied(conn, "UPDATE people SET last_name = 'X'", "rename people")
            expectDenied(conn, "DELETE FROM people", "delete people")
            expectDenied(conn, "DELETE FROM contracts", "delete contracts")
            expectDenied(
                conn,
                "INSERT INTO planning_changes (centre_id, week, operation) VALUES (\(thuir), '2026-W49', 'publication')",
                "forge history")
            expectDenied(
                conn, "SELECT masante_create_login('pirate', 'masante_admin', 'SCRAM-SHA-256$x')",
                "create an admin login")
            expectDenied(conn, "SELECT * FROM audit_log", "read the audit trail")
            #expect(throws: PQError.self) { try conn.execute("SET ROLE masante_admin") }
            #expect(try fixture.count("SELECT count(*) FROM shifts") == 3)
            #expect(try fixture.count("SELECT count(*) FROM centre_managers") == 1)
        }
    }

    @Test func theRegionReadsAggregatesButNoPeopleAndEveryRolePrintsTheNetworksReport() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.region)
            defer { conn.close() }
            for table in [
                "people", "contracts", "assignments", "shifts", "recruitment_events", "hires", "people_stage",
                "audit_log",
            ] {
                expectDenied(conn, "SELECT * FROM \(identifier: table) LIMIT 1", "read \(table)")
            }
            #expect(
                try conn.query("SELECT count(*) FROM centre_managers").single(Int.self) == 0, "only its own rows: none")
            expectDenied(conn, "UPDATE monthly_activity SET home_visits = 0", "change activity")
            #expect(try conn.query("SELECT in_post FROM report_staff('2026-11-30')").single(Int.self) == 3)
            let columns = try conn.query(
                """
                SELECT string_agg(array_to_string(proargnames, ','), ',') FROM pg_proc WHERE proname LIKE 'report\\_%'
                """
            ).single(String.self)
            for personal in ["last_name", "first_name", "rpps", "person_id"] {
                #expect(!columns.contains(personal), "\(columns)")
            }
            let report = try fixture.run(
                ["rapport", "progression", "--au", "2026-11-30", "--format", "json"], as: fixture.region)
            #expect(report.status == 0, "\(report.stderr)")
            let admin = try runMasante([
                "rapport", "progression", "--au", "2026-11-30", "--format", "json", "--base",
                fixture.registry.database.conninfo,
            ])
            #expect(report.stdout == admin.stdout)
            // A manager runs Millas only, yet prints the network's report, open centres included.
            let managers = try fixture.run(
                ["rapport", "progression", "--au", "2026-11-30", "--format", "json"], as: fixture.manager)
            #expect(managers.status == 0, "\(managers.stderr)")
            #expect(managers.stdout == admin.stdout)
        }
    }

    @Test func hrManagesPeopleButCannotWriteSchedules() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.hr)
            defer { conn.close() }
            #expect(try conn.query("SELECT count(*) FROM people").single(Int.self) == 5)
            #expect(try conn.query("SELECT count(*) FROM shifts").single(Int.self) == 3)
            expectDenied(conn, "DELETE FROM shifts", "delete shifts")
            expectDenied(conn, "UPDATE shifts SET ends_at = ends_at + interval '1 hour'", "change shifts")
            expectDenied(conn, "UPDATE planning_weeks SET status = 'publiee'", "publish weeks")
            expectDenied(
                conn, "INSERT INTO centre_managers SELECT current_user, id FROM centres", "make oneself a manager")
            expectDenied(conn, "SELECT * FROM audit_log", "read the audit trail")
            #expect(try conn.execute("UPDATE people SET first_name = first_name") == 5)
        }
    }

    @Test func aLoginOutsideMasantesRolesCannotEvenConnect() async throws {
        try await SecurityFixture.with { fixture in
            let login = "outsider-\(fixture.suffix)"
            let admin = try fixture.superuser()
            defer {
                _ = try? admin.execute("DROP ROLE IF EXISTS \(identifier: login)")
                admin.close()
            }
            let verifier = try admin.encryptPassword(SecurityFixture.password, user: login)
            let create = try admin.query(
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', \(login)::text, \(verifier)::text)"
            ).single(String.self)
            try admin.execute(Query(unsafeSQL: create))
            let result = try fixture.run(["rapport", "progression"], as: login)
            #expect(result.status == 69, "\(result.stderr)")
            #expect(result.stderr.contains("n'a pas le droit de se connecter à cette base"), "\(result.stderr)")
        }
    }

    @Test func theAuditTrailCannotBeChangedEvenByAnAdministrator() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.admin)
            defer { conn.close() }
            let rows = try conn.query("SELECT count(*) FROM audit_log").single(Int.self)
            #expect(rows > 0)
            expectDenied(conn, "UPDATE audit_log SET login = 'personne'", "rewrite the trail")
            expectDenied(conn, "DELETE FROM audit_log", "erase the trail")
            expectDenied(conn, "TRUNCATE audit_log", "truncate the trail")
            expectDenied(
                conn, "INSERT INTO audit_log (table_name, operation, row_key) VALUES ('people', 'DELETE', '{}')",
                "forge an entry")
            let superuser = try fixture.superuser()
            defer { superuser.close() }
            #expect(throws: PQError.self) { try superuser.execute("DELETE FROM audit_log") }
            #expect(try fixture.count("SELECT count(*) FROM audit_log") == rows)
        }
    }
}
