import Foundation
public import MaSante
public import MaSanteStore

/// A recruit's welcome checklist: opened from their profession's template when they are hired
/// (``HirePerson``, ``MoveRecruitmentStage``) or on demand for someone hired before, read, ticked
/// item by item, and listed with where each stands. HR does everything; a manager reads their
/// centres' staff's checklists and ticks the items in their charge (the database refuses the rest).
public struct RecruitWelcome {
    /// An item to tick: whose, which (its number in the checklist or part of its label), its new
    /// status, the day and a note.
    public struct Tick: Sendable {
        /// What the user typed to name the person: an RPPS, `n°12` or `NOM Prénom`.
        public var person: String
        public var item: String
        public var status: WelcomeStatus
        /// The day the item was closed; nil when it goes back to « à faire ».
        public var day: CalendarDate?
        public var note: String?

        /// Refuses a day to come (field `le`), a day given to reopen an item, and a note that is
        /// not plain text (field `note`). The day is `today` when not given.
        public init(
            person: String, item: String, status: WelcomeStatus = .fait, day: CalendarDate?, note: String?,
            today: CalendarDate = .today()
        ) throws(RegistryError) {
            if status == .aFaire, let day {
                throw .fieldRefused(field: "le", message: "un élément « à faire » n'a pas de date (\(day.french))")
            }
            if let day, day > today {
                throw .fieldRefused(
                    field: "le", message: "le \(day.french) est à venir : un élément se coche une fois fait")
            }
            try RegistryError.check(note, as: .freeText, field: "note")
            self.person = person
            self.item = item
            self.status = status
            self.day = status == .aFaire ? nil : day ?? today
            self.note = note
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Opens the checklist of `person`, due days counted from `start` (their hire date when nil):
    /// the person, the start and the number of items.
    public func open(person: String, start: CalendarDate?) throws -> (PersonReference, CalendarDate, Int) {
        let (who, (first, count)) = try session.changing(person: person) {
            try WelcomeQueries(session).open(for: $0, start: start)
        }
        return (who, first, count)
    }

    /// Opens the checklist of the person `reference` names, just hired, unless they have one for
    /// this hire: the number of items, nil when none was opened (or the name is ambiguous).
    func openOnHire(person reference: String) throws -> Int? {
        let person: PersonReference
        do {
            person = try PeopleQueries(session).find(reference)
        } catch StoreError.ambiguous {
            return nil
        }
        return try WelcomeQueries(session).openIfMissing(for: person)
    }

    /// The latest checklist of `person`; refused (``StoreError/notFound(_:)``) when they have none.
    public func checklist(person: String) throws -> WelcomeChecklist {
        let who = try PeopleQueries(session).find(person)
        guard let checklist = try WelcomeQueries(session).checklist(of: who) else {
            throw StoreError.notFound(
                "\(who.display) n'a pas de liste d'accueil (masante accueil ouvrir --personne \"\(who.lastName) \(who.firstName)\")"
            )
        }
        return checklist
    }

    /// Ticks an item: the person and the item as it now stands. Refused when the item is unknown
    /// or ambiguous (65), or not in the caller's charge (77, a manager and an item of HR).
    public func tick(_ request: Tick) throws -> (PersonReference, WelcomeItem) {
        try session.transaction {
            let checklist = try checklist(person: request.person)
            let line = try Self.line(request.item, in: checklist)
            let changed = try WelcomeQueries(session).set(
                item: line.id, status: request.status, closedOn: request.day, note: request.note)
            guard changed else {
                throw UserFailure(
                    "Erreur : « \(line.item.step.label) » est à la charge de : \(line.item.step.owner.label) ; un responsable de centre ne coche que les éléments à sa charge. Rien n'a été enregistré.",
                    kind: .permissionDenied)
            }
            var item = line.item
            item.status = request.status
            item.closedOn = request.day
            item.note = request.note ?? item.note
            return (checklist.person, item)
        }
    }

    /// The recruits' checklists as they stood on `day`: unfinished ones (all with `all`), only
    /// late ones with `lateOnly`, only the staff of the centre `centre` names.
    public func list(on day: CalendarDate, centre: String?, lateOnly: Bool, all: Bool) throws -> [WelcomeSummary] {
        let centreID = try centre.map { try PlanningQueries(session).centre(named: $0).id }
        return try WelcomeQueries(session).summaries(on: day, centre: centreID).filter { summary in
            lateOnly ? summary.progress == .enRetard : all || summary.progress != .termine
        }
    }

    /// The line `typed` designates: its number in the checklist (`3`, `n°3`) or a part of its
    /// label only it has.
    static func line(_ typed: String, in checklist: WelcomeChecklist) throws -> WelcomeChecklist.Line {
        let number = typed.replacingOccurrences(of: "n°", with: "").trimmingCharacters(in: .whitespaces)
        if let index = Int(number) {
            guard checklist.items.indices.contains(index - 1) else {
                throw StoreError.notFound(
                    "la liste d'accueil de \(checklist.person.display) n'a pas d'élément n°\(index) (1 à \(checklist.items.count))"
                )
            }
            return checklist.items[index - 1]
        }
        let labels = checklist.items.map(\.item.step.label)
        switch CentreNameMatch(typed: typed, among: labels) {
        case .found(let label):
            return checklist.items[labels.firstIndex(of: label)!]
        case .ambiguous(let candidates):
            throw StoreError.ambiguous(
                "« \(typed) » désigne plusieurs éléments : \(candidates.joined(separator: " ; ")) ; précisez, ou donnez son numéro"
            )
        case .unknown:
            throw StoreError.notFound(
                "aucun élément « \(typed) » dans la liste d'accueil de \(checklist.person.display) (éléments : \(labels.joined(separator: " ; ")))"
            )
        }
    }
}
