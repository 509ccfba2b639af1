import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The routes from a manager's, HR's or an administrator's login up to the superuser, and the
/// holes in the audit trail, tried as the role that found them (issue 13): each must fail and
/// leave the database as it was.
@Suite struct PrivilegeEscalationTests {
    /// Every function searches pg_catalog first and temporary objects last, except small SQL
    /// functions that are safe by construction (sql/0011): a body bound when created (SQL
    /// standard) run with the caller's rights, which stays inlinable.
    @Test func everyFunctionOfTheSchemaSearchesPgCatalogFirstAndTemporaryObjectsLast() async throws {
        try await withRegistry { registry in
            let conn = try registry.database.connect()
            defer { conn.close() }
            let unsafe = try conn.query(
                """
                SELECT p.oid::regprocedure::text FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace
                  AND p.prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
                  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                  AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
                  AND NOT (p.prosqlbody IS NOT NULL AND NOT p.prosecdef AND p.proconfig IS NULL)
                ORDER BY 1
                """
            ).map { try $0.decode(String.self) }
            #expect(unsafe.isEmpty, "functions without `SET search_path = pg_catalog, pg_temp`: \(unsafe)")
            let inlined = try conn.query(
                """
                SELECT p.proname::text FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND p.proconfig IS NULL AND p.prosqlbody IS NOT NULL
                ORDER BY 1
                """
            ).map { try $0.decode(String.self) }
            #expect(
                inlined == [
                    "audit_row_key", "my_centres", "paris_iso_week", "profession_counts_toward_goal",
                    "recruitment_transition_allowed", "report_minimum_cell",
                ])
            let functions = try conn.query(
                "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'audit%'"
            ).single(Int.self)
            #expect(functions >= 4)
        }
    }

    @Test func noApplicationRoleOwnsAnObjectOrMayCreateOneWhereFunctionsLook() async throws {
        try await withRegistry { registry in
            let conn = try registry.database.connect()
            defer { conn.close() }
            let owners = try conn.query(
                """
                SELECT DISTINCT r.rolname::text FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                WHERE c.relnamespace = 'public'::regnamespace AND c.relname <> 'schema_migrations'
                  AND c.relkind IN ('r', 'v', 'm', 'p')
                """
            ).map { try $0.decode(String.self) }
            #expect(owners == ["masante_owner"])
            for role in ["masante_admin", "masante_rh", "masante_responsable", "masante_region", "masante_auditor"] {
                for schema in ["public", "pg_catalog"] {
                    #expect(
                        try conn.query("SELECT has_schema_privilege(\(role), \(schema), 'CREATE')").single(Bool.self)
                            == false, "\(role) on \(schema)")
                }
            }
            #expect(
                try conn.query("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'masante_owner'").single(Bool.self)
                    == false)
            #expect(
                try conn.query("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'masante_auditor'").single(Bool.self)
                    == false)
            let auditOwner = try conn.query(
                "SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'audit_inserted'"
            ).single(String.self)
            #expect(auditOwner == "masante_auditor")
        }
    }

    @Test func everyTableUnderRowSecurityLetsTheAdministratorSeeEveryRow() async throws {
        try await withRegistry { registry in
            let conn = try registry.database.connect()
            defer { conn.close() }
            let uncovered = try conn.query(
                """
                SELECT c.relname::text FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relrowsecurity
                  AND NOT EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND p.polcmd = '*'
                                  AND 'masante_admin'::regrole = ANY (p.polroles))
                """
            ).map { try $0.decode(String.self) }
            #expect(uncovered.isEmpty, "tables without an admin_all policy: \(uncovered)")
        }
    }

    @Test func aManagersTemporaryAuditLogWithATriggerCatchesNothingAndRunsNothingAsTheOwner() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            try conn.runScript(
                """
                CREATE TEMP TABLE stolen (secret text);
                CREATE TEMP TABLE audit_log (table_name text, operation text, row_key jsonb, before jsonb, after jsonb);
                CREATE FUNCTION pg_temp.steal() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO pg_temp.stolen SELECT current_user::text;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER steal BEFORE INSERT ON pg_temp.audit_log FOR EACH ROW EXECUTE FUNCTION pg_temp.steal();
                CREATE TEMP VIEW planning_weeks AS SELECT 0::bigint AS centre_id, ''::text AS week, 'brouillon'::text AS status;
                """)
            let before = try fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'centre_closures'")
            try conn.execute(
                "INSERT INTO centre_closures (centre_id, day, reason) SELECT unnest(my_centres()), '2026-12-24', 'Réveillon'"
            )
            #expect(try conn.query("SELECT count(*) FROM pg_temp.audit_log").single(Int.self) == 0)
            #expect(try conn.query("SELECT count(*) FROM pg_temp.stolen").single(Int.self) == 0)
            #expect(
                try fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'centre_closures'") == before + 1)
            let login = try fixture.superuser().query(
                "SELECT login FROM audit_log WHERE table_name = 'centre_closures' ORDER BY id DESC LIMIT 1"
            ).single(String.self)
            #expect(login == fixture.manager)
        }
    }

    @Test func aPublishedShiftCannotBeDeletedUnderShadowedTables() async throws {
        try await SecurityFixture.with { fixture in
            let admin = try fixture.superuser()
            defer { admin.close() }
            try admin.execute(
                "UPDATE planning_weeks SET status = 'publiee' WHERE centre_id IN (SELECT id FROM centres WHERE name = \(SecurityFixture.millas))"
            )
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            try conn.runScript(
                """
                CREATE TEMP TABLE planning_weeks (centre_id bigint, week text, status text);
                CREATE TEMP TABLE planning_changes (centre_id bigint, week text, operation text, shift_id uuid,
                    changed_by text, reason text, before jsonb, after jsonb);
                CREATE TEMP TABLE assignments (person_id bigint, centre_id bigint, starts_on date, ends_on date);
                """)
            let shifts = try fixture.count("SELECT count(*) FROM shifts")
            expectDenied(conn, "DELETE FROM shifts", "delete a published shift", codes: ["55000"])
            #expect(try fixture.count("SELECT count(*) FROM shifts") == shifts)
            // The same shadowing cannot plant a shift for someone outside the manager's staff.
            expectDenied(
                conn,
                """
                INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity)
                SELECT p.id, unnest(my_centres()), '2026-12-02 09:00+01', '2026-12-02 10:00+01', 'consultation'
                FROM people p WHERE p.last_name = 'DENIS'
                """, "add a shift to a published week", codes: ["55000"])
        }
    }

    @Test func thePublicationsAuthorIsTheSessionsLoginWhateverTheClientWrites() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            try conn.execute(
                """
                UPDATE planning_weeks SET status = 'publiee', published_at = '2020-01-01', published_by = 'la-directrice'
                WHERE centre_id = ANY (my_centres())
                """)
            let (author, year) = try conn.query(
                "SELECT published_by, extract(year FROM published_at)::int8 FROM planning_weeks")[0].decode(
                    (String, Int).self)
            #expect(author == fixture.manager)
            #expect(year >= 2026)
            try conn.execute(
                "UPDATE planning_weeks SET published_by = 'la-directrice' WHERE centre_id = ANY (my_centres())")
            #expect(try conn.query("SELECT published_by FROM planning_weeks").single(String.self) == fixture.manager)
            #expect(
                try fixture.count(
                    "SELECT count(*) FROM planning_changes WHERE operation = 'publication' AND changed_by = 'la-directrice'"
                ) == 0)
            #expect(try fixture.count("SELECT count(*) FROM planning_changes WHERE operation = 'publication'") == 1)
        }
    }

    @Test func anAdministratorCannotPlantAFunctionNorTouchTheAuditTriggersNorTruncate() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.admin)
            defer { conn.close() }
            expectDenied(
                conn,
                """
                CREATE FUNCTION public.to_jsonb(r record) RETURNS jsonb LANGUAGE sql AS 'SELECT pg_catalog.to_jsonb(r)'
                """, "plant public.to_jsonb")
            expectDenied(conn, "ALTER TABLE people DISABLE TRIGGER audit_updated", "disable the audit of people")
            expectDenied(conn, "DROP TRIGGER audit_deleted ON shifts", "drop the audit of shifts")
            expectDenied(
                conn, "CREATE TRIGGER spy AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
                "add a trigger")
            expectDenied(conn, "TRUNCATE shifts", "truncate shifts")
            expectDenied(conn, "TRUNCATE audit_log", "truncate the trail")
            expectDenied(conn, "ALTER FUNCTION audit_inserted() RESET search_path", "loosen the audit function")
            expectDenied(conn, "SELECT rolpassword FROM pg_authid", "read password hashes")
            // What the administrator does every day still works.
            #expect(try conn.execute("UPDATE people SET first_name = first_name WHERE last_name = 'REY'") == 1)
            #expect(try conn.query("SELECT count(*) FROM shifts").single(Int.self) == 3)
        }
    }

    @Test func dropLoginIsNotFooledByTemporaryCatalogViews() async throws {
        try await SecurityFixture.with { fixture in
            let victim = "victim-\(fixture.suffix)"
            let superuser = try fixture.superuser()
            defer {
                _ = try? superuser.execute("DROP ROLE IF EXISTS \(identifier: victim)")
                superuser.close()
            }
            try superuser.execute("CREATE ROLE \(identifier: victim) SUPERUSER NOLOGIN")
            let conn = try fixture.connect(as: fixture.admin)
            defer { conn.close() }
            try conn.execute(
                Query(
                    unsafeSQL: """
                        CREATE TEMP VIEW pg_roles AS SELECT oid, rolname, true AS rolcanlogin, false AS rolsuper, false AS rolcreaterole,
                            false AS rolbypassrls, false AS rolreplication FROM pg_catalog.pg_roles
                        """))
            try conn.execute(
                "CREATE TEMP VIEW pg_auth_members AS SELECT r.oid AS member, g.oid AS roleid FROM pg_catalog.pg_roles r, pg_catalog.pg_roles g WHERE g.rolname = 'masante_admin'"
            )
            try conn.execute("CREATE TEMP TABLE logins (login name, group_role name)")
            try conn.execute("INSERT INTO pg_temp.logins VALUES (\(victim), 'masante_admin')")
            expectDenied(conn, "SELECT masante_drop_login(\(victim))", "drop a superuser", codes: ["42704"])
            #expect(try fixture.count("SELECT count(*) FROM pg_roles WHERE rolname = \(victim) AND rolsuper") == 1)
        }
    }

    @Test func creatingAndRemovingALoginIsAuditedWithWhoDidIt() async throws {
        try await SecurityFixture.with { fixture in
            let login = "tmp-\(fixture.suffix)"
            let admin = try fixture.connect(as: fixture.admin)
            defer { admin.close() }
            let accounts = UserAccounts(connection: admin)
            try accounts.create(
                login: login, role: .responsable, password: SecurityFixture.password, centres: [SecurityFixture.thuir])
            try accounts.remove(login: login)
            let trail = try fixture.superuser().query(
                """
                SELECT table_name || ':' || operation || ':' || login FROM audit_log
                WHERE row_key->>'login' = \(login) ORDER BY id
                """
            ).map { try $0.decode(String.self) }
            let by = fixture.admin
            #expect(
                Set(trail) == [
                    "logins:INSERT:\(by)", "centre_managers:INSERT:\(by)", "centre_managers:DELETE:\(by)",
                    "logins:DELETE:\(by)",
                ])
            #expect(trail.count == 4)
        }
    }

    @Test func aLoginMadeForOneDatabaseCannotConnectToAnother() async throws {
        try await SecurityFixture.with { fixture in
            let other = try TemporaryDatabase(prefix: "masante_other")
            defer { try? other.drop() }
            let migrator = try other.connect()
            try Migrator(connection: migrator).migrate()
            migrator.close()
            for login in [fixture.admin, fixture.hr, fixture.manager, fixture.region] {
                let outcome = Result { () throws(PQError) in
                    try Connection(conninfo: "dbname=\(other.name) user=\(login) password=\(SecurityFixture.password)")
                }
                guard case .failure(let error) = outcome else {
                    Issue.record("\(login) connected to another database")
                    continue
                }
                #expect(error.message.contains("permission denied for database"), "\(error.message)")
            }
            let result = try runMasante([
                "rapport", "progression", "--base",
                "dbname=\(other.name) user=\(fixture.admin) password=\(SecurityFixture.password)",
            ])
            #expect(result.status == 69, "\(result.stderr)")
        }
    }

    @Test func aManagerNoLongerSeesTheNewContractOrTheSickLeaveElsewhereOfSomeoneWhoLeft() async throws {
        try await SecurityFixture.with { fixture in
            let admin = try fixture.superuser()
            defer { admin.close() }
            try admin.runScript(
                """
                UPDATE assignments SET ends_on = '2026-06-30' WHERE person_id = (SELECT id FROM people WHERE last_name = 'REY');
                UPDATE contracts SET kind = 'CDD', ends_on = '2026-06-30' WHERE person_id = (SELECT id FROM people WHERE last_name = 'REY');
                WITH renewed AS (
                    INSERT INTO contracts (person_id, kind, starts_on, weekly_hours)
                    SELECT id, 'CDI', '2026-07-01', 28 FROM people WHERE last_name = 'REY' RETURNING id, person_id)
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on)
                SELECT r.person_id, r.id, c.id, '2026-07-01' FROM renewed r, centres c WHERE c.name = 'Centre de santé de Thuir';
                UPDATE shifts SET activity = 'maladie' WHERE person_id = (SELECT id FROM people WHERE last_name = 'REY');
                """)
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            #expect(try conn.query("SELECT count(*) FROM contracts WHERE weekly_hours = 28").single(Int.self) == 0)
            #expect(try conn.query("SELECT count(*) FROM shifts WHERE activity = 'maladie'").single(Int.self) == 0)
            #expect(try conn.query("SELECT count(*) FROM staff_time_elsewhere").single(Int.self) == 0)
            #expect(
                try conn.query(
                    "SELECT count(*) FROM recruitment_events e JOIN people p ON p.id = e.person_id WHERE p.last_name = 'REY'"
                ).single(Int.self) == 0)
        }
    }

    @Test func aManagerKnowsWhenCurrentStaffAreBusyElsewhereButNotDoingWhatNorWhere() async throws {
        try await SecurityFixture.with { fixture in
            try fixture.superuser().runScript(
                """
                UPDATE assignments SET share = 0.5 WHERE person_id = (SELECT id FROM people WHERE last_name = 'DENIS');
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, share)
                SELECT p.id, k.id, c.id, '2024-01-01', 0.5 FROM people p JOIN contracts k ON k.person_id = p.id, centres c
                WHERE p.last_name = 'DENIS' AND c.name = 'Centre de santé de Thuir';
                INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity, place)
                SELECT p.id, c.id, '2026-12-02 14:00 Europe/Paris', '2026-12-02 18:00 Europe/Paris', 'maladie', 'Clinique du Roussillon'
                FROM people p, centres c WHERE p.last_name = 'DENIS' AND c.name = 'Centre de santé de Thuir';
                """)
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            let columns = try conn.query(
                """
                SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'staff_time_elsewhere'
                """
            ).single(String.self)
            #expect(columns == "id,person_id,starts_at,ends_at,counts_as_work")
            let rows = try conn.query("SELECT counts_as_work FROM staff_time_elsewhere").map {
                try $0.decode(Bool.self)
            }
            #expect(rows.sorted { !$0 && $1 } == [false, true], "REY's consultation and DENIS's sick leave in Thuir")
            #expect(
                try conn.query("SELECT count(*) FROM shifts WHERE centre_id <> ALL (my_centres())").single(Int.self)
                    == 0)
        }
    }

    @Test func aManagersTemplateCannotNameSomeoneOutsideTheirStaff() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            try conn.execute(
                "INSERT INTO planning_templates (centre_id, name) SELECT unnest(my_centres()), 'Semaine type'")
            let fabre = try fixture.count("SELECT id FROM people WHERE last_name = 'FABRE'")
            expectDenied(
                conn,
                """
                INSERT INTO template_shifts (template_id, person_id, weekday, starts, ends, activity)
                SELECT id, \(fabre), 1, '08:30', '12:30', 'consultation' FROM planning_templates
                """, "put a Thuir nurse in a Millas template")
            try conn.execute(
                """
                INSERT INTO template_shifts (template_id, person_id, weekday, starts, ends, activity)
                SELECT t.id, p.id, 1, '08:30', '12:30', 'consultation' FROM planning_templates t, people p WHERE p.last_name = 'DENIS'
                """)
            #expect(try fixture.count("SELECT count(*) FROM audit_log WHERE table_name = 'template_shifts'") == 1)
        }
    }

    @Test func theRegionReadsAggregatesWithSmallCentresWithheld() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.region)
            defer { conn.close() }
            for relation in ["hires", "people_stage", "contracts", "assignments", "staff_time_elsewhere", "logins"] {
                expectDenied(conn, "SELECT * FROM \(identifier: relation) LIMIT 1", "read \(relation)")
            }
            #expect(try conn.query("SELECT to_regclass('report_contracts') IS NULL").single(Bool.self))
            // Millas has 4 people in post, of whom 2 count toward the goal; Thuir has 2 (REY, FABRE).
            let rows = try conn.query("SELECT name, in_post, fte FROM report_centres('2026-11-30') ORDER BY name").map {
                try $0.decode((String, Int?, Double?).self)
            }
            #expect(rows.map(\.0) == [SecurityFixture.millas, SecurityFixture.thuir])
            #expect(rows.allSatisfy { $0.1 == nil && $0.2 == nil }, "\(rows)")
            #expect(try conn.query("SELECT report_minimum_cell()").single(Int.self) == 3)
        }
    }

    @Test func aSuperuserRunningDailyWorkIsWarnedAndAPersonsOwnLoginIsNot() async throws {
        try await SecurityFixture.with { fixture in
            let asSuperuser = try runMasante([
                "rapport", "progression", "--au", "2026-11-30", "--base", fixture.registry.database.conninfo,
            ])
            #expect(asSuperuser.status == 0)
            #expect(asSuperuser.stderr.contains("super-utilisateur"), "\(asSuperuser.stderr)")
            let asRegion = try fixture.run(["rapport", "progression", "--au", "2026-11-30"], as: fixture.region)
            #expect(asRegion.status == 0, "\(asRegion.stderr)")
            #expect(!asRegion.stderr.contains("super-utilisateur"))
            #expect(asRegion.stdout == asSuperuser.stdout)
            let migrate = try runMasante(["base", "etat", "--base", fixture.registry.database.conninfo])
            #expect(!migrate.stderr.contains("super-utilisateur"))
        }
    }
}
