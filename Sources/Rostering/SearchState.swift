/// A roster under search with every penalty kept up to date cell by cell.
///
/// `set(_:_:_:)` changes one cell and updates `soft` and `hard` exactly in time proportional to
/// the runs around the cell; a move is a few such changes, undone the same way when rejected.
struct SearchState {
    let problem: CompiledProblem
    private(set) var cells: [Int16]
    private var cover: [Int32]
    private var typeCount: [Int32]
    private(set) var minutes: [Int]
    private var weekendDays: [UInt8]
    private var weekends: [Int]
    private var fairCounts: [[Int]]
    private var fairCost: [Int]
    /// Sum of soft penalties (the objective).
    private(set) var soft = 0
    /// Units of hard violation.
    private(set) var hard = 0
    /// Units of hard violation per staff member (every hard rule is about one row).
    private(set) var rowHard: [Int]

    var penalty: Int { soft + problem.hardWeight * hard }

    init(_ problem: CompiledProblem, cells: [Int16]? = nil) {
        self.problem = problem
        let p = problem
        self.cells = Array(repeating: -1, count: p.staffCount * p.days)
        cover = Array(repeating: 0, count: p.days * p.types)
        typeCount = Array(repeating: 0, count: p.staffCount * p.types)
        minutes = Array(repeating: 0, count: p.staffCount)
        weekendDays = Array(repeating: 0, count: p.staffCount * max(1, p.weekendCount))
        weekends = Array(repeating: 0, count: p.staffCount)
        fairCounts = p.fairness.map { _ in Array(repeating: 0, count: p.staffCount) }
        fairCost = Array(repeating: 0, count: p.fairness.count)
        rowHard = Array(repeating: 0, count: p.staffCount)
        for slot in 0..<(p.days * p.types) { soft += p.coverCost(slot, 0) }
        for s in 0..<p.staffCount {
            soft += p.targetCost(s, 0)
            hard += p.minuteViolation(s, 0)
            rowHard[s] = p.minuteViolation(s, 0)
            for day in 0..<p.days { soft += Int(p.requestCost[(s * p.days + day) * (p.types + 1)]) }
        }
        let start = cells ?? p.initial
        for i in start.indices where start[i] >= 0 { set(i / p.days, i % p.days, start[i]) }
    }

    @inline(__always)
    func value(_ s: Int, _ day: Int) -> Int16 { cells[s * problem.days + day] }

    /// Puts `value` (-1 = off) in the cell of staff `s` on `day`, updating every penalty.
    mutating func set(_ s: Int, _ day: Int, _ value: Int16) {
        let p = problem
        let cell = s * p.days + day
        let old = cells[cell]
        if old == value { return }
        let hardBefore = hard
        defer { rowHard[s] += hard - hardBefore }
        let (low, high) = window(s, day)
        hard -= sequenceViolation(s, low, high)
        cells[cell] = value
        hard += sequenceViolation(s, low, high)

        let requestBase = cell * (p.types + 1)
        soft += Int(p.requestCost[requestBase + Int(value) + 1]) - Int(p.requestCost[requestBase + Int(old) + 1])

        var total = minutes[s]
        let before = total
        if old >= 0 {
            let t = Int(old)
            remove(slot: day * p.types + t)
            let k = s * p.types + t
            if typeCount[k] > p.maxShifts[k] { hard -= 1 }
            typeCount[k] -= 1
            total -= p.minutes[t]
            fairShift(s, t, -1)
        }
        if value >= 0 {
            let t = Int(value)
            add(slot: day * p.types + t)
            let k = s * p.types + t
            typeCount[k] += 1
            if typeCount[k] > p.maxShifts[k] { hard += 1 }
            total += p.minutes[t]
            fairShift(s, t, 1)
        }
        minutes[s] = total
        hard += p.minuteViolation(s, total) - p.minuteViolation(s, before)
        soft += p.targetCost(s, total) - p.targetCost(s, before)

        if day % 7 >= 5, (old < 0) != (value < 0) {
            let w = s * max(1, p.weekendCount) + day / 7
            let wasWorked = weekendDays[w] > 0
            if value >= 0 { weekendDays[w] += 1 } else { weekendDays[w] -= 1 }
            let isWorked = weekendDays[w] > 0
            if wasWorked != isWorked {
                let limit = p.maxWeekends[s]
                let oldExcess = max(0, weekends[s] - limit)
                weekends[s] += isWorked ? 1 : -1
                hard += max(0, weekends[s] - limit) - oldExcess
                fairWeekend(s, isWorked ? 1 : -1)
            }
        }
    }

    @inline(__always)
    private mutating func add(slot: Int) {
        let count = Int(cover[slot])
        soft += problem.coverCost(slot, count + 1) - problem.coverCost(slot, count)
        cover[slot] += 1
    }

    @inline(__always)
    private mutating func remove(slot: Int) {
        let count = Int(cover[slot])
        soft += problem.coverCost(slot, count - 1) - problem.coverCost(slot, count)
        cover[slot] -= 1
    }

    /// People on shift type `t` on `day`.
    func covered(_ day: Int, _ t: Int) -> Int { Int(cover[day * problem.types + t]) }

    /// The span of whole work/off runs around `day` whose penalties a change at `day` can alter.
    private func window(_ s: Int, _ day: Int) -> (Int, Int) {
        let base = s * problem.days
        let last = problem.days - 1
        var low = max(day - 1, 0)
        let lowWorking = cells[base + low] >= 0
        while low > 0, (cells[base + low - 1] >= 0) == lowWorking { low -= 1 }
        var high = min(day + 1, last)
        let highWorking = cells[base + high] >= 0
        while high < last, (cells[base + high + 1] >= 0) == highWorking { high += 1 }
        return (low, high)
    }

    /// Hard units of the runs and successions lying in `low...high` (whole runs).
    private func sequenceViolation(_ s: Int, _ low: Int, _ high: Int) -> Int {
        let p = problem
        let base = s * p.days
        var units = 0
        var start = low
        while start <= high {
            let working = cells[base + start] >= 0
            var end = start
            while end < high, (cells[base + end + 1] >= 0) == working { end += 1 }
            let length = end - start + 1
            let inner = start > 0 && end < p.days - 1
            if working {
                if length > p.maxConsecutive[s] { units += length - p.maxConsecutive[s] }
                if inner, length < p.minConsecutive[s] { units += p.minConsecutive[s] - length }
                var day = start
                while day < end {
                    if p.forbidden[Int(cells[base + day]) * p.types + Int(cells[base + day + 1])] { units += 1 }
                    day += 1
                }
            } else if inner, length < p.minDaysOff[s] {
                units += p.minDaysOff[s] - length
            }
            start = end + 1
        }
        return units
    }

    private mutating func fairShift(_ s: Int, _ t: Int, _ step: Int) {
        for f in problem.fairness.indices where problem.fairness[f].countsType[t] && problem.fairness[f].member[s] {
            fairCounts[f][s] += step
            refreshFairness(f)
        }
    }

    private mutating func fairWeekend(_ s: Int, _ step: Int) {
        for f in problem.fairness.indices where problem.fairness[f].countsWeekends && problem.fairness[f].member[s] {
            fairCounts[f][s] += step
            refreshFairness(f)
        }
    }

    private mutating func refreshFairness(_ f: Int) {
        let term = problem.fairness[f]
        var low = Int.max, high = Int.min
        for s in term.members {
            low = min(low, fairCounts[f][s])
            high = max(high, fairCounts[f][s])
        }
        let cost = term.members.isEmpty ? 0 : term.weight * (high - low)
        soft += cost - fairCost[f]
        fairCost[f] = cost
    }
}
