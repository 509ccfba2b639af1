import Foundation
import MaSantePostgres
import PQ

/// The centres a manager's login is linked to after it was created: the administrator adds
/// one or removes one (`centre_managers`), under their own role.
extension UserAccounts {
    /// Every centre the role reads (all of them for an administrator or HR), by name.
    public func centres() throws -> [CentreReference] {
        try connection.query("SELECT id, name FROM centres ORDER BY lower(name)").map {
            let (id, name) = try $0.decode((Int, String).self)
            return CentreReference(id: id, name: name)
        }
    }

    /// Links the manager `login` to `centre` (an id); already linked, nothing changes.
    /// A login that is not a manager made for this database is refused.
    public func link(login: String, centre: Int) throws {
        try requireManager(login)
        try connection.execute(
            """
            INSERT INTO centre_managers (login, centre_id) VALUES (\(login), \(centre)) ON CONFLICT DO NOTHING
            """)
    }

    /// Unlinks the manager `login` from `centre`; the last centre of a manager stays (a manager
    /// runs at least one centre: remove the account instead).
    public func unlink(login: String, centre: Int) throws {
        try requireManager(login)
        let linked = try connection.query("SELECT centre_id FROM centre_managers WHERE login = \(login)").map {
            try $0.decode(Int.self)
        }
        guard linked.contains(centre) else { return }
        guard linked.count > 1 else {
            throw StoreError.refused(
                "un responsable de centre reste rattaché à au moins un centre : supprimez plutôt le compte")
        }
        try connection.execute("DELETE FROM centre_managers WHERE login = \(login) AND centre_id = \(centre)")
    }

    private func requireManager(_ login: String) throws {
        let group = try connection.query("SELECT group_role::text FROM logins WHERE login = \(login)").first
            .map { try $0.decode(String.self) }
        guard let group else {
            throw StoreError.notFound("aucun utilisateur masante « \(login) » (voir « masante utilisateur liste »)")
        }
        guard group == UserRole.responsable.groupRole else {
            throw StoreError.refused(
                "seul un responsable de centre est rattaché à des centres (« \(login) » : \(UserRole(groupRole: group)?.label ?? group))"
            )
        }
    }
}
