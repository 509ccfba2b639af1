import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// Why a connection was refused, and whether a 42501 is row-level security, from facts that do
/// not depend on the server's language (`lc_messages`): SQLSTATEs and server routines.
@Suite struct ConnectionCauseTests {
    static let password = "Mot-de-passe-juste-1"

    /// The cause of connecting with `conninfo`, which must fail.
    func cause(_ conninfo: String) throws -> DatabaseFailure {
        let error = try #require(throws: PQError.self) { try Connection(conninfo: conninfo) }
        let failure = DatabaseFailure(error)
        #expect(failure.code == .unreachable)
        return failure
    }

    /// A login with `Self.password` (made by `options`, e.g. `NOLOGIN`), dropped after `body`.
    func withLogin(_ options: String = "LOGIN", _ body: (String) throws -> Void) throws {
        let admin = try Connection()
        let login = "cause_" + UUID().uuidString.lowercased().prefix(8)
        let password = "'\(Self.password)'"
        try admin.execute("CREATE ROLE \(identifier: login) \(unsafeRaw: options) PASSWORD \(unsafeRaw: password)")
        defer { _ = try? admin.execute("DROP ROLE \(identifier: login)") }
        try body(login)
    }

    @Test func eachRefusalHasItsCause() throws {
        let database = try TemporaryDatabase(prefix: "masante_cause")
        defer { try? database.drop() }
        try withLogin { login in
            let user = "dbname=\(database.name) user=\(login)"
            #expect(try cause("\(user) password=faux").connectionCause == .wrongPassword)
            #expect(try cause("\(user) passfile=/nonexistent").connectionCause == .noPassword)
            #expect(try cause("dbname=\(database.name)_absente").connectionCause == .unknownDatabase)
            try Connection().execute("REVOKE CONNECT ON DATABASE \(identifier: database.name) FROM PUBLIC")
            #expect(try cause("\(user) password=\(Self.password)").connectionCause == .noConnectPrivilege)
        }
        try withLogin("NOLOGIN") { login in
            let refused = try cause("dbname=\(database.name) user=\(login) password=\(Self.password)")
            #expect(refused.connectionCause == .unknownRole)
        }
    }

    @Test func noServerAndInvalidOptionsAreNotTheServersRefusals() throws {
        let empty = FileManager.default.temporaryDirectory
            .appendingPathComponent("sans-serveur-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let absent = try cause("host=\(empty) dbname=masante")
        #expect(absent.connectionCause == .noServer)
        #expect(absent.sqlState == nil)
        #expect(try cause("host=\(empty) pas_un_mot_cle=1").connectionCause == nil)
    }

    @Test func rowSecurityIsToldApartFromAMissingPrivilege() throws {
        let database = try TemporaryDatabase(prefix: "masante_rls")
        defer { try? database.drop() }
        let conn = try database.connect()
        try withLogin("NOLOGIN") { role in
            try conn.runScript(
                """
                CREATE TABLE un_centre (centre int);
                CREATE TABLE reserve (x int);
                ALTER TABLE un_centre ENABLE ROW LEVEL SECURITY;
                CREATE POLICY le_sien ON un_centre TO \(role) USING (centre = 1) WITH CHECK (centre = 1);
                GRANT SELECT, INSERT ON un_centre TO \(role);
                SET ROLE \(role);
                """)
            defer { _ = try? conn.execute("RESET ROLE") }
            let rowSecurity = try #require(throws: PQError.self) {
                try conn.execute("INSERT INTO un_centre VALUES (2)")
            }
            let privilege = try #require(throws: PQError.self) { try conn.execute("INSERT INTO reserve VALUES (1)") }
            #expect(DatabaseFailure(rowSecurity).code == .permissionDenied)
            #expect(DatabaseFailure(rowSecurity).isRowSecurity)
            #expect(DatabaseFailure(privilege).code == .permissionDenied)
            #expect(!DatabaseFailure(privilege).isRowSecurity)
            try conn.execute("RESET ROLE")
            try conn.runScript("DROP TABLE un_centre; DROP TABLE reserve;")
        }
    }
}
