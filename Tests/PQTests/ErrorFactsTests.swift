import Foundation
import PQ
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Facts that do not depend on the server's language: the SQLSTATE of a refused connection, and
/// the server routine that tells row-level security from a missing privilege (both 42501).
@Suite struct ErrorFactsTests {
    @Test func aRefusedConnectionCarriesItsSQLStateAndTheUsualMessage() throws {
        let name = uniqueName("base_absente")
        let error = try #require(throws: PQError.self) { try Connection(parameters: [("dbname", name)]) }
        #expect(error.kind == .connectionFailed)
        #expect(error.sqlState == .invalidCatalogName)
        #expect(error.message.hasSuffix("FATAL:  database \"\(name)\" does not exist"), "\(error.message)")
        #expect(!error.message.contains("3D000") && !error.message.contains("LOCATION"))
        #expect(!error.passwordNeeded)
    }

    @Test func aServerThatNeverAnswersEndsWithTheConnectTimeout() throws {
        // A socket that accepts connections (the kernel's backlog) but never speaks.
        let directory = "/tmp/pq-muet-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { path in
            (directory + "/.s.PGSQL.5432").utf8CString.withUnsafeBytes { path.copyMemory(from: $0) }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0 && listen(listener, 4) == 0)

        let start = ContinuousClock.now
        let error = try #require(throws: PQError.self) {
            try Connection(conninfo: "host=\(directory) port=5432 dbname=muet connect_timeout=2")
        }
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(error.kind == .connectionFailed)
        #expect(error.sqlState == nil)
        #expect(error.message.hasSuffix("timeout expired"), "\(error.message)")
    }

    @Test func aLoginWithoutItsPasswordSaysSoAndAWrongOneHasItsSQLState() throws {
        let admin = try connect()
        let login = uniqueName("pq_login")
        try admin.execute("CREATE ROLE \(identifier: login) LOGIN PASSWORD \(unsafeRaw: "'juste'")")
        defer { _ = try? admin.execute("DROP ROLE \(identifier: login)") }

        // The test database may refuse CONNECT to PUBLIC; `postgres` does not.
        let missing = try #require(throws: PQError.self) {
            try Connection(parameters: [
                ("dbname", "postgres"), ("user", login), ("passfile", "/nonexistent"), ("password", ""),
            ])
        }
        #expect(missing.passwordNeeded)
        #expect(missing.sqlState == nil)
        let wrong = try #require(throws: PQError.self) {
            try Connection(parameters: [("dbname", "postgres"), ("user", login), ("password", "faux")])
        }
        #expect(wrong.sqlState == .invalidPassword)
        #expect(!wrong.passwordNeeded)
        #expect(try Connection(parameters: [("dbname", "postgres"), ("user", login), ("password", "juste")]).isOpen)
    }

    @Test func rowSecurityAndAMissingPrivilegeComeFromDifferentRoutines() throws {
        let conn = try connect()
        let role = uniqueName("pq_centre"), schema = uniqueName("pq_rls")
        // A schema of its own: the test database's `public` may be closed to other roles.
        try conn.runScript(
            """
            CREATE ROLE \(role) NOLOGIN;
            CREATE SCHEMA \(schema);
            GRANT USAGE ON SCHEMA \(schema) TO \(role);
            CREATE TABLE \(schema).un_centre (centre int);
            CREATE TABLE \(schema).reserve (x int);
            ALTER TABLE \(schema).un_centre ENABLE ROW LEVEL SECURITY;
            CREATE POLICY le_sien ON \(schema).un_centre TO \(role) USING (centre = 1) WITH CHECK (centre = 1);
            GRANT SELECT, INSERT ON \(schema).un_centre TO \(role);
            """)
        defer { _ = try? conn.runScript("RESET ROLE; DROP SCHEMA \(schema) CASCADE; DROP ROLE \(role);") }
        try conn.execute("SET ROLE \(identifier: role)")
        try conn.execute("INSERT INTO \(identifier: schema).un_centre VALUES (1)")
        let rowSecurity = try #require(throws: PQError.self) {
            try conn.execute("INSERT INTO \(identifier: schema).un_centre VALUES (2)")
        }
        let privilege = try #require(throws: PQError.self) {
            try conn.execute("INSERT INTO \(identifier: schema).reserve VALUES (1)")
        }
        #expect(rowSecurity.sqlState == .insufficientPrivilege)
        #expect(rowSecurity.sourceFunction == "ExecWithCheckOptions")
        #expect(privilege.sqlState == .insufficientPrivilege)
        #expect(privilege.sourceFunction == "aclcheck_error")
    }
}
