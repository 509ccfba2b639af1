public import MaSante
public import MaSanteStore

/// A manager opens a centre's week: its shifts, status, version and the checker's findings
/// (what `planning semaine` shows and `planning verifier` lists). Reads only.
public struct ShowWeek {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The week; a week never touched is an empty draft.
    public func run(centre: CentreReference, week: ISOWeek) throws -> WeekView {
        try PlanningQueries(session).view(centreID: centre.id, week: week)
    }
}
