public import MaSante
public import MaSanteStore

/// A manager reads a week's history: its publication and each change made after it (who, when,
/// why, the shift before and after, by names and times). Reads only.
public struct WeekHistory {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The changes, oldest first.
    public func run(centre: CentreReference, week: ISOWeek) throws -> [PlanningChange] {
        try PlanningQueries(session).changes(centreID: centre.id, week: week)
    }
}
