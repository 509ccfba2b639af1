public import MaSanteStore

/// HR opens a person's page: identity, contracts, assignments, dated recruitment stages and the
/// history of their rows. A manager sees the page of their centres' staff only (without the
/// history); anyone else is « introuvable », and the Region is refused by the database.
public struct ReadPersonFile {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// `person` is what the user typed or the page's link holds: an RPPS, `n°12` or `NOM Prénom`.
    public func run(person: String) throws -> PersonFile {
        try session.transaction {
            try PersonFileQueries(session).file(of: try PeopleQueries(session).find(person))
        }
    }
}
