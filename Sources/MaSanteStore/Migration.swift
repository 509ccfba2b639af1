public import Foundation

/// One schema migration: a file `sql/NNNN_name.sql`, embedded in the binary at build time.
public struct Migration: Sendable, Hashable {
    /// The file name without `.sql`, e.g. `0001_extensions`; also its identifier.
    public let name: String
    public let sql: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    /// The migrations built into this binary, in order.
    public static let embedded: [Migration] = embeddedMigrationFiles.map { file in
        let data = Data(base64Encoded: file.base64) ?? Data()
        return Migration(name: file.name, sql: String(decoding: data, as: UTF8.self))
    }
}

/// A migration recorded in the database's `schema_migrations` table.
public struct AppliedMigration: Sendable, Hashable {
    public let name: String
    public let checksum: String
    public let appliedAt: Date
    public let appliedBy: String
}

/// Where a database stands against the migrations of this binary.
public struct MigrationStatus: Sendable {
    public var applied: [AppliedMigration]
    /// Migrations of the binary not yet applied, in order.
    public var pending: [Migration]
    /// Applied migrations whose file has changed since (name, checksum recorded, checksum now).
    public var modified: [(name: String, recorded: String, current: String)]
    /// Applied migrations this binary does not know (the database is newer than the binary).
    public var unknown: [String]
}

/// Why migrations were not applied.
public enum MigrationError: Error, CustomStringConvertible {
    case modified([(name: String, recorded: String, current: String)])

    public var description: String {
        switch self {
        case .modified(let files):
            let list = files.map {
                "  - \($0.name) : enregistrée \($0.recorded.prefix(12))…, fichier actuel \($0.current.prefix(12))…"
            }
            return """
                Migration déjà appliquée puis modifiée : rien n'a été appliqué.
                \(list.joined(separator: "\n"))
                Une migration appliquée ne se modifie jamais : remettez le fichier d'origine et écrivez les changements dans une nouvelle migration.
                """
        }
    }
}
