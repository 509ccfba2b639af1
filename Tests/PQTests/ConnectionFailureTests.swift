import Foundation
import PQ
import Testing

/// Failed connects, lost connections and closed connections all end in a PQError of the
/// right kind: never a crash, never a leak.
@Suite struct ConnectionFailureTests {
    func makeEmptyDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(uniqueName("pq-sans-serveur")).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func openFileDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    @Test func connectingWhereNoServerListensThrowsConnectionFailedNamingTheSocket() throws {
        let directory = try makeEmptyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = try #require(throws: PQError.self) { try Connection(conninfo: "host=\(directory) port=5432") }
        #expect(error.kind == .connectionFailed)
        #expect(error.message.contains("\(directory)/.s.PGSQL.5432"))
        #expect(error.sqlState == nil)
    }

    @Test func twoHundredFailedConnectsNeitherCrashNorLeakDescriptors() throws {
        let directory = try makeEmptyDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let before = openFileDescriptors()
        var failures = 0
        for _ in 0..<200 {
            do {
                _ = try Connection(parameters: [("host", directory)])
            } catch {
                if error.kind == .connectionFailed { failures += 1 }
            }
        }
        #expect(failures == 200)
        // Other tests open connections meanwhile: allow for them, not for 200 leaked sockets.
        #expect(openFileDescriptors() - before < 50)
    }

    @Test func connectsRefusedByTheServerReleaseTheirSocket() throws {
        // Unlike a missing socket, a refusal by the server leaves libpq's socket open until
        // PQfinish: a wrapper that skipped it would leak one descriptor per attempt.
        let before = openFileDescriptors()
        let name = uniqueName("base_absente")
        var failures = 0
        for _ in 0..<60 {
            do {
                _ = try Connection(parameters: [("dbname", name)])
            } catch {
                if error.kind == .connectionFailed { failures += 1 }
            }
        }
        #expect(failures == 60)
        #expect(openFileDescriptors() - before < 30)
    }

    @Test func unknownDatabaseThrowsConnectionFailedNamingIt() throws {
        let name = uniqueName("base_absente")
        let error = try #require(throws: PQError.self) { try Connection(parameters: [("dbname", name)]) }
        #expect(error.kind == .connectionFailed)
        #expect(error.message.contains(name))
    }

    @Test func invalidConninfoThrowsConnectionFailed() throws {
        let error = try #require(throws: PQError.self) { try Connection(conninfo: "host=x pas_un_mot_clé=1") }
        #expect(error.kind == .connectionFailed)
        #expect(error.message.contains("pas_un_mot_clé"))
    }

    @Test func queryAfterTheBackendWasTerminatedThrowsConnectionLost() throws {
        let conn = try connect(), admin = try connect()
        #expect(try conn.scalar("SELECT 1", as: Int32.self) == 1)
        try admin.terminateBackend(conn.backendPID)
        let error = try #require(throws: PQError.self) { try conn.query("SELECT 1") }
        #expect(error.kind == .connectionLost)
        #expect(!conn.isOpen)
        // Later calls keep failing cleanly.
        let again = try #require(throws: PQError.self) { try conn.query("SELECT 1") }
        #expect(again.kind == .connectionLost || again.kind == .client)
        conn.close()
    }

    @Test func streamingAndCopyOnALostConnectionThrowInsteadOfCrashing() throws {
        let conn = try connect(), admin = try connect()
        try conn.execute("CREATE TEMP TABLE t (n int8)")
        try admin.terminateBackend(conn.backendPID)
        thrownError(PQError.self) { try conn.forEachRow("SELECT 1") { _ in } }
        thrownError(PQError.self) { try conn.copyIn(table: "t", columns: ["n"]) { try $0.writeRow(1) } }
        thrownError(PQError.self) { try conn.pipeline { try $0.execute("SELECT 1") } }
        #expect(!conn.isOpen)
    }

    @Test func usingAClosedConnectionThrowsAClientError() throws {
        let conn = try connect()
        conn.close()
        #expect(!conn.isOpen)
        #expect(conn.backendPID == 0)
        #expect(conn.host == nil)
        let error = try #require(throws: PQError.self) { try conn.query("SELECT 1") }
        #expect(error.kind == .client)
        #expect(throws: PQError.self) { try conn.prepare("SELECT 1") }
        #expect(throws: PQError.self) { try conn.runScript("SELECT 1") }
        thrownError(PQError.self) { try conn.forEachRow("SELECT 1") { _ in } }
        thrownError(PQError.self) { try conn.copyIn(table: "t", columns: ["n"]) { _ in } }
        thrownError(PQError.self) { try conn.pipeline { _ in } }
        thrownError(PQError.self) { try conn.transaction { 1 } }
    }

    @Test func closingTwiceIsHarmless() throws {
        let conn = try connect()
        conn.close()
        conn.close()
        #expect(!conn.isOpen)
        #expect(!conn.isInTransaction)
    }
}
