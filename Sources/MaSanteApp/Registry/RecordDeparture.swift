public import MaSante
public import MaSanteStore

/// HR records that a person leaves: their contract and assignments end on the date and the
/// stage « parti » is recorded, all together.
public struct RecordDeparture {
    /// Who leaves, on which day (the last worked), and why.
    public struct Request: Sendable {
        /// What the user typed to name the person: an RPPS, `n°12` or `NOM Prénom`.
        public var person: String
        public var date: CalendarDate
        public var reason: String?

        /// Refuses a reason that is not plain text (field `motif`).
        public init(person: String, date: CalendarDate, reason: String?) throws(RegistryError) {
            try RegistryError.check(reason, as: .freeText, field: "motif")
            self.person = person
            self.date = date
            self.reason = reason
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The person who left; someone without a contract on that date, or who cannot leave at
    /// their stage, is refused (``StoreError/refused(_:)``) and nothing is written.
    public func run(_ request: Request) throws -> PersonReference {
        try session.changing(person: request.person) { person in
            try PeopleQueries(session).recordDeparture(of: person, on: request.date, note: request.reason)
        }.0
    }
}
