public import MaSante
public import MaSanteStore

/// A manager publishes a centre's week: refused while a blocking finding stands or when it is
/// already published. A published week is locked: each later change needs a reason.
public struct PublishWeek {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Publishes in one transaction; throws `BlockingFindings` (nothing changed) while a blocking
    /// finding stands, `StoreError.refused` when the week is already published.
    public func run(centre: CentreReference, week: ISOWeek) throws -> EditedWeek {
        try PlanningEditor(session).publish(centreID: centre.id, week: week)
    }
}
