import Foundation
public import MaSante
public import MaSanteStore

/// HR registers a new candidate at the stage « candidat », dated.
public struct RegisterCandidate {
    /// A candidate as typed; the initializer applies the rules that need no database.
    public struct Request: Sendable {
        public var lastName: String
        public var firstName: String
        public var profession: Profession
        public var specialty: Specialty?
        public var rpps: RPPS?
        public var date: CalendarDate
        public var note: String?

        /// Refuses a specialty missing for a specialist (or given to anyone else), and names
        /// or a note that are not plain text, naming the field (`specialite`, `nom`, `prenom`, `note`).
        public init(
            lastName: String, firstName: String, profession: Profession, specialty: Specialty?, rpps: RPPS?,
            date: CalendarDate, note: String?
        ) throws(RegistryError) {
            if (profession == .medecinSpecialiste) != (specialty != nil) {
                throw .fieldRefused(
                    field: "specialite",
                    message: profession == .medecinSpecialiste
                        ? "obligatoire pour un médecin spécialiste" : "réservée aux médecins spécialistes")
            }
            try RegistryError.check(lastName, as: .name, field: "nom")
            try RegistryError.check(firstName, as: .name, field: "prenom")
            try RegistryError.check(note, as: .freeText, field: "note")
            self.lastName = lastName.trimmingCharacters(in: .whitespaces)
            self.firstName = firstName.trimmingCharacters(in: .whitespaces)
            self.profession = profession
            self.specialty = specialty
            self.rpps = rpps
            self.date = date
            self.note = note
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The new person; an RPPS already given to someone is refused (``StoreError/refused(_:)``).
    public func run(_ request: Request) throws -> PersonReference {
        try Recruitment(session).addCandidate(
            lastName: request.lastName, firstName: request.firstName, profession: request.profession,
            specialty: request.specialty, rpps: request.rpps, on: request.date, note: request.note)
    }
}
