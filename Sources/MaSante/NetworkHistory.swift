/// A whole network's history, to be written at once: centres with their dated lifecycle and
/// antenne, staff with their contracts and what became of them, candidates with their dated
/// stages, and monthly activity. The demonstration builds one (`MaSanteDemo`); the store writes it.
public struct NetworkHistory: Sendable {
    /// A centre, its dated statuses (oldest first) and its antenne, if any.
    public struct Centre: Sendable {
        public var record: CentreRecord
        public var history: [(status: CentreStatus, on: CalendarDate)]
        public var antenne: Site?

        public init(record: CentreRecord, history: [(status: CentreStatus, on: CalendarDate)], antenne: Site?) {
            self.record = record
            self.history = history
            self.antenne = antenne
        }
    }

    /// A satellite site of a centre.
    public struct Site: Sendable {
        public var name: String
        public var commune: String
        public var insee: String

        public init(name: String, commune: String, insee: String) {
            self.name = name
            self.commune = commune
            self.insee = insee
        }
    }

    /// Someone hired: the import line of their first contract, and what followed.
    public struct Hire: Sendable {
        public var record: PersonRecord
        /// Whether the person left at the end of that contract (stage `parti`).
        public var leaves: Bool
        /// A CDI starting that day, after a CDD, same hours and centre.
        public var followOn: CalendarDate?
        /// A second centre (by name) worked in from the start, for this share of the time.
        public var secondCentre: (centre: String, share: Double)?
        /// A long absence during the contract (maternity, long sickness…).
        public var longAbsence: LongAbsence?
        /// Amendments of the contract (its last one, when a CDI followed a CDD), oldest first,
        /// each with its reason.
        public var amendments: [(amendment: ContractAmendment, note: String)] = []
        /// The contract of a second hire in the same centre, after the person left.
        public var rehire: Contract?

        public init(
            record: PersonRecord, leaves: Bool, followOn: CalendarDate?, secondCentre: (centre: String, share: Double)?,
            longAbsence: LongAbsence? = nil
        ) {
            self.record = record
            self.leaves = leaves
            self.followOn = followOn
            self.secondCentre = secondCentre
            self.longAbsence = longAbsence
        }
    }

    /// Someone still being recruited (or who gave up): dated stages, never hired.
    public struct Candidate: Sendable {
        public var lastName: String
        public var firstName: String
        public var profession: Profession
        public var rpps: RPPS
        public var stages: [(stage: RecruitmentStage, on: CalendarDate)]
        /// Written with the last stage.
        public var note: String

        public init(
            lastName: String, firstName: String, profession: Profession, rpps: RPPS,
            stages: [(stage: RecruitmentStage, on: CalendarDate)], note: String
        ) {
            self.lastName = lastName
            self.firstName = firstName
            self.profession = profession
            self.rpps = rpps
            self.stages = stages
            self.note = note
        }
    }

    /// The welcome checklist of a recruit, as it stood at the horizon: opened from the template of
    /// their profession on `start`, the items due by `closedThrough` done on their due day, except
    /// those whose label contains one of `pending` (left to do, with `pendingNote`); those whose
    /// label contains one of `notApplicable` set aside on `start`.
    public struct Welcome: Sendable {
        public var record: PersonRecord
        public var start: CalendarDate
        public var closedThrough: CalendarDate
        public var pending: [String]
        public var pendingNote: String?
        public var notApplicable: [String]

        public init(
            record: PersonRecord, start: CalendarDate, closedThrough: CalendarDate, pending: [String],
            pendingNote: String?, notApplicable: [String]
        ) {
            self.record = record
            self.start = start
            self.closedThrough = closedThrough
            self.pending = pending
            self.pendingNote = pendingNote
            self.notApplicable = notApplicable
        }
    }

    /// A staffing target: so many FTE of a profession in a centre from a day on.
    public struct Post: Sendable {
        public var centre: String
        public var profession: Profession
        public var fte: Int
        public var from: CalendarDate

        public init(centre: String, profession: Profession, fte: Int, from: CalendarDate) {
            self.centre = centre
            self.profession = profession
            self.fte = fte
            self.from = from
        }
    }

    public var centres: [Centre]
    /// The communes of the centres and antennes (and a few more), one record per zoning period.
    public var communes: [CommuneRecord] = []
    /// The posts of the centres, dated.
    public var posts: [Post] = []
    public var hires: [Hire]
    /// The welcome checklists of the latest recruits.
    public var welcomes: [Welcome]
    public var candidates: [Candidate]
    public var activity: [ActivityRecord]
    /// The last day described: a centre opened by then counts as open.
    public var horizon: CalendarDate
    /// The seed it was drawn from, recorded with the mark of a demonstration database.
    public var seed: UInt64

    public init(
        centres: [Centre], hires: [Hire], candidates: [Candidate], activity: [ActivityRecord],
        horizon: CalendarDate, seed: UInt64, welcomes: [Welcome] = []
    ) {
        self.welcomes = welcomes
        self.seed = seed
        self.centres = centres
        self.hires = hires
        self.candidates = candidates
        self.activity = activity
        self.horizon = horizon
    }
}
