import Foundation
public import PQ

/// A database created for one test on the local server (named by the PG* environment),
/// dropped by ``drop()``. Tests that need an empty schema use one each, so they can run
/// in parallel.
public struct TemporaryDatabase: Sendable {
    public let name: String

    /// Creates an empty database with a unique name.
    public init(prefix: String = "masante_test") throws {
        name = "\(prefix)_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try Connection(conninfo: "dbname=postgres")
        try admin.execute("CREATE DATABASE \(identifier: name) TEMPLATE template0 ENCODING 'UTF8'")
    }

    /// A libpq connection string reaching this database (other settings from PG*).
    public var conninfo: String { "dbname=\(name)" }

    public func connect() throws -> Connection {
        try Connection(conninfo: conninfo)
    }

    /// Drops the database, closing any connection still open on it.
    public func drop() throws {
        let admin = try Connection(conninfo: "dbname=postgres")
        try admin.execute("DROP DATABASE IF EXISTS \(identifier: name) WITH (FORCE)")
    }
}

/// Runs `body` with a fresh database, dropped afterwards whatever happens.
public func withFreshDatabase(_ body: (TemporaryDatabase) throws -> Void) throws {
    let database = try TemporaryDatabase()
    defer { try? database.drop() }
    try body(database)
}
