public import Foundation
public import MaSante

/// One row of a people search: who, their stage, their centres and when their contract ends.
public struct PersonSummary: Sendable, Hashable {
    public var id: Int
    public var lastName: String
    public var firstName: String
    public var profession: Profession
    public var rpps: String?
    /// The latest recruitment stage reached, if any.
    public var stage: RecruitmentStage?
    /// The centres of their assignments current or to come on the search's date, by name.
    public var centres: [String]
    /// The end of their contract in force on the search's date (else of their latest one).
    public var contractEnd: CalendarDate?
}

/// What narrows a people search; nil filters nothing.
public struct PeopleFilter: Sendable, Hashable {
    /// Part of the name (« NOM Prénom » or « Prénom NOM », any case) or the start of the RPPS.
    public var text: String?
    public var centreID: Int?
    public var profession: Profession?
    public var stage: RecruitmentStage?
    /// Only people whose contract in force ends on or after the search's date and before this day.
    public var contractEndingBefore: CalendarDate?

    public init(
        text: String? = nil, centreID: Int? = nil, profession: Profession? = nil, stage: RecruitmentStage? = nil,
        contractEndingBefore: CalendarDate? = nil
    ) {
        self.text = text
        self.centreID = centreID
        self.profession = profession
        self.stage = stage
        self.contractEndingBefore = contractEndingBefore
    }
}

/// Everything a person's page shows, as far as the reader's role may see it.
public struct PersonFile: Sendable {
    /// One contract of the person.
    public struct ContractLine: Sendable, Hashable {
        public var id: Int
        public var kind: ContractType
        public var start: CalendarDate
        public var end: CalendarDate?
        public var weeklyHours: Double
    }

    /// One assignment of the person to a centre, under one contract.
    public struct AssignmentLine: Sendable, Hashable {
        public var id: Int
        public var contractID: Int
        public var centre: String
        public var start: CalendarDate
        public var end: CalendarDate?
        /// Share of the contract's time spent there (1 = all of it).
        public var share: Double
    }

    /// One dated recruitment stage.
    public struct StageLine: Sendable, Hashable {
        public var stage: RecruitmentStage
        public var date: CalendarDate
        public var note: String?
    }

    public var person: PersonReference
    public var specialty: String?
    public var rpps: String?
    public var contracts: [ContractLine]
    public var assignments: [AssignmentLine]
    public var stages: [StageLine]
    /// The changes to the person's rows, oldest first; nil when the reader's role may not read
    /// them (only HR and the administrators may).
    public var history: [AuditEntry]?
}
