import Foundation
import MaSantePostgres
package import PQ

/// One person's login to the database, as `masante utilisateur liste` shows it.
public struct UserAccount: Sendable, Hashable {
    public var login: String
    public var role: UserRole
    /// The centres a manager runs, in this database (empty for the other roles).
    public var centres: [String]
    public var canLogIn: Bool
}

/// Creates, lists and removes the logins of masante's users.
///
/// Logins are PostgreSQL roles, members of one of the four group roles, allowed to connect to
/// the database they were made for only (`logins`); creating and dropping them goes through
/// two `SECURITY DEFINER` functions that only `masante_admin` may call, and the password
/// reaches the server already hashed (SCRAM-SHA-256).
public struct UserAccounts {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Creates `login` in `role`; a manager is linked to `centres` (names, any case), which
    /// the other roles do not take. All or nothing.
    public func create(login: String, role: UserRole, password: String, centres: [String]) throws {
        try Self.checkLogin(login)
        guard password.count >= 12 else {
            throw StoreError.refused("mot de passe trop court : 12 caractères au moins")
        }
        if role == .responsable && centres.isEmpty {
            throw StoreError.refused("un responsable de centre doit être rattaché à au moins un centre (--centre)")
        }
        if role != .responsable && !centres.isEmpty {
            throw StoreError.refused("seul un responsable de centre est rattaché à des centres (rôle \(role.rawValue))")
        }
        try connection.transaction {
            let centreIDs = try centres.map { try PlanningQueries(connection: connection).centre(named: $0).id }
            if try connection.query("SELECT 1 FROM pg_roles WHERE rolname = \(login)").count > 0 {
                throw StoreError.refused("l'identifiant « \(login) » existe déjà sur ce serveur")
            }
            let verifier = try connection.encryptPassword(password, user: login, algorithm: "scram-sha-256")
            try connection.execute("SELECT masante_create_login(\(login), \(role.groupRole), \(verifier))")
            for id in Set(centreIDs).sorted() {
                try connection.execute("INSERT INTO centre_managers (login, centre_id) VALUES (\(login), \(id))")
            }
        }
    }

    /// Every login made for this database (`logins`), with its centres.
    public func list() throws -> [UserAccount] {
        try connection.query(
            """
            SELECT l.login::text, l.group_role::text, coalesce(r.rolcanlogin, false),
                   coalesce((SELECT array_to_string(array_agg(c.name ORDER BY c.name), E'\\n')
                             FROM centre_managers m JOIN centres c ON c.id = m.centre_id WHERE m.login = l.login), '')
            FROM logins l LEFT JOIN pg_roles r ON r.rolname = l.login
            ORDER BY l.login
            """
        ).map { row in
            let (login, group, canLogIn, centres) = try row.decode((String, String, Bool, String).self)
            return UserAccount(
                login: login, role: UserRole(groupRole: group) ?? .region,
                centres: centres.isEmpty ? [] : centres.components(separatedBy: "\n"), canLogIn: canLogIn)
        }
    }

    /// Removes a login created by ``create(login:role:password:centres:)`` and its centres.
    public func remove(login: String) throws {
        let result = Result { () throws(PQError) in try connection.execute("SELECT masante_drop_login(\(login))") }
        if case .failure(let error) = result, error.sqlState == .undefinedObject {
            throw StoreError.notFound("aucun utilisateur masante « \(login) » (voir « masante utilisateur liste »)")
        }
        _ = try result.get()
    }

    /// The rule the database applies too: lower-case letters, digits, `_ . -`, 2 to 63
    /// characters, starting with a letter, and not a name reserved for roles.
    static func checkLogin(_ login: String) throws {
        let valid = login.range(of: "^[a-z][a-z0-9_.-]{1,62}$", options: .regularExpression) != nil
        guard valid, !login.hasPrefix("masante_"), !login.hasPrefix("pg_") else {
            throw StoreError.refused(
                """
                identifiant invalide « \(login) » : de 2 à 63 caractères parmi a-z, 0-9, « _ », « . », « - », \
                commençant par une lettre, sans les préfixes réservés « masante_ » et « pg_ »
                """)
        }
    }

    /// A random password of `length` characters from an alphabet without look-alikes.
    public static func generatePassword(length: Int = 20) -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
