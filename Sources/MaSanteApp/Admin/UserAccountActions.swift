public import MaSanteStore

/// An administrator creates a login in one of the four roles; a manager is linked to their
/// centres. The password reaches the server hashed (SCRAM-SHA-256).
public struct AddUser {
    /// The new account; without a password, one is generated and returned once.
    public struct Request: Sendable {
        public var login: String
        public var role: UserRole
        public var password: String?
        public var centres: [String]

        public init(login: String, role: UserRole, password: String? = nil, centres: [String] = []) {
            self.login = login
            self.role = role
            self.password = password
            self.centres = centres
        }
    }

    /// The account created, and the generated password when none was given (shown once).
    public struct Outcome: Sendable {
        public var login: String
        public var role: UserRole
        public var centres: [String]
        public var generatedPassword: String?
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(_ request: Request) throws -> Outcome {
        let password = request.password ?? UserAccounts.generatePassword()
        try UserAccounts(session).create(
            login: request.login, role: request.role, password: password, centres: request.centres)
        return Outcome(
            login: request.login, role: request.role, centres: request.centres,
            generatedPassword: request.password == nil ? password : nil)
    }
}

/// An administrator lists the logins made for this database, with their centres.
public struct ListUsers {
    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run() throws -> [UserAccount] { try UserAccounts(session).list() }
}

/// An administrator removes a login and its links to centres.
public struct RemoveUser {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// An unknown login is refused (``StoreError/notFound(_:)``).
    public func run(login: String) throws { try UserAccounts(session).remove(login: login) }

    /// What `utilisateur retirer` says once `login` is removed.
    public static func removed(_ login: String) -> String { "Compte « \(login) » supprimé." }
}
