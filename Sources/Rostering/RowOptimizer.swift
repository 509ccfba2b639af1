/// Re-optimises one staff member's whole row against everyone else's, by dynamic programming.
///
/// States per day: the value worked (or off), the length of the current work/off run, the minutes
/// worked so far (in units of the shift lengths' gcd), the weekends worked and the count of each
/// shift type whose maximum is below the horizon. Every hard rule is exact, except the per-type
/// maxima left out when tracking them all would exceed `stateLimit` (the search scores the
/// proposal exactly before keeping it). A row whose basic state space is too large is skipped.
struct RowOptimizer {
    private var cost: [Int32] = []
    private var next: [Int32] = []
    private var back: [Int32] = []
    private var cellCost: [Int32] = []
    /// Largest number of (day, state) pairs tried.
    let stateLimit = 1 << 20
    /// Transitions tried by the last call: what it cost, for the caller's time sharing.
    private(set) var lastWork = 0

    /// The cheapest row for staff `s` given the other rows of `state`, or nil when none is found.
    mutating func bestRow(_ s: Int, in state: SearchState) -> [Int16]? {
        let p = state.problem
        let days = p.days, types = p.types, values = types + 1
        let unit = max(1, p.minutes.reduce(0, gcd))
        let tracksMinutes = p.minMinutes[s] > 0 || p.maxMinutes[s] < .max || p.targetWeight[s] > 0
        var maxUnits = 0
        if tracksMinutes, unit > 0 {
            let longest = p.eligibleShifts[s].map { p.minutes[$0] }.max() ?? 0
            maxUnits = min(p.maxMinutes[s], longest * days) / unit
        }
        let unitsCount = maxUnits + 1
        let tracksWeekends = p.maxWeekends[s] < p.weekendCount
        let weekendsCount = tracksWeekends ? p.maxWeekends[s] + 1 : 1
        let workCap = p.maxConsecutive[s] < .max ? min(p.maxConsecutive[s], days) : min(p.minConsecutive[s], days)
        let offCap = min(p.minDaysOff[s], days)
        let runs = max(workCap, offCap, 1)
        let core = values * runs * unitsCount * weekendsCount
        lastWork = 0
        guard core * days <= stateLimit else { return nil }
        // Per-type maxima below the horizon, tightest first, as long as the states stay in bounds.
        var strides = Array(repeating: 0, count: types)
        var countCodes = 1
        let limited = p.eligibleShifts[s].filter { p.maxShifts[s * types + $0] < days }
        for t in limited.sorted(by: { p.maxShifts[s * types + $0] < p.maxShifts[s * types + $1] }) {
            let radix = p.maxShifts[s * types + t] + 1
            guard core * countCodes * radix * days <= stateLimit else { break }
            strides[t] = countCodes
            countCodes *= radix
        }
        let perDay = core * countCodes
        lastWork = perDay * days * values

        cellCost = Array(repeating: 0, count: days * values)
        let base = s * days
        for day in 0..<days {
            let current = Int(state.cells[base + day])
            for v in -1..<types {
                let i = day * values + v + 1
                if p.fixed[base + day] ? v != Int(p.initial[base + day]) : (v >= 0 && !p.eligible[s * types + v]) {
                    cellCost[i] = .max
                    continue
                }
                var c = Int(p.requestCost[(base + day) * values + v + 1])
                if v >= 0 {
                    let slot = day * types + v
                    let others = state.covered(day, v) - (current == v ? 1 : 0)
                    c += p.coverCost(slot, others + 1) - p.coverCost(slot, others)
                }
                cellCost[i] = Int32(c)
            }
        }

        let infinity = Int32.max
        back = Array(repeating: -1, count: days * perDay)
        cost = Array(repeating: infinity, count: perDay)
        next = Array(repeating: infinity, count: perDay)
        @inline(__always) func index(_ v: Int, _ run: Int, _ units: Int, _ weekends: Int) -> Int {
            ((((v + 1) * runs + run - 1) * unitsCount + units) * weekendsCount + weekends) * countCodes
        }
        @inline(__always) func unitsOf(_ v: Int) -> Int { v >= 0 && tracksMinutes ? p.minutes[v] / unit : 0 }

        for v in -1..<types where cellCost[v + 1] != .max {
            let units = unitsOf(v)
            guard units <= maxUnits else { continue }
            let weekends = tracksWeekends && v >= 0 && RosterProblem.isWeekend(0) ? 1 : 0
            cost[index(v, 1, units, weekends) + (v >= 0 ? strides[v] : 0)] = cellCost[v + 1]
        }
        for day in 1..<max(days, 1) {
            for i in 0..<perDay { next[i] = infinity }
            let saturday = day % 7 == 5, sunday = day % 7 == 6
            for from in 0..<perDay where cost[from] != infinity {
                let code = from % countCodes
                let weekends = (from / countCodes) % weekendsCount
                let units = (from / (countCodes * weekendsCount)) % unitsCount
                let run = (from / (countCodes * weekendsCount * unitsCount)) % runs + 1
                let prev = from / (countCodes * weekendsCount * unitsCount * runs) - 1
                let exempt = day - run == 0
                for v in -1..<types {
                    let cell = cellCost[day * values + v + 1]
                    if cell == .max { continue }
                    var newRun = 1
                    if v < 0 {
                        if prev >= 0, !exempt, run < p.minConsecutive[s] { continue }
                        if prev < 0 { newRun = min(run + 1, offCap) }
                    } else if prev >= 0 {
                        if run + 1 > p.maxConsecutive[s] || p.forbidden[prev * types + v] { continue }
                        newRun = min(run + 1, workCap)
                    } else if !exempt, run < p.minDaysOff[s] {
                        continue
                    }
                    let newUnits = units + unitsOf(v)
                    if newUnits > maxUnits { continue }
                    var newWeekends = weekends
                    if tracksWeekends, v >= 0, saturday || (sunday && prev < 0) {
                        newWeekends += 1
                        if newWeekends >= weekendsCount { continue }
                    }
                    var newCode = code
                    if v >= 0, strides[v] > 0 {
                        let count = (code / strides[v]) % (p.maxShifts[s * types + v] + 1)
                        if count == p.maxShifts[s * types + v] { continue }
                        newCode += strides[v]
                    }
                    let to = index(v, max(newRun, 1), newUnits, newWeekends) + newCode
                    let total = cost[from] + cell
                    if total < next[to] {
                        next[to] = total
                        back[day * perDay + to] = Int32(from)
                    }
                }
            }
            swap(&cost, &next)
        }

        var bestState = -1
        var bestCost = Int.max
        for i in 0..<perDay where cost[i] != infinity {
            let units = (i / (countCodes * weekendsCount)) % unitsCount
            let minutes = units * unit
            if tracksMinutes, minutes < p.minMinutes[s] { continue }
            let total = Int(cost[i]) + (tracksMinutes ? p.targetCost(s, minutes) : 0)
            if total < bestCost { bestCost = total; bestState = i }
        }
        guard bestState >= 0 else { return nil }
        var row = Array(repeating: Int16(-1), count: days)
        var at = bestState
        for day in stride(from: days - 1, through: 0, by: -1) {
            row[day] = Int16(at / (countCodes * weekendsCount * unitsCount * runs) - 1)
            if day > 0 { at = Int(back[day * perDay + at]) }
        }
        return row
    }

    private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
