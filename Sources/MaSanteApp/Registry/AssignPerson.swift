public import MaSante
public import MaSanteStore

/// HR sets where a person works and for what share of their contract: from a date, `share` of
/// it in a centre (a doctor at 60 % in one centre and 40 % in another), or a move from one
/// centre to another. The history is kept; shares above 100 % are refused.
public struct AssignPerson {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// From `first` (to `last`, else to the contract's end), `share` of the person's contract in
    /// `centre`. The person, and the centres they work in on `first` afterwards.
    public func assign(
        person: String, centre: String, share: ContractShare, from first: CalendarDate, to last: CalendarDate?
    ) throws -> (PersonReference, [CentreShare]) {
        try RegistryError.checkPeriod(first: first, last: last)
        return try session.changing(person: person) { person in
            let place = try PlanningQueries(session).centre(named: centre)
            let store = AssignmentQueries(session)
            try store.assign(person, to: place, share: share, from: first, to: last)
            return try store.shares(of: person, on: first)
        }
    }

    /// From `day`, the person works in `destination` instead of `origin` (their only centre when
    /// nil), with the same share. What the move did, for the message.
    public func move(
        person: String, to destination: String, from origin: String?, on day: CalendarDate
    ) throws
        -> PersonMove
    {
        try session.changing(person: person) { person in
            let planning = PlanningQueries(session)
            let to = try planning.centre(named: destination)
            let from = try origin.map { try planning.centre(named: $0) }
            let (left, shifts) = try AssignmentQueries(session).move(person, to: to, from: from, on: day)
            return PersonMove(person: person, from: left, to: to.name, day: day, shiftsLeft: shifts)
        }.1
    }
}

/// A dated move of a person from one centre to another.
public struct PersonMove: Sendable {
    public var person: PersonReference
    /// The centre left, and the share of the contract that moves.
    public var from: CentreShare
    public var to: String
    public var day: CalendarDate
    /// Shifts still planned in the centre left from `day` on, for its manager to re-plan.
    public var shiftsLeft: Int
}
