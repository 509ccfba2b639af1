/// A person's link to a centre over a period: where they may be planned.
///
/// ```swift
/// let assignment = CentreAssignment(centreID: 2, start: CalendarDate(year: 2026, month: 1, day: 5)!, end: nil)
/// assignment.covers(CalendarDate(year: 2026, month: 12, day: 8)!)   // true
/// ```
public struct CentreAssignment: Hashable, Sendable {
    public var centreID: Int
    public var start: CalendarDate
    public var end: CalendarDate?
    /// The part of the contract worked in this centre (1: all of it).
    public var share: Double

    public init(centreID: Int, start: CalendarDate, end: CalendarDate? = nil, share: Double = 1) {
        self.centreID = centreID
        self.start = start
        self.end = end
        self.share = share
    }

    /// Whether the assignment runs on that day, both ends included.
    public func covers(_ day: CalendarDate) -> Bool {
        start <= day && end.map { day <= $0 } ?? true
    }
}

/// What the schedule checker knows about one person: name for messages, profession for coverage,
/// contracts for hours and dates, assignments for centres, long absences for the days they
/// may not work.
///
/// ```swift
/// let marie = PersonContext(personID: 7, name: "Marie DURAND", profession: .medecinGeneraliste,
///                           contracts: [contract], assignments: [assignment])
/// marie.isPartTime(on: day)   // true when the contract that day has under 35 h a week
/// ```
public struct PersonContext: Hashable, Sendable {
    public var personID: Int
    /// As messages show it: `Marie DURAND`.
    public var name: String
    public var profession: Profession
    public var contracts: [Contract]
    public var assignments: [CentreAssignment]
    public var longAbsences: [LongAbsence]

    public init(
        personID: Int, name: String, profession: Profession, contracts: [Contract], assignments: [CentreAssignment],
        longAbsences: [LongAbsence] = []
    ) {
        self.personID = personID
        self.name = name
        self.profession = profession
        self.contracts = contracts
        self.assignments = assignments
        self.longAbsences = longAbsences
    }

    /// The contract running on that day, if any (the latest started when several do).
    public func contract(on day: CalendarDate) -> Contract? {
        var latest: Contract?
        for contract in contracts where contract.covers(day) {
            if latest.map({ $0.start < contract.start }) ?? true { latest = contract }
        }
        return latest
    }

    /// Part time that day: the contract then has fewer than 35 weekly hours.
    public func isPartTime(on day: CalendarDate) -> Bool {
        contract(on: day).map { $0.weeklyHours < Contract.fullTimeHours } ?? false
    }

    /// The share of the contract worked in `centreID` on that day (0 when not assigned there).
    public func share(in centreID: Int, on day: CalendarDate) -> Double {
        assignments.filter { $0.centreID == centreID && $0.covers(day) }.map(\.share).reduce(0, +)
    }

    /// Whether the person is assigned to `centreID` on that day.
    public func isAssigned(to centreID: Int, on day: CalendarDate) -> Bool {
        assignments.contains { $0.centreID == centreID && $0.covers(day) }
    }

    /// The long absence running on that day, if any.
    public func longAbsence(on day: CalendarDate) -> LongAbsence? {
        longAbsences.first { $0.covers(day) }
    }

    /// Whether the person may be planned to work in `centreID` on that day: assigned there and
    /// not on a long absence.
    public func isAvailable(in centreID: Int, on day: CalendarDate) -> Bool {
        isAssigned(to: centreID, on: day) && longAbsence(on: day) == nil
    }

    /// A doctor, general or specialist: what the coverage rule looks for.
    public var isDoctor: Bool { profession == .medecinGeneraliste || profession == .medecinSpecialiste }

    /// A medical secretary: the other half of the coverage rule.
    public var isSecretary: Bool { profession == .secretaireMedical }
}
