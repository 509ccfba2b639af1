import MaSanteStore
import PQ
import TestSupport
import Testing

/// The database itself refuses states the registry must never hold.
@Suite struct SchemaConstraintTests {
    func withRegistry(_ body: (Connection) throws -> Void) throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let conn = try database.connect()
        try Migrator(connection: conn).migrate()
        try conn.runScript(
            """
            INSERT INTO centres (name, commune, insee_code, departement, status, opened_on)
            VALUES ('A', 'A', '31555', '31', 'ouvert', '2023-01-01');
            INSERT INTO people (last_name, first_name, profession) VALUES ('B', 'C', 'secretaire_medical');
            INSERT INTO contracts (person_id, kind, starts_on, ends_on, weekly_hours) VALUES (1, 'CDD', '2024-01-01', '2024-12-31', 35);
            """)
        try body(conn)
    }

    func violation(_ conn: Connection, _ script: String) -> PQError? {
        do {
            try conn.transaction { try conn.runScript(script) }
            return nil
        } catch {
            return error as? PQError
        }
    }

    @Test func aPublishedWeeksLockRefusesAChangeWithoutReasonAsARuleWithAFrenchSentence() throws {
        try withRegistry { conn in
            try conn.runScript(
                """
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on) VALUES (1, 1, 1, '2024-01-01', '2024-12-31');
                INSERT INTO planning_weeks (centre_id, week) VALUES (1, '2024-W10');
                INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity)
                VALUES (1, 1, '2024-03-05 09:00+01', '2024-03-05 12:00+01', 'secretariat');
                UPDATE planning_weeks SET status = 'publiee';
                """)
            let error = try #require(violation(conn, "DELETE FROM shifts"))
            #expect(error.sqlState == .objectNotInPrerequisiteState)
            #expect(ConstraintMessages.isRuleOfTheSchema(error))
            #expect(ConstraintMessages.french(for: error).hasPrefix("la semaine est publiée"))
            let fault = try #require(violation(conn, "SELECT 1/0"))
            #expect(!ConstraintMessages.isRuleOfTheSchema(fault))
        }
    }

    @Test func anAssignmentOutsideItsContractIsRefusedAtCommit() throws {
        try withRegistry { conn in
            let error = violation(
                conn,
                """
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on) VALUES (1, 1, 1, '2024-06-01', '2025-06-30');
                """)
            #expect(error?.constraintName == "assignments_within_contract")
            #expect(error?.sqlState == .checkViolation)
        }
    }

    @Test func shorteningAContractBelowItsAssignmentIsRefused() throws {
        try withRegistry { conn in
            try conn.execute(
                "INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on) VALUES (1, 1, 1, '2024-01-01', '2024-12-31')"
            )
            let error = violation(conn, "UPDATE contracts SET ends_on = '2024-06-30' WHERE id = 1;")
            #expect(error?.constraintName == "assignments_within_contract")
        }
    }

    @Test func anAssignmentInsideItsContractIsAccepted() throws {
        try withRegistry { conn in
            #expect(
                violation(
                    conn,
                    """
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on) VALUES (1, 1, 1, '2024-02-01', '2024-06-30');
                    UPDATE contracts SET ends_on = '2024-09-30' WHERE id = 1;
                    """) == nil)
        }
    }

    @Test func sharesAddingUpToMoreThanTheWholeContractOnOneDayAreRefusedAtCommit() throws {
        try withRegistry { conn in
            try conn.runScript(
                """
                INSERT INTO centres (name, commune, insee_code, departement, status, opened_on)
                VALUES ('Z', 'Z', '31069', '31', 'ouvert', '2023-01-01');
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
                VALUES (1, 1, 1, '2024-01-01', '2024-12-31', 0.6);
                """)
            let error = violation(
                conn,
                """
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
                VALUES (1, 1, 2, '2024-11-01', '2024-12-31', 0.5);
                """)
            #expect(error?.sqlState == .checkViolation)
            #expect(error?.constraintName == "assignments_shares_within_contract")
            #expect(error.map(ConstraintMessages.french(for:))?.contains("100 %") == true)
            #expect(
                violation(
                    conn,
                    """
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
                    VALUES (1, 1, 2, '2024-11-01', '2024-12-31', 0.4);
                    """) == nil)
        }
    }

    @Test func aMoveThatEndsOneShareAndStartsAnotherInOneTransactionIsJudgedOnItsFinalState() throws {
        try withRegistry { conn in
            try conn.runScript(
                """
                INSERT INTO centres (name, commune, insee_code, departement, status, opened_on)
                VALUES ('Z', 'Z', '31069', '31', 'ouvert', '2023-01-01');
                INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on) VALUES (1, 1, 1, '2024-01-01', '2024-12-31');
                """)
            #expect(
                violation(
                    conn,
                    """
                    INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on) VALUES (1, 1, 2, '2024-07-01', '2024-12-31');
                    UPDATE assignments SET ends_on = '2024-06-30' WHERE centre_id = 1;
                    """) == nil)
        }
    }

    @Test func aRevokedCalendarOrSASLinkStaysRevokedAndItsAuthorIsTheDatabases() throws {
        try withRegistry { conn in
            try conn.runScript(
                """
                INSERT INTO calendar_links (token_hash, centre_id, created_by) VALUES (sha256('a'), 1, 'quelqu''un');
                INSERT INTO sas_links (token_hash, centre_id, created_by) VALUES (sha256('b'), 1, 'quelqu''un');
                UPDATE calendar_links SET revoked_at = now();
                UPDATE sas_links SET revoked_at = now();
                """)
            for table in ["calendar_links", "sas_links"] {
                let author = try conn.query("SELECT created_by = current_user FROM \(identifier: table)").single(
                    Bool.self)
                #expect(author, "\(table): the author is the database's")
                let error = violation(conn, "UPDATE \(table) SET revoked_at = NULL, revoked_by = NULL")
                #expect(error?.sqlState == .objectNotInPrerequisiteState, "\(table)")
                #expect(error?.constraintName == "\(table)_revocation")
            }
        }
    }

    @Test func aSecondContractOverlappingTheFirstIsRefused() throws {
        try withRegistry { conn in
            let error = violation(
                conn,
                "INSERT INTO contracts (person_id, kind, starts_on, weekly_hours) VALUES (1, 'CDI', '2024-12-01', 35);")
            #expect(error?.sqlState == .exclusionViolation)
            #expect(error?.constraintName == "contracts_no_overlap")
        }
    }

    @Test func anRPPSWithAWrongCheckDigitIsRefusedByTheDatabase() throws {
        try withRegistry { conn in
            let error = violation(
                conn,
                "INSERT INTO people (last_name, first_name, profession, rpps) VALUES ('D', 'E', 'infirmier', '10000000018');"
            )
            #expect(error?.constraintName == "people_rpps_check")
        }
    }
}
