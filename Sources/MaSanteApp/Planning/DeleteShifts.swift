public import MaSanteStore

/// A manager deletes a shift, or all of a person's shifts of a day in a centre. In a published
/// week it needs a reason, recorded in the week's history.
public struct DeleteShifts {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Finds the shifts (reading only), then deletes them in one transaction: all or none.
    public func run(_ choice: ShiftChoice, reason: String? = nil, force: Bool = false) throws -> EditOutcome {
        var edit = PlanningEdit(reason: reason, force: force)
        edit.removals = try ShiftFinder(session: session).ids(choice)
        return try PlanningEditor(session).apply(edit)
    }
}
