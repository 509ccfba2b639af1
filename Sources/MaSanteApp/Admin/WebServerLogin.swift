public import MaSanteStore

/// The login `masante serveur` connects with, checked before serving: a server account (member of
/// `masante_authenticator`, made by `masante serveur compte`), never a superuser nor a person's login.
public enum WebServerLogin {
    /// Connects with `conninfo` once and refuses (77) a login that may not serve the web application.
    public static func check(conninfo: String) throws {
        let check = try Session.open(conninfo: conninfo)
        defer { check.close() }
        guard try AuthenticatorAccounts(check).sessionIsAuthenticator() else {
            throw UserFailure(
                """
                le compte « \(check.user ?? "?") » ne peut pas servir l'application web : il faut un compte de serveur \
                (« masante serveur compte --identifiant … », membre de masante_authenticator), jamais un super-utilisateur \
                ni le compte d'une personne
                """, kind: .permissionDenied)
        }
    }
}
