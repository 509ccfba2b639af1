import Foundation
import MaSantePostgres
package import PQ

/// The web server's own login, a member of `masante_authenticator` (migration 0013): it holds no
/// right on the data and takes each person's role per transaction. Made and removed by an
/// administrator (`masante_create_authenticator`, `masante_drop_authenticator`).
public struct AuthenticatorAccounts {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Creates the login `login` with `password`, hashed with SCRAM-SHA-256 by libpq before it
    /// leaves this process.
    public func create(login: String, password: String) throws {
        try UserAccounts.checkLogin(login)
        guard password.count >= 12 else {
            throw StoreError.refused("mot de passe trop court : 12 caractères au moins")
        }
        try connection.transaction {
            if try connection.query("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = \(login)").count > 0 {
                throw StoreError.refused("l'identifiant « \(login) » existe déjà sur ce serveur")
            }
            let verifier = try connection.encryptPassword(password, user: login, algorithm: "scram-sha-256")
            try connection.execute("SELECT public.masante_create_authenticator(\(login), \(verifier))")
        }
    }

    /// Removes a login made by ``create(login:password:)``.
    public func remove(login: String) throws {
        let result = Result { () throws(PQError) in
            try connection.execute("SELECT public.masante_drop_authenticator(\(login))")
        }
        if case .failure(let error) = result, error.sqlState == .undefinedObject {
            throw StoreError.notFound("aucun compte de serveur web « \(login) »")
        }
        _ = try result.get()
    }
}

extension AuthenticatorAccounts {
    /// Whether this session's login may serve the web application: a member of
    /// `masante_authenticator` and not a superuser (for whom the audit trail could not name the person).
    public func sessionIsAuthenticator() throws -> Bool {
        try connection.query(
            """
            SELECT NOT r.rolsuper AND pg_catalog.pg_has_role(r.oid, 'masante_authenticator', 'MEMBER')
            FROM pg_catalog.pg_roles r WHERE r.rolname = session_user
            """
        ).single(Bool.self)
    }
}
