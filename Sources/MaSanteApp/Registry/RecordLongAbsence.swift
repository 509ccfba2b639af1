public import MaSante
public import MaSanteStore

/// HR records a long absence (maternity, long sickness, secondment…) or the early return from
/// one. While it runs the person is « en poste » but not « présent » in the report, the planner
/// leaves them out and the database refuses any working shift; shifts planned before it was
/// recorded become blocking findings of their weeks, for the centre's manager to re-plan.
public struct RecordLongAbsence {
    /// Who is absent, why, from when to when, with HR's note.
    public struct Request: Sendable {
        /// What the user typed to name the person: an RPPS, `n°12` or `NOM Prénom`.
        public var person: String
        public var absence: LongAbsence
        public var note: String?

        /// Refuses a last day before the first (field `au`) and a note that is not plain text
        /// (field `motif`).
        public init(
            person: String, kind: LongAbsenceKind, first: CalendarDate, last: CalendarDate?, note: String?
        ) throws(RegistryError) {
            try RegistryError.checkPeriod(first: first, last: last)
            try RegistryError.check(note, as: .freeText, field: "motif")
            self.person = person
            self.absence = LongAbsence(kind: kind, start: first, end: last)
            self.note = note
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The person absent. Refused (``StoreError``), with nothing written, when the person is
    /// unknown, the absence leaves their contracts or overlaps another one.
    public func run(_ request: Request) throws -> PersonReference {
        try session.changing(person: request.person) { person in
            try LongAbsenceQueries(session).record(request.absence, for: person, note: request.note)
        }.0
    }

    /// Ends the absence running on `lastDay` (the person is back the day after): the person and
    /// the absence as it now stands.
    public func end(person: String, lastDay: CalendarDate) throws -> (PersonReference, LongAbsence) {
        try session.changing(person: person) { try LongAbsenceQueries(session).end(for: $0, lastDay: lastDay) }
    }

    /// One person's long absences, oldest first (those the caller's role may read).
    public func absences(of person: PersonReference) throws -> [LongAbsence] {
        try LongAbsenceQueries(session).absences(of: person)
    }

    /// The absences running on `day` or starting later.
    public func list(from day: CalendarDate) throws -> [PersonAbsence] {
        try LongAbsenceQueries(session).list(from: day)
    }
}
