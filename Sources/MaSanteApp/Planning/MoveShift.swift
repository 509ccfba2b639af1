public import MaSante
public import MaSanteStore

/// A manager moves one shift to another day, other hours or another person, as one change: the
/// shift keeps its id (one « modification » in a published week's history, an updated calendar event).
public struct MoveShift {
    /// What changes; what is nil stays. A new start without a new end keeps the shift's length.
    public struct Request: Sendable {
        public var day: CalendarDate?
        public var start: TimeOfDay?
        public var end: TimeOfDay?
        /// The new person: RPPS, number or « NOM Prénom ».
        public var person: String?
        public var reason: String?
        public var force: Bool

        public init(
            day: CalendarDate? = nil, start: TimeOfDay? = nil, end: TimeOfDay? = nil, person: String? = nil,
            reason: String? = nil, force: Bool = false
        ) {
            self.day = day
            self.start = start
            self.end = end
            self.person = person
            self.reason = reason
            self.force = force
        }
    }

    /// The shift before, the shift after and who now works it, and the weeks touched.
    public struct Outcome: Sendable {
        public var before: DescribedShift
        public var after: Shift
        /// « Prénom NOM » of the person who works the moved shift.
        public var personName: String
        public var edit: EditOutcome
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Finds the shift and the new person (reading only), then writes the move in one transaction.
    /// Throws `FieldError` when the new hours make no shift, `ImportRejected` when a check refuses it.
    public func run(_ choice: ShiftChoice, _ request: Request) throws -> Outcome {
        let before = try ShiftFinder(session: session).one(choice)
        let person = try request.person.map { try PeopleQueries(session).find($0) }
        let after = try before.shift.moved(toDay: request.day, from: request.start, to: request.end, person: person?.id)
        var edit = PlanningEdit(reason: request.reason, force: request.force)
        edit.move(after)
        let outcome = try PlanningEditor(session).apply(edit)
        let name = person.map { "\($0.firstName) \($0.lastName)" } ?? before.personName
        return Outcome(before: before, after: after, personName: name, edit: outcome)
    }
}
