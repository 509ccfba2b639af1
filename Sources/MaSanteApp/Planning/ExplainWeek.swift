public import MaSante
public import MaSanteStore
public import WeekPlanner

/// A manager asks why a week scores what it does, planned by hand or proposed: needs covered,
/// gaps to the contracts' hours, and each need left short with its reasons. Reads only.
public struct ExplainWeek {
    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(centre: CentreReference, week: ISOWeek) throws -> WeekProposal {
        WeekPlanner.explain(try CentreNeedsStore(session).request(centreID: centre.id, week: week))
    }
}
