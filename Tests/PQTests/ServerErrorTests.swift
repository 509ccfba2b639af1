import Foundation
import PQ
import Testing

/// Server errors keep their SQLSTATE and fields, match by class in a `switch`, and never
/// print row values in their description.
@Suite struct ServerErrorTests {
    @Test func uniqueViolationCarriesSQLStateConstraintNameAndDetail() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE soignants (rpps text CONSTRAINT soignants_rpps_unique UNIQUE)")
        try conn.execute("INSERT INTO soignants VALUES (\("10003456789"))")
        let error = try #require(throws: PQError.self) {
            try conn.execute("INSERT INTO soignants VALUES (\("10003456789"))")
        }
        #expect(error.kind == .server)
        #expect(error.sqlState == .uniqueViolation)
        #expect(error.sqlState?.code == "23505")
        #expect(error.constraintName == "soignants_rpps_unique")
        #expect(error.tableName == "soignants")
        #expect(error.detail?.contains("10003456789") == true)
        #expect(error.severity == "ERROR")
        #expect(conn.isOpen)
    }

    @Test func descriptionLeavesOutTheDetailAndItsRowValues() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE patients (nom text CONSTRAINT patients_nom_unique UNIQUE)")
        try conn.execute("INSERT INTO patients VALUES (\("Jeanne Secret"))")
        let error = try #require(throws: PQError.self) {
            try conn.execute("INSERT INTO patients VALUES (\("Jeanne Secret"))")
        }
        let detail = try #require(error.detail)
        #expect(!error.description.contains(detail))
        #expect(!error.description.contains("Jeanne Secret"))
        #expect(!String(describing: error).contains("Jeanne Secret"))
        #expect(error.description.contains("23505"))
        #expect(error.description.contains("patients_nom_unique"))
    }

    @Test func exclusionViolationCarriesSQLStateAndConstraintName() throws {
        let conn = try connect()
        try conn.execute(
            """
            CREATE TEMP TABLE gardes (debut timestamptz, fin timestamptz,
                CONSTRAINT gardes_sans_chevauchement EXCLUDE USING gist (tstzrange(debut, fin) WITH &&))
            """)
        let paris = calendar("Europe/Paris")
        let start = instant(2026, 10, 24, 22, in: paris)
        try conn.execute("INSERT INTO gardes VALUES (\(start), \(start.addingTimeInterval(9 * 3_600)))")
        // Touching ranges do not overlap.
        try conn.execute(
            "INSERT INTO gardes VALUES (\(start.addingTimeInterval(9 * 3_600)), \(start.addingTimeInterval(12 * 3_600)))"
        )
        let error = try #require(throws: PQError.self) {
            try conn.execute(
                "INSERT INTO gardes VALUES (\(start.addingTimeInterval(3_600)), \(start.addingTimeInterval(2 * 3_600)))"
            )
        }
        #expect(error.sqlState == .exclusionViolation)
        #expect(error.sqlState?.code == "23P01")
        #expect(error.constraintName == "gardes_sans_chevauchement")
        #expect(error.detail != nil)
    }

    @Test func checkViolationIs23514() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE doses (mg int4 CONSTRAINT doses_positives CHECK (mg > 0))")
        let error = try #require(throws: PQError.self) { try conn.execute("INSERT INTO doses VALUES (\(Int32(-5)))") }
        #expect(error.sqlState == .checkViolation)
        #expect(error.sqlState?.code == "23514")
        #expect(error.constraintName == "doses_positives")
    }

    @Test func notNullAndForeignKeyViolationsNameTheirColumnAndConstraint() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE centres (id int8 PRIMARY KEY)")
        try conn.execute("CREATE TEMP TABLE lits (centre int8 NOT NULL CONSTRAINT lits_centre_fk REFERENCES centres)")
        let notNull = try #require(throws: PQError.self) { try conn.execute("INSERT INTO lits VALUES (\(Int?.none))") }
        #expect(notNull.sqlState == .notNullViolation)
        #expect(notNull.columnName == "centre")
        let foreignKey = try #require(throws: PQError.self) { try conn.execute("INSERT INTO lits VALUES (\(7))") }
        #expect(foreignKey.sqlState == .foreignKeyViolation)
        #expect(foreignKey.constraintName == "lits_centre_fk")
    }

    @Test func syntaxErrorIs42601() throws {
        let conn = try connect()
        let error = try #require(throws: PQError.self) { try conn.query("SELEC 1") }
        #expect(error.kind == .server)
        #expect(error.sqlState == .syntaxError)
        #expect(error.message.contains("syntax error"))
        #expect(try conn.scalar("SELECT 1", as: Int32.self) == 1)
    }

    @Test func undefinedTableAndRaisedExceptionKeepTheirCodesAndHint() throws {
        let conn = try connect()
        let missing = try #require(throws: PQError.self) { try conn.query("SELECT * FROM table_qui_n_existe_pas") }
        #expect(missing.sqlState == .undefinedTable)
        let raised = try #require(throws: PQError.self) {
            try conn.runScript(
                "DO $$ BEGIN RAISE EXCEPTION 'refusé' USING HINT = 'réessayez', DETAIL = 'détail'; END $$")
        }
        #expect(raised.sqlState == .raiseException)
        #expect(raised.message == "refusé")
        #expect(raised.hint == "réessayez")
        #expect(raised.detail == "détail")
    }

    @Test func sqlStateClassMatchesInASwitch() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE uniques (k int8 UNIQUE, v int4 CHECK (v < 10))")
        try conn.execute("INSERT INTO uniques VALUES (1, 1)")

        func category(of query: Query) -> String {
            do {
                try conn.execute(query)
                return "ok"
            } catch {
                // `execute` throws only PQError (typed throws).
                switch error.sqlState {
                case .uniqueViolation?: return "unique"
                case SQLState.Class.integrityConstraintViolation: return "integrity"
                case SQLState.Class.dataException: return "data"
                default: return "other \(error.sqlState?.code ?? "-")"
                }
            }
        }
        #expect(category(of: "INSERT INTO uniques VALUES (1, 1)") == "unique")
        #expect(category(of: "INSERT INTO uniques VALUES (2, 99)") == "integrity")
        #expect(category(of: "SELECT 1 / 0") == "data")
        #expect(category(of: "SELECT nope") == "other 42703")
        #expect(category(of: "INSERT INTO uniques VALUES (3, 3)") == "ok")

        let deadlock = SQLState("40P01")
        switch deadlock {
        case SQLState.Class.transactionRollback: break
        default: Issue.record("40P01 is in class 40")
        }
        #expect(SQLState("23P01").classCode == "23")
    }
}
