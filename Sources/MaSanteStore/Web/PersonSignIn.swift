import Foundation
import MaSantePostgres
package import PQ

/// Checks a person's identifiant and password by letting PostgreSQL do it: a connection is opened
/// as that login (SCRAM is the server's business, the password never compared here), its group
/// role read, and the connection closed.
///
/// The identifiant and password travel as libpq keyword parameters, never spliced into a
/// connection string, so no character in them can add a keyword. The password file is switched
/// off: only the typed password may open the connection.
public enum PersonSignIn {
    /// What a successful check tells.
    public struct Person: Sendable, Hashable {
        public var login: String
        public var role: UserRole
    }

    /// Why a check did not let the person in.
    public enum Refusal: Error, Sendable, Hashable {
        /// The server refused the connection (wrong password, unknown login, no right to connect),
        /// or the database could not be reached: the caller tells them apart by its own connection.
        case connectionRefused(DatabaseFailure.Code)
        /// The login connected but is not one of masante's people (a superuser, another role).
        case notAPerson
    }

    /// Opens a connection to the database of `conninfo` as `login` with `password`, and returns
    /// who it is, or throws ``Refusal``.
    public static func verify(conninfo: String, login: String, password: String) throws(Refusal) -> Person {
        guard !login.isEmpty, !password.isEmpty else { throw .connectionRefused(.unreachable) }
        let connection: Connection
        do {
            connection = try Connection(
                conninfo: conninfo,
                parameters: [
                    ("fallback_application_name", "masante-web"),
                    ("connect_timeout", "10"),
                    ("passfile", "/dev/null"),
                    ("user", login),
                    ("password", password),
                ])
        } catch {
            throw .connectionRefused(DatabaseFailure(error).code)
        }
        defer { connection.close() }
        guard connection.parameterStatus("is_superuser") == "off" else { throw .notAPerson }
        let groups: [String]
        do {
            groups = try connection.query(
                """
                SELECT g.rolname::text FROM pg_catalog.pg_auth_members m
                JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles r ON r.oid = m.member
                WHERE r.rolname = session_user
                """
            ).map { try $0.decode(String.self) }
        } catch {
            throw .connectionRefused(.connectionLost)
        }
        let roles = groups.compactMap(UserRole.init(groupRole:))
        guard roles.count == 1, let role = roles.first else { throw .notAPerson }
        return Person(login: login, role: role)
    }
}
