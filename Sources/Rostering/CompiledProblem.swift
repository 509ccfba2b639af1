/// The problem laid out in flat arrays for the search: read-only, shared by parallel searches.
///
/// Cells are indexed `staff * days + day`; per-type tables `staff * types + type` or
/// `day * types + type`. Nothing grows with types², so a year × 150 staff fits easily.
final class CompiledProblem: Sendable {
    let days: Int
    let types: Int
    let staffCount: Int
    let weekendCount: Int
    let minutes: [Int]
    /// `shift * types + next`: whether `next` may not follow `shift` the next day.
    let forbidden: [Bool]
    /// `(cell) * (types + 1) + (value + 1)`: request penalty of putting value (-1 = off) in cell.
    let requestCost: [Int32]
    /// Cells the search may not change (days off, pinned assignments).
    let fixed: [Bool]
    /// Cells (`staff * days + day`) the search may change where some request has a say.
    let requestCells: [Int]
    /// Initial value of each cell: the pinned shift, else off.
    let initial: [Int16]
    let coverRequirement: [Int]
    let weightUnder: [Int]
    let weightOver: [Int]
    let maxShifts: [Int]
    let eligible: [Bool]
    /// Per staff: the shift types they may work.
    let eligibleShifts: [[Int]]
    /// Per staff: the days whose cell the search may change.
    let freeDays: [[Int]]
    let minMinutes: [Int]
    let maxMinutes: [Int]
    let maxConsecutive: [Int]
    let minConsecutive: [Int]
    let minDaysOff: [Int]
    let maxWeekends: [Int]
    let targetMinutes: [Int]
    let targetWeight: [Int]
    /// Minutes counted as one unit of hard violation of the total-minutes limits.
    let minuteUnit: Int
    let fairness: [CompiledFairness]
    /// Weight of one unit of hard violation in the search's penalty.
    let hardWeight: Int

    init(_ problem: RosterProblem) {
        days = problem.days
        types = problem.shiftTypes.count
        staffCount = problem.staff.count
        weekendCount = problem.weekendCount
        minutes = problem.shiftTypes.map(\.minutes)
        var forbidden = Array(repeating: false, count: types * types)
        for (t, shift) in problem.shiftTypes.enumerated() {
            for next in shift.forbiddenSuccessors { forbidden[t * types + next] = true }
        }
        self.forbidden = forbidden

        let cells = staffCount * days
        var requestCost = Array(repeating: Int32(0), count: cells * (types + 1))
        for request in problem.requests {
            let base = (request.staff * days + request.day) * (types + 1)
            for value in -1..<types {
                let granted = value == request.shift
                if (request.kind == .on) != granted { requestCost[base + value + 1] += Int32(request.weight) }
            }
        }
        self.requestCost = requestCost

        var fixed = Array(repeating: false, count: cells)
        var initial = Array(repeating: Int16(-1), count: cells)
        for (s, person) in problem.staff.enumerated() {
            for day in person.daysOff where day >= 0 && day < days { fixed[s * days + day] = true }
        }
        for pin in problem.pinned {
            fixed[pin.staff * days + pin.day] = true
            initial[pin.staff * days + pin.day] = Int16(pin.shift ?? -1)
        }
        self.fixed = fixed
        self.initial = initial
        let horizon = problem.days
        requestCells = Set(problem.requests.map { $0.staff * horizon + $0.day }).filter { !fixed[$0] }.sorted()

        var requirement = Array(repeating: 0, count: days * types)
        var under = Array(repeating: 0, count: days * types)
        var over = Array(repeating: 0, count: days * types)
        for cover in problem.covers {
            let i = cover.day * types + cover.shift
            requirement[i] = cover.requirement
            under[i] = cover.weightUnder
            over[i] = cover.weightOver
        }
        coverRequirement = requirement
        weightUnder = under
        weightOver = over

        maxShifts = problem.staff.flatMap(\.maxShifts)
        let eligible = problem.staff.flatMap { person in
            person.eligible.enumerated().map { $0.element && person.maxShifts[$0.offset] > 0 }
        }
        self.eligible = eligible
        let types = types, days = days
        eligibleShifts = (0..<staffCount).map { s in (0..<types).filter { eligible[s * types + $0] } }
        freeDays = (0..<staffCount).map { s in (0..<days).filter { !fixed[s * days + $0] } }
        minMinutes = problem.staff.map(\.minTotalMinutes)
        maxMinutes = problem.staff.map(\.maxTotalMinutes)
        maxConsecutive = problem.staff.map(\.maxConsecutiveShifts)
        minConsecutive = problem.staff.map(\.minConsecutiveShifts)
        minDaysOff = problem.staff.map(\.minConsecutiveDaysOff)
        maxWeekends = problem.staff.map(\.maxWeekends)
        targetMinutes = problem.staff.map { $0.targetMinutes ?? -1 }
        targetWeight = problem.staff.map { $0.targetMinutes == nil ? 0 : $0.targetWeightPerHour }
        minuteUnit = max(1, minutes.filter { $0 > 0 }.min() ?? 60)
        fairness = problem.fairness.filter { $0.weight > 0 }.map { CompiledFairness($0, problem: problem) }

        let largestCellGain =
            (under.max() ?? 0) + (over.max() ?? 0)
            + Int(requestCost.max() ?? 0) + (targetWeight.max() ?? 0) * (minutes.max() ?? 0) / 60
            + problem.fairness.map(\.weight).reduce(0, +)
        hardWeight = 2 * largestCellGain + 10
    }

    /// Soft cost of `count` people on cover slot `slot`.
    @inline(__always)
    func coverCost(_ slot: Int, _ count: Int) -> Int {
        let requirement = coverRequirement[slot]
        return count < requirement
            ? (requirement - count) * weightUnder[slot]
            : (count - requirement) * weightOver[slot]
    }

    /// Hard units broken by `total` minutes worked by staff `s`.
    @inline(__always)
    func minuteViolation(_ s: Int, _ total: Int) -> Int {
        if total > maxMinutes[s] { return (total - maxMinutes[s] + minuteUnit - 1) / minuteUnit }
        if total < minMinutes[s] { return (minMinutes[s] - total + minuteUnit - 1) / minuteUnit }
        return 0
    }

    /// Soft cost of staff `s` working `total` minutes against their target.
    @inline(__always)
    func targetCost(_ s: Int, _ total: Int) -> Int {
        let weight = targetWeight[s]
        guard weight > 0 else { return 0 }
        return (weight * abs(total - targetMinutes[s]) + 30) / 60
    }
    /// A roster's cells (`staff * days + day`, -1 = off) for a search to start from: fixed cells
    /// (days off, pins) as the problem fixes them, a shift type the person may not work left off.
    func cells(of roster: Roster) -> [Int16] {
        var cells = initial
        for s in 0..<min(staffCount, roster.assignments.count) {
            for day in 0..<min(days, roster.assignments[s].count) where !fixed[s * days + day] {
                guard let type = roster[s, day], type >= 0, type < types, eligible[s * types + type] else { continue }
                cells[s * days + day] = Int16(type)
            }
        }
        return cells
    }
}

/// A fairness term ready for the search: who is compared and what is counted.
struct CompiledFairness: Sendable {
    let weight: Int
    let member: [Bool]
    let members: [Int]
    /// Counted shift types; empty when the term counts weekends.
    let countsType: [Bool]
    let countsWeekends: Bool

    init(_ term: FairnessTerm, problem: RosterProblem) {
        weight = term.weight
        members = term.staff ?? Array(problem.staff.indices)
        var member = Array(repeating: false, count: problem.staff.count)
        for s in members { member[s] = true }
        self.member = member
        switch term.counting {
        case .weekends:
            countsWeekends = true
            countsType = Array(repeating: false, count: problem.shiftTypes.count)
        case .shiftTypes(let set):
            countsWeekends = false
            countsType = problem.shiftTypes.indices.map { set.contains($0) }
        }
    }
}
