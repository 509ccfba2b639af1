public import MaSante
public import MaSanteStore

/// HR edits the welcome templates, one per profession: adds a step (or changes the step of the
/// same label), removes one, lists them. A recruit's checklist is a copy made when they are hired,
/// so editing a template changes only the checklists opened afterwards.
public struct EditWelcomeTemplate {
    /// A step and the professions whose template gets it.
    public struct Request: Sendable {
        public var step: WelcomeStep
        public var professions: [Profession]

        /// Refuses a label that is empty, too long or not plain text (field `libelle`). Without
        /// professions, every profession's template gets the step.
        public init(
            label: String, group: WelcomeGroup, owner: WelcomeOwner, offset: DueOffset, professions: [Profession]
        ) throws(RegistryError) {
            step = WelcomeStep(
                label: try EditWelcomeTemplate.label(label), group: group, owner: owner, offset: offset)
            self.professions = EditWelcomeTemplate.professions(professions)
        }
    }

    /// The step saved, in how many templates it was added and in how many changed.
    public struct Outcome: Sendable {
        public var request: Request
        public var added: Int
        public var changed: Int
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(_ request: Request) throws -> Outcome {
        let (added, changed) = try session.transaction {
            try WelcomeTemplateQueries(session).save(request.step, for: request.professions)
        }
        return Outcome(request: request, added: added, changed: changed)
    }

    /// Removes the step labelled `label` from the templates of `professions` (all when empty):
    /// how many templates lost it. Refused (``StoreError``) when none had it.
    public func remove(label: String, professions: [Profession]) throws -> Int {
        let label = try Self.label(label)
        return try session.transaction {
            try WelcomeTemplateQueries(session).remove(label: label, from: Self.professions(professions))
        }
    }

    /// The steps of one profession's template, or of all.
    public func steps(of profession: Profession?) throws -> [TemplateStep] {
        try WelcomeTemplateQueries(session).steps(of: profession)
    }

    static func label(_ text: String) throws(RegistryError) -> String {
        do {
            return try WelcomeStep.checkLabel(text)
        } catch {
            throw .fieldRefused(field: "libelle", message: error.message)
        }
    }

    static func professions(_ chosen: [Profession]) -> [Profession] {
        chosen.isEmpty ? Profession.allCases : Profession.allCases.filter(chosen.contains)
    }
}
