public import Foundation

/// A centre's week cut into slots, with what an agenda needs to name who and where: what
/// `planning creneaux` exports (FHIR, CSV, iCalendar).
public struct WeekSlots: Sendable {
    /// A practitioner whose slots are offered.
    public struct Practitioner: Sendable, Hashable {
        public var personID: Int
        public var firstName: String
        public var lastName: String
        public var profession: Profession
        /// Nil when the registry does not hold it.
        public var rpps: String?

        public init(personID: Int, firstName: String, lastName: String, profession: Profession, rpps: String?) {
            self.personID = personID
            self.firstName = firstName
            self.lastName = lastName
            self.profession = profession
            self.rpps = rpps
        }
    }

    /// The centre where the slots take place.
    public struct Centre: Sendable, Hashable {
        public var id: Int
        public var name: String
        public var commune: String
        /// Nil when the centre has no FINESS number yet.
        public var finess: String?

        public init(id: Int, name: String, commune: String, finess: String?) {
            self.id = id
            self.name = name
            self.commune = commune
            self.finess = finess
        }
    }

    public var centre: Centre
    public var week: ISOWeek
    /// The week is a draft (exported with `--brouillons`): its slots may still change.
    public var isDraft: Bool
    /// Every practitioner of ``slots``, by name.
    public var practitioners: [Practitioner]
    /// Free slots, then those withdrawn since an earlier export, each group by start.
    public var slots: [BookableSlot]
    /// When the export was made (the Bundle's timestamp).
    public var exportedAt: Date
    /// The span the slots were taken from: the week, or the range the SAS searched.
    public var horizon: DateInterval

    public init(
        centre: Centre, week: ISOWeek, isDraft: Bool, practitioners: [Practitioner], slots: [BookableSlot],
        exportedAt: Date, horizon: DateInterval? = nil
    ) {
        self.centre = centre
        self.week = week
        self.isDraft = isDraft
        self.practitioners = practitioners
        self.slots = slots
        self.exportedAt = exportedAt
        self.horizon = horizon ?? week.interval
    }

    /// The practitioner of a slot.
    public func practitioner(_ personID: Int) -> Practitioner? { practitioners.first { $0.personID == personID } }

    public var freeCount: Int { slots.count { $0.status == .free } }
    public var withdrawnCount: Int { slots.count { $0.status == .withdrawn } }
}
