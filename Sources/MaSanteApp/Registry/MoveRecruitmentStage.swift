public import MaSante
public import MaSanteStore

/// HR moves a person to a later recruitment stage (entretien, promesse, embauche, en_poste,
/// abandon), dated; the lifecycle never goes back and a departure has its own action. The hire
/// (« embauche », or « en poste » directly) opens the recruit's welcome checklist (``RecruitWelcome``).
public struct MoveRecruitmentStage {
    /// Who, to which stage, when.
    public struct Request: Sendable {
        /// What the user typed to name the person: an RPPS, `n°12` or `NOM Prénom`.
        public var person: String
        public var stage: RecruitmentStage
        public var date: CalendarDate
        public var note: String?

        /// Refuses a note that is not plain text (field `note`).
        public init(person: String, stage: RecruitmentStage, date: CalendarDate, note: String?) throws(RegistryError) {
            try RegistryError.check(note, as: .freeText, field: "note")
            self.person = person
            self.stage = stage
            self.date = date
            self.note = note
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The person moved; an unknown person, a step back or a stage dated before the last one
    /// are refused (``StoreError``) and nothing is written.
    public func run(_ request: Request) throws -> PersonReference {
        try session.changing(person: request.person) { person in
            try Recruitment(session).move(person, to: request.stage, on: request.date, note: request.note)
            if request.stage.countsAsHired { _ = try WelcomeQueries(session).openIfMissing(for: person) }
        }.0
    }
}
