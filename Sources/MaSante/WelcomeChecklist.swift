/// One step of a recruit's welcome as a template describes it: what, in which part, who does it,
/// and when it falls due from the hire date.
///
/// ```swift
/// let keys = WelcomeStep(label: "Remise des clés et des badges", group: .premierJour, owner: .responsable,
///                        offset: DueOffset(days: 0)!)
/// ```
public struct WelcomeStep: Hashable, Sendable {
    public var label: String
    public var group: WelcomeGroup
    public var owner: WelcomeOwner
    public var offset: DueOffset

    public init(label: String, group: WelcomeGroup, owner: WelcomeOwner, offset: DueOffset) {
        self.label = label
        self.group = group
        self.owner = owner
        self.offset = offset
    }

    /// The most characters a label may hold (`welcome_items_label_check`).
    public static let labelLimit = 120

    /// Checks a label typed by HR: trimmed, not empty, at most ``labelLimit`` characters, plain text.
    public static func checkLabel(_ text: String) throws(FieldError) -> String {
        let label = text.trimmedSpaces
        guard !label.isEmpty else { throw FieldError("le libellé est vide") }
        guard label.count <= labelLimit else {
            throw FieldError("libellé trop long (\(label.count) caractères, \(labelLimit) au plus)")
        }
        try TypedText.check(label, as: .freeText)
        return label
    }
}

/// An item of a recruit's checklist: its step, its status, the day it was closed (done or set
/// aside) and a note.
///
/// ```swift
/// var item = WelcomeItem(step: keys, status: .aFaire, closedOn: nil, note: nil)
/// item.isOpen(on: day)                       // true
/// item.isLate(on: day, start: hireDate)      // true when its due day has passed
/// ```
public struct WelcomeItem: Hashable, Sendable {
    public var step: WelcomeStep
    public var status: WelcomeStatus
    public var closedOn: CalendarDate?
    public var note: String?

    public init(step: WelcomeStep, status: WelcomeStatus, closedOn: CalendarDate?, note: String?) {
        self.step = step
        self.status = status
        self.closedOn = closedOn
        self.note = note
    }

    /// Whether the item still needs doing on `day` (open then, even if closed later).
    public func isOpen(on day: CalendarDate) -> Bool {
        guard status.isClosed, let closedOn else { return true }
        return closedOn > day
    }

    /// Whether the item is open on `day` after its due day, for a welcome starting on `start`.
    public func isLate(on day: CalendarDate, start: CalendarDate) -> Bool {
        isOpen(on: day) && step.offset.due(from: start) < day
    }
}

/// Where a recruit's welcome stands on a day: finished, in progress, or late (an item open past
/// its due day). The report counts recruits by it (`report_welcome` applies the same rule).
///
/// ```swift
/// WelcomeProgress(items: items, start: hireDate, on: day)   // .enRetard
/// ```
public enum WelcomeProgress: String, CaseIterable, Sendable, Codable {
    case termine
    case enCours = "en_cours"
    case enRetard = "en_retard"

    /// The French name.
    public var label: String {
        switch self {
        case .termine: "terminé"
        case .enCours: "en cours"
        case .enRetard: "en retard"
        }
    }

    public init(items: [WelcomeItem], start: CalendarDate, on day: CalendarDate) {
        if items.contains(where: { $0.isLate(on: day, start: start) }) {
            self = .enRetard
        } else if items.contains(where: { $0.isOpen(on: day) }) {
            self = .enCours
        } else {
            self = .termine
        }
    }
}

/// The welcome line of the progress report: the recruits of the 12 months up to its date
/// (professionals counted toward the goal) by where their welcome stood that day. A count is nil
/// when withheld (statistical secrecy, see `report_welcome`).
public struct WelcomeFigures: Sendable, Equatable, Codable {
    public var recruits: Int
    public var finished: Int?
    public var inProgress: Int?
    public var late: Int?
    public var withoutChecklist: Int?

    public init(recruits: Int, finished: Int?, inProgress: Int?, late: Int?, withoutChecklist: Int?) {
        self.recruits = recruits
        self.finished = finished
        self.inProgress = inProgress
        self.late = late
        self.withoutChecklist = withoutChecklist
    }

    /// No recruit in the period.
    public static let none = WelcomeFigures(recruits: 0, finished: 0, inProgress: 0, late: 0, withoutChecklist: 0)

    /// Whether a count is withheld.
    public var hasWithheld: Bool { [finished, inProgress, late, withoutChecklist].contains(nil) }

    enum CodingKeys: String, CodingKey {
        case recruits = "recrues_12_mois", finished = "termine", inProgress = "en_cours", late = "en_retard"
        case withoutChecklist = "sans_liste"
    }

    /// Writes `null` for a withheld count rather than leaving the key out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(recruits, forKey: .recruits)
        try container.encode(finished, forKey: .finished)
        try container.encode(inProgress, forKey: .inProgress)
        try container.encode(late, forKey: .late)
        try container.encode(withoutChecklist, forKey: .withoutChecklist)
    }
}
