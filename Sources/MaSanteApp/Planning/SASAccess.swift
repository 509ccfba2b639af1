public import MaSanteStore

/// A centre manager gives the SAS its access to the centre's slots, or takes it back (`planning
/// creneaux lien|revoquer`): a secret token the SAS sends with each search of `/fhir/Slot`.
/// The database's row-level rules decide which centres the login may do it for.
public struct SASAccess {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// A new token for the centre (the previous one revoked), to show once.
    public func create(centre: CentreReference) throws -> String {
        try session.transaction { try SASLinks(session).create(centreID: centre.id) }
    }

    /// Revokes the centre's token; whether there was one.
    public func revoke(centre: CentreReference) throws -> Bool {
        try session.transaction { try SASLinks(session).revoke(centreID: centre.id) }
    }
}
