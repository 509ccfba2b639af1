import Foundation
import MaSantePostgres
package import PQ

/// An open connection to masante's database, as front ends hold it.
///
/// The CLI and the web application never speak libpq: they open a `Session`, hand it to the
/// store's types, and read a failure through ``DatabaseFailure``. Only the store (and its tests,
/// through the `package` members) sees the PQ connection underneath.
public final class Session {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }

    /// Opens a session with masante's settings (``Database/connect(conninfo:statementTimeoutSeconds:environment:)``).
    public static func open(
        conninfo: String, statementTimeoutSeconds: Int = 300,
        environment: [String: String] = [:]
    ) throws -> Session {
        Session(
            connection: try Database.connect(
                conninfo: conninfo, statementTimeoutSeconds: statementTimeoutSeconds,
                environment: environment))
    }

    /// The login this session connected as.
    public var user: String? { connection.user }
    /// Whether the login is a PostgreSQL superuser (every right and row rule bypassed).
    public var isSuperuser: Bool { connection.parameterStatus("is_superuser") == "on" }
    /// Where the session is connected.
    public var target: DatabaseFailure.Target? { connection.target.map(DatabaseFailure.Target.init) }
    /// The server's version as libpq reports it (e.g. 150018).
    public var serverVersion: Int { connection.serverVersion }
    /// Whether the connection is still usable.
    public var isOpen: Bool { connection.isOpen }

    public func close() { connection.close() }

    /// Receives the server's notices (NOTICE, WARNING) sent on this session; nil drops them.
    public var noticeHandler: ((String) -> Void)? {
        get { connection.noticeHandler }
        set { connection.noticeHandler = newValue }
    }

    /// Runs `body` in one transaction (a savepoint when nested): all of it is saved, or nothing.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try connection.transaction(body)
    }

    /// Runs `body` in one transaction under `role`, as `SET LOCAL ROLE` would: rights and
    /// row-level rules are then those of `role`, and the role ends with the transaction.
    /// The session's own login must be a member of `role` (the web's authenticator is).
    public func transaction<T>(as role: String, _ body: () throws -> T) throws -> T {
        try connection.transaction {
            try connection.execute("SELECT pg_catalog.set_config('role', \(role), true)")
            return try body()
        }
    }
}
