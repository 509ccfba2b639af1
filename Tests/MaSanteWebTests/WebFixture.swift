import Foundation
import Hummingbird
import HummingbirdTesting
import MaSanteDemo
import MaSanteStore
import MaSanteWeb
import PQ
import TestSupport
import Testing

/// A migrated database of its own with the planning fixture (or the demo network), one login per
/// role and a web server login (member of masante_authenticator), all dropped at the end. Login
/// names carry a random suffix: roles are server-wide and suites run in parallel.
final class WebFixture: @unchecked Sendable {
    let database: TemporaryDatabase
    let suffix: String
    let password = UserAccounts.generatePassword()
    let superuser: Connection

    var region: String { "region.\(suffix)" }
    var admin: String { "admin.\(suffix)" }
    var rh: String { "rh.\(suffix)" }
    var manager: String { "resp.\(suffix)" }
    var authenticator: String { "web.\(suffix)" }
    var logins: [String] { [region, admin, rh, manager] }

    /// The conninfo the server uses: the authenticator's login on this database.
    var conninfo: String { "dbname=\(database.name) user=\(authenticator) password=\(password)" }

    private init(demo: Bool) throws {
        database = try TemporaryDatabase(prefix: "masante_web")
        suffix = String(UUID().uuidString.lowercased().prefix(8))
        superuser = try database.connect()
        let session = Session(connection: superuser)
        try Migrator(session).migrate()
        if demo {
            _ = try DemoNetworkWriter(connection: superuser).load(try DemoNetwork.history())
        } else {
            try superuser.runScript(PlanningFixture.sql)
        }
        let accounts = UserAccounts(session)
        try accounts.create(login: region, role: .region, password: password, centres: [])
        try accounts.create(login: admin, role: .admin, password: password, centres: [])
        try accounts.create(login: rh, role: .rh, password: password, centres: [])
        try accounts.create(
            login: manager, role: .responsable, password: password, centres: ["Centre de santé de Millas"])
        try AuthenticatorAccounts(session).create(login: authenticator, password: password)
    }

    /// Runs `body` with a fresh fixture, then drops the database and the logins.
    static func with(demo: Bool = false, _ body: (WebFixture) async throws -> Void) async throws {
        let fixture = try WebFixture(demo: demo)
        defer { fixture.drop() }
        try await body(fixture)
    }

    /// Runs `body` against the application over a pool of `size` authenticator sessions.
    @discardableResult
    func withApp<Value: Sendable>(
        size: Int = 2, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let pool = DatabasePool(conninfo: conninfo, size: size)
        defer { pool.close() }
        let router = try await WebApplication.router(pool: pool, conninfo: conninfo)
        return try await Application(router: router).test(.router, body)
    }

    /// A connection as `login` (password authentication over the local socket).
    func connect(as login: String) throws -> Connection {
        try Connection(conninfo: "dbname=\(database.name) user=\(login) password=\(password)")
    }

    private func drop() {
        superuser.close()
        try? database.drop()
        guard let server = try? Connection(conninfo: "dbname=postgres") else { return }
        defer { server.close() }
        for login in logins + [authenticator] {
            _ = try? server.execute("DROP ROLE IF EXISTS \(identifier: login)")
        }
    }
}
