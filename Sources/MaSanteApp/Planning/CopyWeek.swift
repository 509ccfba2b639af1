public import MaSante
public import MaSanteStore

/// A manager plans a week from another week or a template of the centre: same people, weekdays
/// and times; people absent, no longer assigned or planned elsewhere are left out, and said.
public struct CopyWeek {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Copies in one transaction. A target week that already has shifts is refused
    /// (`StoreError.refused`, nothing written) unless `replace`.
    public func run(
        centre: CentreReference, from source: CopySource, to week: ISOWeek, replace: Bool,
        reason: String? = nil
    ) throws -> CopyOutcome {
        try PlanningCopier(session).copy(centre: centre, from: source, to: week, replace: replace, reason: reason)
    }
}
