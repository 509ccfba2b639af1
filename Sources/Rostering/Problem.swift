/// A kind of work block that can be given to one staff member on one day.
///
/// Identified by its index in `RosterProblem.shiftTypes`; `id` is only a label.
/// ```swift
/// let night = ShiftType(id: "N", minutes: 480, forbiddenSuccessors: [0])
/// ```
public struct ShiftType: Sendable, Hashable {
    public var id: String
    public var minutes: Int
    /// Indices of the shift types that may not be worked on the day after this one.
    public var forbiddenSuccessors: Set<Int>

    public init(id: String, minutes: Int, forbiddenSuccessors: Set<Int> = []) {
        self.id = id
        self.minutes = minutes
        self.forbiddenSuccessors = forbiddenSuccessors
    }
}

/// One person to roster, with the hard limits on their row and their optional soft target.
///
/// Limits default to "no limit"; `eligible` says which shift types the person may take at all.
/// ```swift
/// var nurse = StaffMember(id: "B", shiftTypeCount: 2)
/// nurse.maxTotalMinutes = 35 * 60
/// nurse.daysOff = [5]
/// nurse.targetMinutes = 35 * 60; nurse.targetWeightPerHour = 10
/// ```
public struct StaffMember: Sendable, Hashable {
    public var id: String
    /// For each shift type, the most shifts of that type the person may work over the horizon.
    public var maxShifts: [Int]
    /// For each shift type, whether the person may work it (a secretary cannot take a doctor's shift).
    public var eligible: [Bool]
    public var minTotalMinutes: Int = 0
    public var maxTotalMinutes: Int = .max
    /// The longest run of worked days.
    public var maxConsecutiveShifts: Int = .max
    /// The shortest run of worked days (a run touching either end of the horizon is exempt).
    public var minConsecutiveShifts: Int = 1
    /// The shortest run of days off (a run touching either end of the horizon is exempt).
    public var minConsecutiveDaysOff: Int = 1
    /// The most weekends (Saturday or Sunday worked) over the horizon.
    public var maxWeekends: Int = .max
    /// Days the person must not work.
    public var daysOff: Set<Int> = []
    /// Soft: total minutes the person should work (contract hours), if any.
    public var targetMinutes: Int? = nil
    /// Penalty per hour between the worked total and `targetMinutes`.
    public var targetWeightPerHour: Int = 0

    public init(id: String, shiftTypeCount: Int) {
        self.id = id
        self.maxShifts = Array(repeating: .max, count: shiftTypeCount)
        self.eligible = Array(repeating: true, count: shiftTypeCount)
    }
}

/// Soft cover of one shift type on one day: how many people are wanted and what a gap or a surplus costs.
public struct CoverRequirement: Sendable, Hashable {
    public var day: Int
    public var shift: Int
    public var requirement: Int
    public var weightUnder: Int
    public var weightOver: Int

    public init(day: Int, shift: Int, requirement: Int, weightUnder: Int, weightOver: Int) {
        self.day = day
        self.shift = shift
        self.requirement = requirement
        self.weightUnder = weightUnder
        self.weightOver = weightOver
    }
}

/// A person's soft wish to work (`.on`) or not to work (`.off`) a given shift on a given day.
public struct ShiftRequest: Sendable, Hashable {
    /// Whether the person asks for the shift or asks to be spared it.
    public enum Kind: Sendable, Hashable { case on, off }

    public var kind: Kind
    public var staff: Int
    public var day: Int
    public var shift: Int
    /// Paid when an `.on` request is not granted, or when an `.off` request is overridden.
    public var weight: Int

    public init(_ kind: Kind, staff: Int, day: Int, shift: Int, weight: Int) {
        self.kind = kind
        self.staff = staff
        self.day = day
        self.shift = shift
        self.weight = weight
    }
}

/// An assignment decided beforehand that the search never changes; `shift == nil` pins a day off.
public struct PinnedAssignment: Sendable, Hashable {
    public var staff: Int
    public var day: Int
    public var shift: Int?

    public init(staff: Int, day: Int, shift: Int?) {
        self.staff = staff
        self.day = day
        self.shift = shift
    }
}

/// A soft term that evens out a count across staff: it costs `weight × (largest − smallest count)`.
///
/// ```swift
/// FairnessTerm(counting: .weekends, weight: 5)                 // weekends worked
/// FairnessTerm(counting: .shiftTypes([2, 3]), weight: 2, staff: [0, 1, 4])  // e.g. evening care
/// ```
public struct FairnessTerm: Sendable, Hashable {
    /// What is counted per staff member.
    public enum Counted: Sendable, Hashable {
        /// Weekends with at least one worked day.
        case weekends
        /// Shifts of the given types.
        case shiftTypes(Set<Int>)
    }

    public var counting: Counted
    public var weight: Int
    /// The staff compared (all staff when nil).
    public var staff: [Int]?

    public init(counting: Counted, weight: Int, staff: [Int]? = nil) {
        self.counting = counting
        self.weight = weight
        self.staff = staff
    }
}

/// A rostering problem: who works which shift type on which day of a horizon starting on a Monday.
///
/// Hard rules live on each `StaffMember` (plus pinned assignments); the objective sums the soft
/// terms: covers, requests, per-staff minute targets and fairness. Every index is 0-based.
/// ```swift
/// var problem = RosterProblem(days: 14, shiftTypes: [ShiftType(id: "D", minutes: 480)],
///                             staff: [StaffMember(id: "A", shiftTypeCount: 1)])
/// problem.covers.append(CoverRequirement(day: 0, shift: 0, requirement: 1, weightUnder: 100, weightOver: 1))
/// ```
public struct RosterProblem: Sendable, Hashable {
    public var days: Int
    public var shiftTypes: [ShiftType]
    public var staff: [StaffMember]
    public var covers: [CoverRequirement] = []
    public var requests: [ShiftRequest] = []
    public var pinned: [PinnedAssignment] = []
    public var fairness: [FairnessTerm] = []

    public init(days: Int, shiftTypes: [ShiftType], staff: [StaffMember]) {
        self.days = days
        self.shiftTypes = shiftTypes
        self.staff = staff
    }

    /// Whether `day` is a Saturday or a Sunday (day 0 is a Monday).
    public static func isWeekend(_ day: Int) -> Bool { day % 7 >= 5 }

    /// The number of weekends that overlap the horizon.
    public var weekendCount: Int { (days + 1) / 7 }
}
