import Foundation
import PQ
import Testing

/// Every way libpq accepts to name a server works, and values are passed as they are,
/// never spliced into a conninfo string.
///
/// Not tested: `~/.pgpass`, since the test server uses trust authentication and never
/// asks for a password.
@Suite struct ConnectionTests {
    let socketDirectory = environment["PGHOST"] ?? "/tmp"
    let port = environment["PGPORT"] ?? "5432"
    let database = environment["PGDATABASE"] ?? "postgres"

    @Test func environmentDefaultsAreUsedWithNoArguments() throws {
        let conn = try Connection()
        #expect(conn.isOpen)
        #expect(conn.host == socketDirectory)
        #expect(conn.port == port)
        #expect(conn.database == database)
        #expect(conn.user == environment["PGUSER"] ?? conn.user)
        #expect(conn.serverVersion >= 100_000)
        #expect(conn.backendPID == Int(try conn.scalar("SELECT pg_backend_pid()", as: Int32.self)))
        #expect(try conn.scalar("SHOW application_name", as: String.self) == "pq-swift")
        #expect(try conn.scalar("SHOW client_encoding", as: String.self) == "UTF8")
    }

    @Test func keyValueConninfo() throws {
        let conn = try Connection(
            conninfo: "host=\(socketDirectory) port=\(port) dbname=\(database) application_name=cle_valeur")
        #expect(conn.database == database)
        #expect(try conn.scalar("SELECT current_database()", as: String.self) == database)
        #expect(try conn.scalar("SHOW application_name", as: String.self) == "cle_valeur")
    }

    @Test func uriWithAPercentEncodedSocketDirectory() throws {
        let encoded = socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(encoded.contains("%2F"))
        let conn = try Connection(
            conninfo: "postgresql:///\(database)?host=\(encoded)&port=\(port)&application_name=par_uri")
        #expect(conn.host == socketDirectory)
        #expect(try conn.scalar("SELECT current_database()", as: String.self) == database)
        #expect(try conn.scalar("SHOW application_name", as: String.self) == "par_uri")
    }

    @Test func parameterWithQuoteAndSpaceArrivesExactly() throws {
        // ASCII only: the server replaces other characters of application_name with "?".
        let name = "o'brien x \\ \"y\" dbname=piege"
        let conn = try Connection(parameters: [("application_name", name)])
        #expect(try conn.scalar("SHOW application_name", as: String.self) == name)
        #expect(conn.database == database)
    }

    @Test func parametersOverrideTheConninfo() throws {
        let conn = try Connection(
            conninfo: "application_name=perdu",
            parameters: [
                ("application_name", "gagnant"), ("options", "-c search_path=pg_temp,public -c TimeZone=UTC"),
            ])
        #expect(try conn.scalar("SHOW application_name", as: String.self) == "gagnant")
        #expect(try conn.scalar("SHOW TimeZone", as: String.self) == "UTC")
    }

    @Test func multiHostConnectsToTheFirstThatAnswers() throws {
        let conn = try Connection(conninfo: "host=/nonexistent-dir,\(socketDirectory) port=\(port),\(port)")
        #expect(conn.host == socketDirectory)
        #expect(try conn.scalar("SELECT 1", as: Int32.self) == 1)
    }

    @Test func targetSessionAttrsReadWrite() throws {
        let conn = try Connection(conninfo: "host=/nonexistent-dir,\(socketDirectory) target_session_attrs=read-write")
        #expect(conn.host == socketDirectory)
        #expect(try conn.scalar("SHOW transaction_read_only", as: String.self) == "off")
    }

    @Test func connectionsAreIndependentSessions() throws {
        let a = try connect(), b = try connect()
        #expect(a.backendPID != b.backendPID)
        try a.execute("SET TimeZone = 'Asia/Tokyo'")
        #expect(try b.scalar("SHOW TimeZone", as: String.self) != "Asia/Tokyo")
    }
}
