public import MaSanteStore

/// An administrator creates the login the web server connects with (member of
/// `masante_authenticator`); without a password, one is generated and returned once.
public struct AddServerLogin {
    /// The account created, and the generated password when none was given (shown once).
    public struct Outcome: Sendable {
        public var login: String
        public var generatedPassword: String?
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(login: String, password given: String?) throws -> Outcome {
        let password = given ?? UserAccounts.generatePassword()
        try AuthenticatorAccounts(session).create(login: login, password: password)
        return Outcome(login: login, generatedPassword: given == nil ? password : nil)
    }
}

/// An administrator removes a login of the web server.
public struct RemoveServerLogin {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// What `serveur retirer-compte` says; an unknown login is refused (``StoreError/notFound(_:)``).
    public func run(login: String) throws -> String {
        try AuthenticatorAccounts(session).remove(login: login)
        return "Compte du serveur web « \(login) » supprimé."
    }
}
