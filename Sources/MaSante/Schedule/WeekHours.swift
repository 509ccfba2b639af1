public import Foundation

/// One person's hours in one week, counted one way for every command that shows or checks them
/// (the week grid, `planning verifier`, `planning suggerer`, the planner).
///
/// - **Worked** is working time: every activity but leave and sick leave (training included), in
///   every centre, overlapping shifts counted once. The legal maxima (10 h a day, 48 h a week,
///   rest) measure this.
/// - **Absence** is leave and sick leave (`conge`, `maladie`) outside work: not working time, but
///   it justifies contract hours.
/// - **Counted** = worked + absence: what stands against the contract's weekly hours.
/// - **Contract** is the contract's weekly hours prorated by the days of the week it covers (a
///   contract starting on Thursday owes 4/7 of its hours); nil without a contract that week.
///
/// A week holds the shifts starting Monday to Sunday (Paris days).
///
/// ```swift
/// let hours = WeekHours(shifts: weekShifts, person: durand, week: week)
/// hours.worked    // 32 h of work: 32 * 3600
/// hours.absence   // a day of leave: 5.5 * 3600
/// hours.counted   // 37.5 * 3600, against hours.contract (35 * 3600)
/// ```
public struct WeekHours: Sendable, Hashable {
    public var worked: TimeInterval
    public var absence: TimeInterval
    public var contract: TimeInterval?

    public init(worked: TimeInterval, absence: TimeInterval, contract: TimeInterval?) {
        self.worked = worked
        self.absence = absence
        self.contract = contract
    }

    /// From spans of work and of absence (in any order, overlapping or not).
    public init(work: [DateInterval], absences: [DateInterval], contract: TimeInterval?) {
        let worked = Intervals.total(Intervals.merged(work))
        let everything = Intervals.total(Intervals.merged(work + absences))
        self.init(worked: worked, absence: everything - worked, contract: contract)
    }

    /// The person's shifts among `shifts` starting in `week`, every centre, against their contract.
    public init(shifts: some Sequence<Shift>, person: PersonContext, week: ISOWeek) {
        let days = Set(week.days)
        let theirs = shifts.filter { $0.personID == person.personID && days.contains($0.day) }
        self.init(
            work: theirs.filter(\.activity.isWork).map(\.interval),
            absences: theirs.filter(\.activity.isAbsence).map(\.interval),
            contract: Self.contract(of: person, on: week.days))
    }

    /// What stands against the contract: work plus leave and sick leave.
    public var counted: TimeInterval { worked + absence }

    /// Counted minus contract: positive is overtime, negative is time left unplanned.
    public var balance: TimeInterval? { contract.map { counted - $0 } }

    /// The weekly hours owed over `days`: a seventh of the running contract's weekly hours per day
    /// under contract and out of a long absence, to the second; nil when no day is.
    public static func contract(of person: PersonContext, on days: [CalendarDate]) -> TimeInterval? {
        let daily = days.filter { person.longAbsence(on: $0) == nil }.compactMap {
            person.contract(on: $0)?.weeklyHours
        }
        return daily.isEmpty ? nil : (daily.reduce(0, +) * 3600 / 7).rounded()
    }
}
