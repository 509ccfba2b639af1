public import MaSanteStore

/// The secret addresses of subscribed calendars, as `masante agenda lien|revoquer`: HR makes and
/// revokes those of any person or centre, a manager those of their centres and of the people
/// assigned there (the database's row-level rules decide, under the person's role).
public struct CalendarSubscriptions {
    /// Whose calendar, as a form names it.
    public enum Owner: Sendable {
        /// RPPS, number or « NOM Prénom ».
        case person(String)
        /// A centre's id.
        case centre(Int)
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The centres whose calendar this role may link, by name.
    public func centres() throws -> [CentreReference] { try UserAccounts(session).centres() }

    /// A new link (the previous one revoked) and the owner's name (« Marie DURAND », the centre's
    /// name); the token is to show once. An owner this role cannot see is ``StoreError/notFound(_:)``.
    public func create(for owner: Owner) throws -> (token: String, name: String) {
        try session.transaction {
            let (resolved, name) = try resolve(owner)
            return (try CalendarLinks(session).create(for: resolved), name)
        }
    }

    /// Revokes the owner's live link; whether there was one, and the owner's name.
    public func revoke(_ owner: Owner) throws -> (revoked: Bool, name: String) {
        try session.transaction {
            let (resolved, name) = try resolve(owner)
            return (try CalendarLinks(session).revoke(resolved), name)
        }
    }

    private func resolve(_ owner: Owner) throws -> (CalendarLinks.Owner, String) {
        switch owner {
        case .person(let reference):
            let person = try PeopleQueries(session).find(reference)
            return (.person(id: person.id), "\(person.firstName) \(person.lastName)")
        case .centre(let id):
            guard let centre = try centres().first(where: { $0.id == id }) else {
                throw StoreError.notFound("centre introuvable")
            }
            return (.centre(id: centre.id), centre.name)
        }
    }
}
