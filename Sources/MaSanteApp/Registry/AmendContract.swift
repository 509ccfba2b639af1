public import MaSante
public import MaSanteStore

/// HR records an amendment (avenant) to a person's contract: new weekly hours, a CDD renewed or
/// turned into a CDI, from a date. The past keeps its terms: a report « au » an earlier date
/// prints what it printed before.
public struct AmendContract {
    /// What changes, from when; nil keeps the term as it stands.
    public struct Request: Sendable {
        /// What the user typed to name the person: an RPPS, `n°12` or `NOM Prénom`.
        public var person: String
        public var effective: CalendarDate
        public var weeklyHours: Double?
        public var type: ContractType?
        public var end: CalendarDate?
        public var note: String?

        /// Refuses a note that is not plain text (field `motif`) and a request that changes nothing.
        public init(
            person: String, effective: CalendarDate, weeklyHours: Double?, type: ContractType?, end: CalendarDate?,
            note: String?
        ) throws(RegistryError) {
            try RegistryError.check(note, as: .freeText, field: "motif")
            guard weeklyHours != nil || type != nil || end != nil else {
                throw .fieldRefused(
                    field: "heures-hebdo",
                    message: "un avenant change au moins les heures (--heures-hebdo), le type (--type-contrat) "
                        + "ou la fin (--date-fin)")
            }
            self.person = person
            self.effective = effective
            self.weeklyHours = weeklyHours
            self.type = type
            self.end = end
            self.note = note
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The person, the terms before and the amendment recorded. A CDD turned into a CDI loses its
    /// end unless one is given.
    public func run(_ request: Request) throws -> (PersonReference, Contract, ContractAmendment) {
        let (person, result) = try session.changing(person: request.person) { person in
            let store = AmendmentQueries(session)
            let (contractID, current) = try store.contract(of: person, amendedOn: request.effective)
            let type = request.type ?? current.type
            let end = request.end ?? (type == .cdi && current.type == .cdd ? nil : current.end)
            let amendment: ContractAmendment
            do {
                amendment = try ContractAmendment(
                    effective: request.effective, type: type, weeklyHours: request.weeklyHours ?? current.weeklyHours,
                    end: end)
            } catch let error as FieldError {
                let badHours = request.weeklyHours.map { !($0 > 0 && $0 <= Contract.fullTimeHours) } ?? false
                throw RegistryError.fieldRefused(field: badHours ? "heures-hebdo" : "date-fin", message: error.message)
            }
            guard !amendment.changes(from: current).isEmpty else {
                throw RegistryError.fieldRefused(
                    field: "heures-hebdo", message: "l'avenant ne change rien au contrat en cours")
            }
            try store.record(amendment, contract: contractID, of: person, note: request.note)
            return (current, amendment)
        }
        return (person, result.0, result.1)
    }

    /// Every version of the person's contracts, oldest first.
    public func versions(person: String) throws -> (PersonReference, [ContractVersion]) {
        try session.changing(person: person) { try AmendmentQueries(session).versions(of: $0) }
    }
}
