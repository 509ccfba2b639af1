/// Who works what: for each staff member and each day, a shift type index or nil for a day off.
///
/// ```swift
/// var roster = Roster(staff: 2, days: 7)
/// roster[0, 3] = 1           // staff 0 works shift type 1 on Thursday
/// let worked = roster[0, 3]  // 1
/// ```
public struct Roster: Sendable, Hashable {
    /// `assignments[staff][day]`.
    public var assignments: [[Int?]]

    public init(staff: Int, days: Int) {
        assignments = Array(repeating: Array(repeating: nil, count: days), count: staff)
    }

    public init(assignments: [[Int?]]) {
        self.assignments = assignments
    }

    public subscript(staff: Int, day: Int) -> Int? {
        get { assignments[staff][day] }
        set { assignments[staff][day] = newValue }
    }
}

/// The outcome of a search: the best roster found, its objective and whether it keeps every hard rule.
public struct RosterResult: Sendable {
    public var roster: Roster
    /// Sum of the soft penalties of `roster`.
    public var objective: Int
    /// True when `roster` keeps every hard rule (then `violations` is empty).
    public var feasible: Bool
    /// The hard rules `roster` breaks, when no feasible roster was found.
    public var violations: [HardViolation]
    /// Moves tried over all parallel searches.
    public var iterations: Int
    /// Wall-clock time of the search.
    public var seconds: Double
    /// Wall-clock time until some search first held a feasible roster; nil if none did.
    public var firstFeasibleSeconds: Double? = nil
}
