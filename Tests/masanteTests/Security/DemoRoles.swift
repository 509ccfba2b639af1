import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// A migrated database holding the demo network (`masante demo`) and one login of a role, for
/// running a guide's commands as the person it is written for. The login's name is unique to
/// the test (logins are server-wide) and removed at the end.
struct DemoRoles {
    let registry: Registry
    let suffix = String(UUID().uuidString.lowercased().prefix(8))
    static let password = "mot-de-passe-de-demo-1"

    /// Runs `body` with the fixture and the login's name, then removes the login and the database.
    static func with(role: UserRole, centres: [String] = [], _ body: (DemoRoles, String) throws -> Void) async throws {
        try await withRegistry { registry in
            let fixture = DemoRoles(registry: registry)
            try registry.succeed(["demo"])
            let login = "\(role.rawValue)-\(fixture.suffix)"
            let conn = try registry.database.connect()
            defer { conn.close() }
            let accounts = UserAccounts(connection: conn)
            try accounts.create(login: login, role: role, password: password, centres: centres)
            defer { try? accounts.remove(login: login) }
            try body(fixture, login)
        }
    }

    /// Runs `masante arguments…` as `login` on the fixture's database.
    func run(_ arguments: [String], as login: String) throws -> CLIResult {
        try runMasante(
            arguments + ["--base", "dbname=\(registry.database.name) user=\(login) password=\(Self.password)"])
    }

    /// The number a query counts, as the superuser.
    func count(_ query: Query) throws -> Int {
        let conn = try registry.database.connect()
        defer { conn.close() }
        return try conn.query(query).single(Int.self)
    }
}
