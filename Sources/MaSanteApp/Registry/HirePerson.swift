public import MaSante
public import MaSanteStore

/// HR records a person hired directly: identity, contract and centre, checked like one line
/// of the people import and saved in one transaction, with their welcome checklist opened from
/// their profession's template (``RecruitWelcome``). Recording the same person again changes nothing.
public struct HirePerson {
    /// The fields of the form, by column of the people import (`nom`, `prenom`, `centre`…).
    public struct Request: Sendable {
        public var person: PersonRecord

        /// Checks the fields as the import does; refused fields throw ``RegistryError/invalidFields(_:)``.
        public init(_ fields: FieldRecord) throws(RegistryError) {
            person = try fields.parsed(required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns) {
                let parsed = PersonRecord.parse($0, columns: $1)
                return (parsed.record, parsed.issues, [])
            }.record
        }
    }

    /// The person recorded, and whether they were already recorded just so.
    public struct Outcome: Sendable {
        public var person: PersonRecord
        public var alreadyRecorded: Bool
        /// The items of the welcome checklist opened for this hire (nil: none opened).
        public var welcomeItems: Int? = nil
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(_ request: Request) throws -> Outcome {
        do {
            return try session.transaction {
                let summary = try PeopleImporter(session).run(records: [(1, request.person)])
                let person = request.person
                guard summary.unchanged == 0 else { return Outcome(person: person, alreadyRecorded: true) }
                let welcome = try RecruitWelcome(session).openOnHire(
                    person: person.rpps?.digits ?? "\(person.lastName) \(person.firstName)")
                return Outcome(person: person, alreadyRecorded: false, welcomeItems: welcome)
            }
        } catch let rejected as ImportRejected {
            throw RegistryError.invalidFields(rejected.issues)
        }
    }
}
