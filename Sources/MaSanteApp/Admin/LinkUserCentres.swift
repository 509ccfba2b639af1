public import MaSanteStore

/// An administrator links a manager's login to one more centre, or unlinks it from one; the
/// centres the form offers are the network's.
public struct LinkUserCentres {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Every centre, by name.
    public func centres() throws -> [CentreReference] { try UserAccounts(session).centres() }

    /// Links `login` to `centre` (an id), in one transaction.
    public func link(login: String, centre: Int) throws {
        try session.transaction { try UserAccounts(session).link(login: login, centre: centre) }
    }

    /// Unlinks `login` from `centre`, keeping at least one centre, in one transaction.
    public func unlink(login: String, centre: Int) throws {
        try session.transaction { try UserAccounts(session).unlink(login: login, centre: centre) }
    }
}
