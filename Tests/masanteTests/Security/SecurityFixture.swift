import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// A migrated database holding the planning fixture (Millas and Thuir), a few shifts and
/// months of activity in each centre, and one login per role: `manager` runs Millas only.
/// Logins are server-wide, so their names are unique to the test and removed at the end.
struct SecurityFixture {
    let registry: Registry
    let suffix = String(UUID().uuidString.lowercased().prefix(8))
    static let password = "mot-de-passe-de-test-1"
    static let millas = "Centre de santé de Millas"
    static let thuir = "Centre de santé de Thuir"

    var manager: String { "resp-\(suffix)" }
    var region: String { "region-\(suffix)" }
    var hr: String { "rh-\(suffix)" }
    var admin: String { "admin-\(suffix)" }

    /// Runs `body` with the fixture, then removes its logins and its database.
    static func with(_ body: (SecurityFixture) throws -> Void) async throws {
        try await withRegistry { registry in
            let fixture = SecurityFixture(registry: registry)
            let conn = try registry.database.connect()
            defer { conn.close() }
            try conn.runScript(PlanningFixture.sql)
            try conn.runScript(
                """
                INSERT INTO planning_weeks (centre_id, week) SELECT id, '2026-W49' FROM centres;
                INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity)
                SELECT p.id, c.id, timestamptz '2026-12-01 08:30 Europe/Paris', timestamptz '2026-12-01 12:30 Europe/Paris', 'consultation'
                FROM people p, centres c
                WHERE (p.last_name = 'DENIS' AND c.name = 'Centre de santé de Millas')
                   OR (p.last_name = 'FABRE' AND c.name = 'Centre de santé de Thuir')
                   OR (p.last_name = 'REY' AND c.name = 'Centre de santé de Thuir');
                INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                                              home_visits, ehpad_visits, new_referring_patients)
                SELECT id, '2026-10-01', 400, 50, 20, 10, 30 FROM centres;
                """)
            let accounts = UserAccounts(connection: conn)
            try accounts.create(login: fixture.manager, role: .responsable, password: password, centres: [millas])
            try accounts.create(login: fixture.region, role: .region, password: password, centres: [])
            try accounts.create(login: fixture.hr, role: .rh, password: password, centres: [])
            try accounts.create(login: fixture.admin, role: .admin, password: password, centres: [])
            defer {
                for login in [fixture.manager, fixture.region, fixture.hr, fixture.admin] {
                    try? accounts.remove(login: login)
                }
            }
            try body(fixture)
        }
    }

    /// A libpq connection string for `login` on the fixture's database.
    func conninfo(_ login: String, password: String = SecurityFixture.password) -> String {
        "dbname=\(registry.database.name) user=\(login) password=\(password)"
    }

    func connect(as login: String) throws -> Connection {
        try Connection(conninfo: conninfo(login))
    }

    /// A connection as the cluster's superuser (sees everything, bypasses RLS).
    func superuser() throws -> Connection { try registry.database.connect() }

    /// Runs `masante arguments…` as `login`.
    func run(_ arguments: [String], as login: String) throws -> CLIResult {
        try runMasante(arguments + ["--base", conninfo(login)])
    }

    /// The number of rows a query counts, as the superuser.
    func count(_ query: Query) throws -> Int {
        let conn = try superuser()
        defer { conn.close() }
        return try conn.query(query).single(Int.self)
    }
}

/// Runs `sql` on `conn` and requires PostgreSQL to refuse it for lack of privilege or by a
/// row-level security policy (SQLSTATE 42501), or with one of `codes`.
func expectDenied(
    _ conn: Connection, _ sql: Query, _ what: String, codes: [SQLState] = ["42501"],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let outcome = Result { () throws(PQError) in try conn.execute(sql) }
    switch outcome {
    case .success(let rows):
        Issue.record("\(what): accepted (\(rows) rows), expected permission denied", sourceLocation: sourceLocation)
    case .failure(let error):
        #expect(error.sqlState.map(codes.contains) == true, "\(what): \(error.message)", sourceLocation: sourceLocation)
    }
}

/// Runs `sql` on `conn` and requires it to succeed while touching no row.
func expectNoRow(_ conn: Connection, _ sql: Query, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let outcome = Result { () throws(PQError) in try conn.execute(sql) }
    switch outcome {
    case .success(let rows):
        #expect(rows == 0, "\(what): \(rows) rows touched", sourceLocation: sourceLocation)
    case .failure(let error):
        #expect(error.sqlState == "42501", "\(what): \(error.message)", sourceLocation: sourceLocation)
    }
}
