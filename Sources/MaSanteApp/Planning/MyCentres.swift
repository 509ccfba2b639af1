public import MaSanteStore

/// The centres a manager plans: the ones the login runs, and the one a name designates.
public struct MyCentres {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The centres the login runs, by name (none for a login that runs none).
    public func list() throws -> [CentreReference] { try PlanningQueries(session).managedCentres() }

    /// The centre `name` designates (its whole name or a part only it has), or, when `name` is
    /// nil, the one centre the login runs; ``PlanningRefusal/centreToChoose(managed:)`` otherwise.
    public func centre(named name: String?) throws -> CentreReference {
        if let name { return try PlanningQueries(session).centre(named: name) }
        let managed = try list()
        if managed.count == 1 { return managed[0] }
        throw PlanningRefusal.centreToChoose(managed: managed)
    }
}
