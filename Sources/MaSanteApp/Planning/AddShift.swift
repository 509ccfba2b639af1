public import MaSante
public import MaSanteStore

/// A manager adds one shift to a centre's week, with the checks of a planning file's line. In a
/// published week it needs a reason, and `force` to bring in a new blocking finding.
public struct AddShift {
    /// The shift added, and each week touched with its version and findings.
    public struct Outcome: Sendable {
        public var shift: PlanningRecord
        public var edit: EditOutcome
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Adds `shift` in one transaction; throws `ImportRejected` (nothing written) when a check
    /// refuses it, `BlockingFindings` when it would bring a blocking finding into a published week.
    public func run(_ shift: PlanningRecord, reason: String? = nil, force: Bool = false) throws -> Outcome {
        let edit = try PlanningImporter(session).run(records: [(1, shift)], reason: reason, force: force)
        return Outcome(shift: shift, edit: edit)
    }
}
