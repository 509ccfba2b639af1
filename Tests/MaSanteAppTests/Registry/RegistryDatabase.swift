import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport

/// A migrated temporary database holding ``PlanningFixture``'s network (Millas: REY, DENIS,
/// DELPECH, MULLER; Thuir: REY, FABRE), for the registry's use cases.
struct RegistryDatabase {
    let database: TemporaryDatabase
    let session: Session

    init() throws {
        database = try TemporaryDatabase()
        session = Session(connection: try database.connect())
        try Migrator(session).migrate()
        try session.connection.runScript(PlanningFixture.sql)
    }

    func drop() {
        session.close()
        try? database.drop()
    }

    /// A number the SQL counts.
    func count(_ query: Query) throws -> Int { try session.connection.query(query).single(Int.self) }

    /// Runs `body` as a manager of Millas: a login made for the test, removed afterwards.
    func asMillasManager<T>(_ body: () throws -> T) throws -> T {
        let login = "test_mgr_\(database.name.suffix(12).lowercased().filter { $0.isLetter || $0.isNumber })"
        try UserAccounts(session).create(
            login: login, role: .responsable, password: UserAccounts.generatePassword(),
            centres: ["Centre de santé de Millas"])
        defer { try? UserAccounts(session).remove(login: login) }
        return try session.transaction(as: login, body)
    }

    /// Runs `body` under one of masante's group roles (`masante_rh`, `masante_region`…).
    func `as`<T>(_ role: UserRole, _ body: () throws -> T) throws -> T {
        try session.transaction(as: role.groupRole, body)
    }
}

/// Whether `error` is the database refusing the caller's role.
func isPermissionDenied(_ error: any Error) -> Bool {
    DatabaseFailure(error)?.code == .permissionDenied
}
