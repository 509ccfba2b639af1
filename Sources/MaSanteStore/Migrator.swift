import Foundation
import MaSantePostgres
package import PQ

/// Applies the schema migrations, in order, each in its own transaction with the row that
/// records it, and refuses to go on when an applied migration was edited afterwards.
///
/// ```swift
/// let applied = try Migrator(connection: conn).migrate()
/// ```
public struct Migrator {
    package let connection: Connection
    public let migrations: [Migration]

    package init(connection: Connection, migrations: [Migration] = Migration.embedded) {
        self.connection = connection
        self.migrations = migrations
    }

    public init(_ session: Session, migrations: [Migration] = Migration.embedded) {
        self.init(connection: session.connection, migrations: migrations)
    }

    /// Compares the database with the migrations (creates nothing).
    public func status() throws -> MigrationStatus {
        let exists = try connection.query("SELECT to_regclass('public.schema_migrations') IS NOT NULL").single(
            Bool.self)
        var applied: [AppliedMigration] = []
        if exists {
            for row in try connection.query(
                "SELECT name, checksum, applied_at, applied_by FROM schema_migrations ORDER BY name")
            {
                let (name, checksum, at, by) = try row.decode((String, String, Date, String).self)
                applied.append(AppliedMigration(name: name, checksum: checksum, appliedAt: at, appliedBy: by))
            }
        }
        let recorded = Dictionary(uniqueKeysWithValues: applied.map { ($0.name, $0.checksum) })
        var status = MigrationStatus(applied: applied, pending: [], modified: [], unknown: [])
        for migration in migrations {
            guard let checksum = recorded[migration.name] else {
                status.pending.append(migration)
                continue
            }
            let current = try self.checksum(of: migration)
            if current != checksum { status.modified.append((migration.name, checksum, current)) }
        }
        let known = Set(migrations.map(\.name))
        status.unknown = applied.map(\.name).filter { !known.contains($0) }
        return status
    }

    /// Applies every pending migration; returns their names. Several processes may call it at
    /// once: an advisory lock makes them take turns.
    @discardableResult
    public func migrate() throws -> [String] {
        try connection.execute("SELECT pg_advisory_lock(\(Self.lockKey))")
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock(\(Self.lockKey))") }
        try connection.runScript(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                name        text PRIMARY KEY,
                checksum    text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
                applied_at  timestamptz NOT NULL DEFAULT now(),
                applied_by  text NOT NULL DEFAULT current_user
            );
            """)
        let status = try status()
        guard status.modified.isEmpty else { throw MigrationError.modified(status.modified) }
        for migration in status.pending {
            try apply(migration)
        }
        return status.pending.map(\.name)
    }

    /// Applies one migration in its own transaction with the row that records it.
    ///
    /// The server-wide roles (`masante_admin`, `masante_owner`…) are created by whichever database
    /// migrates first. When two databases of a fresh server migrate at once, the loser's attempt to
    /// create a role meets the winner's (unique violation, caught by the migration), and then may
    /// not see that role until its transaction ends (« role … does not exist »: PostgreSQL's cache
    /// of the role catalog is refreshed at the next transaction). Such a migration is run again in
    /// a new transaction, which sees the role; any other failure, or the same one three times, is
    /// the migration's own.
    private func apply(_ migration: Migration) throws {
        var attempt = 1
        while true {
            do {
                try connection.transaction {
                    try connection.runScript(migration.sql)
                    // A migration may act as an owner role (`SET LOCAL ROLE masante_owner`); the record is the migrator's.
                    try connection.execute("RESET ROLE")
                    try connection.execute(
                        """
                        INSERT INTO schema_migrations (name, checksum)
                        VALUES (\(migration.name), encode(sha256(convert_to(\(migration.sql), 'UTF8')), 'hex'))
                        """)
                }
                return
            } catch let error as PQError
                where attempt < 3 && [SQLState.undefinedObject, .uniqueViolation].contains(error.sqlState)
            {
                attempt += 1
            }
        }
    }

    /// SHA-256 of the file's text, computed by the server the same way it is recorded.
    private func checksum(of migration: Migration) throws -> String {
        try connection.query("SELECT encode(sha256(convert_to(\(migration.sql), 'UTF8')), 'hex')").single(String.self)
    }

    /// Identifies masante's migration lock among advisory locks ("MASANTE" in ASCII).
    static let lockKey = 0x4D41_5341_4E54_45
}
