public import MaSante
public import MaSanteStore

/// A manager changes one shift's activity (and place), along with its day, hours or person if
/// asked: ``MoveShift`` with another activity, as one change (the shift keeps its id: one
/// « modification » in a published week's history, an updated calendar event).
public struct ChangeShiftActivity {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Throws `FieldError` when the activity and hours make no shift (a visit without its place),
    /// `ImportRejected` when a check refuses it.
    public func run(
        _ choice: ShiftChoice, _ request: MoveShift.Request, activity: Activity, place: String?
    ) throws -> MoveShift.Outcome {
        let before = try ShiftFinder(session: session).one(choice)
        let person = try request.person.map { try PeopleQueries(session).find($0) }
        let moved = try before.shift.moved(toDay: request.day, from: request.start, to: request.end, person: person?.id)
        let after = try Shift(
            id: moved.id, personID: moved.personID, centreID: moved.centreID, start: moved.start, end: moved.end,
            activity: activity, place: place)
        var edit = PlanningEdit(reason: request.reason, force: request.force)
        edit.move(after)
        let outcome = try PlanningEditor(session).apply(edit)
        let name = person.map { "\($0.firstName) \($0.lastName)" } ?? before.personName
        return MoveShift.Outcome(before: before, after: after, personName: name, edit: outcome)
    }
}
