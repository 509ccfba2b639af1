package import PQ

/// Why a connection was refused, from the SQLSTATE of the server's refusal (never its text, which
/// follows its `lc_messages`), or from libpq when no server answered.
public enum ConnectionCause: Sendable, Hashable {
    /// The password was refused (28P01); also an unknown login under password authentication,
    /// which the server does not tell apart.
    case wrongPassword
    /// The server asked for a password and none was given.
    case noPassword
    /// No database of that name (3D000).
    case unknownDatabase
    /// The role is unknown or may not log in, or no `pg_hba.conf` line lets it in (28000).
    case unknownRole
    /// The role lacks the CONNECT privilege on the database (42501).
    case noConnectPrivilege
    /// No server answered: nothing listens at that address, or it did not answer in time.
    case noServer

    /// The cause of a failed connection; nil when the server refused for another reason.
    package init?(_ error: PQError) {
        if error.passwordNeeded {
            self = .noPassword
            return
        }
        switch error.sqlState {
        case .invalidPassword?: self = .wrongPassword
        case .invalidCatalogName?: self = .unknownDatabase
        case .invalidAuthorization?: self = .unknownRole
        case .insufficientPrivilege?: self = .noConnectPrivilege
        // No SQLSTATE: libpq failed on its own. An empty host means it never got as far as an
        // address (invalid options), which is not a missing server.
        case nil where !(error.target?.host.isEmpty ?? true): self = .noServer
        default: return nil
        }
    }
}
