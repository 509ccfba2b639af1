/// Re-optimises one staff member's row, or a window of whole weeks of it, against everyone
/// else's, by dynamic programming.
///
/// States per day: the value worked (or off), the length of the current work/off run, the minutes
/// worked so far in the window (in units of the shift lengths' gcd), the weekends worked in the
/// window and the count of each shift type whose remaining allowance is below the window's length.
/// The days outside the window stay as they are: the run entering the window starts the
/// recursion, the run leaving it is checked against each final state, and the minutes, weekends
/// and type counts outside are subtracted from the limits. Sequence rules, the maximum minutes,
/// weekends and the tracked type maxima are exact; a total below the minimum costs `hardWeight`
/// per unit, like in the search. Per-type maxima left out when tracking them all would exceed
/// `stateLimit` are not checked (the search scores the proposal exactly before keeping it).
struct RowOptimizer {
    private var cost: [Int32] = []
    private var next: [Int32] = []
    private var back: [Int32] = []
    private var cellCost: [Int32] = []
    /// Largest number of (day, state) pairs tried.
    let stateLimit = 1 << 20
    /// Transitions tried by the last call: what it cost, for the caller's time sharing.
    private(set) var lastWork = 0
    /// Whether the last call gave up because its window's state space exceeds `stateLimit`.
    private(set) var lastTooLarge = false

    /// The cheapest values for staff `s` on the days of `window` (whole row by default) given the
    /// rest of `state`, or nil when the window is too large or no row keeps the rules it checks.
    mutating func bestRow(_ s: Int, in state: SearchState, window: ClosedRange<Int>? = nil) -> [Int16]? {
        let p = state.problem
        let days = p.days, types = p.types, values = types + 1
        let first = window?.lowerBound ?? 0, last = window?.upperBound ?? days - 1
        let length = last - first + 1
        let base = s * days
        lastWork = 0
        lastTooLarge = false

        // What the days outside the window already hold.
        var outsideMinutes = 0
        var outsideCounts = Array(repeating: 0, count: types)
        for day in 0..<days where day < first || day > last {
            let v = Int(state.cells[base + day])
            if v >= 0 { outsideMinutes += p.minutes[v]; outsideCounts[v] += 1 }
        }
        var outsideWeekends = 0, windowWeekends = 0
        for weekend in 0..<p.weekendCount {
            let saturday = weekend * 7 + 5
            let inside = saturday >= first && saturday <= last
            if inside { windowWeekends += 1; continue }
            if state.cells[base + saturday] >= 0 || (saturday + 1 < days && state.cells[base + saturday + 1] >= 0) {
                outsideWeekends += 1
            }
        }

        let unit = max(1, p.minutes.reduce(0, gcd))
        let tracksMinutes = p.minMinutes[s] > 0 || p.maxMinutes[s] < .max || p.targetWeight[s] > 0
        var maxUnits = 0
        if tracksMinutes {
            let longest = p.eligibleShifts[s].map { p.minutes[$0] }.max() ?? 0
            let room = p.maxMinutes[s] == .max ? Int.max : max(0, p.maxMinutes[s] - outsideMinutes)
            maxUnits = min(room, longest * length) / unit
        }
        let unitsCount = maxUnits + 1
        let weekendRoom = max(0, p.maxWeekends[s] - outsideWeekends)
        let tracksWeekends = weekendRoom < windowWeekends
        let weekendsCount = tracksWeekends ? weekendRoom + 1 : 1
        let workCap = p.maxConsecutive[s] < .max ? min(p.maxConsecutive[s], days) : min(p.minConsecutive[s], days)
        let offCap = min(p.minDaysOff[s], days)
        let runs = max(workCap, offCap, 1)
        let core = values * runs * unitsCount * weekendsCount
        guard core * length <= stateLimit else {
            lastTooLarge = true
            return nil
        }
        // Per-type allowances below the window's length, tightest first, while the states stay in bounds.
        var strides = Array(repeating: 0, count: types)
        var allowance = Array(repeating: 0, count: types)
        var countCodes = 1
        for t in p.eligibleShifts[s] { allowance[t] = max(0, p.maxShifts[s * types + t] - outsideCounts[t]) }
        let limited = p.eligibleShifts[s].filter { allowance[$0] < length }
        for t in limited.sorted(by: { allowance[$0] < allowance[$1] }) {
            let radix = allowance[t] + 1
            guard core * countCodes * radix * length <= stateLimit else { break }
            strides[t] = countCodes
            countCodes *= radix
        }
        let perDay = core * countCodes
        lastWork = perDay * length * values

        cellCost = Array(repeating: 0, count: length * values)
        for day in first...last {
            let current = Int(state.cells[base + day])
            for v in -1..<types {
                let i = (day - first) * values + v + 1
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
        back = Array(repeating: -1, count: length * perDay)
        cost = Array(repeating: infinity, count: perDay)
        next = Array(repeating: infinity, count: perDay)
        @inline(__always) func index(_ v: Int, _ run: Int, _ units: Int, _ weekends: Int) -> Int {
            ((((v + 1) * runs + run - 1) * unitsCount + units) * weekendsCount + weekends) * countCodes
        }
        @inline(__always) func unitsOf(_ v: Int) -> Int { v >= 0 && tracksMinutes ? p.minutes[v] / unit : 0 }

        // The run entering the window: the day before it, as a state of cost 0 (none at day 0).
        var firstStep = first
        if first == 0 {
            for v in -1..<types where cellCost[v + 1] != .max {
                let units = unitsOf(v)
                guard units <= maxUnits else { continue }
                let weekends = tracksWeekends && v >= 0 && RosterProblem.isWeekend(0) ? 1 : 0
                guard weekends < weekendsCount, v < 0 || strides[v] == 0 || allowance[v] > 0 else { continue }
                cost[index(v, 1, units, weekends) + (v >= 0 ? strides[v] : 0)] = cellCost[v + 1]
            }
            firstStep = 1
        } else {
            let before = Int(state.cells[base + first - 1])
            var run = 1
            while first - 1 - run >= 0, (state.cells[base + first - 1 - run] >= 0) == (before >= 0) { run += 1 }
            cost[index(before, max(1, min(run, before >= 0 ? workCap : offCap)), 0, 0)] = 0
        }
        if firstStep <= last {
            for day in firstStep...last {
                for i in 0..<perDay { next[i] = infinity }
                let saturday = day % 7 == 5, sunday = day % 7 == 6
                let offset = (day - first) * values + 1
                for from in 0..<perDay where cost[from] != infinity {
                    let code = from % countCodes
                    let weekends = (from / countCodes) % weekendsCount
                    let units = (from / (countCodes * weekendsCount)) % unitsCount
                    let run = (from / (countCodes * weekendsCount * unitsCount)) % runs + 1
                    let prev = from / (countCodes * weekendsCount * unitsCount * runs) - 1
                    let exempt = day - run == 0
                    for v in -1..<types {
                        let cell = cellCost[offset + v]
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
                            let count = (code / strides[v]) % (allowance[v] + 1)
                            if count == allowance[v] { continue }
                            newCode += strides[v]
                        }
                        let to = index(v, max(newRun, 1), newUnits, newWeekends) + newCode
                        let total = cost[from] + cell
                        if total < next[to] {
                            next[to] = total
                            back[(day - first) * perDay + to] = Int32(from)
                        }
                    }
                }
                swap(&cost, &next)
            }
        }

        // The run leaving the window.
        var after = -1, afterRun = 0
        if last < days - 1 {
            after = Int(state.cells[base + last + 1])
            afterRun = 1
            while last + 1 + afterRun < days, (state.cells[base + last + 1 + afterRun] >= 0) == (after >= 0) {
                afterRun += 1
            }
        }
        let afterTouchesEnd = last + afterRun == days - 1
        var bestState = -1
        var bestCost = Int.max
        for i in 0..<perDay where cost[i] != infinity {
            var total = Int(cost[i])
            let run = (i / (countCodes * weekendsCount * unitsCount)) % runs + 1
            let v = i / (countCodes * weekendsCount * unitsCount * runs) - 1
            if last < days - 1 {
                let startsAtZero = last - run + 1 == 0
                if v >= 0, after >= 0 {
                    if p.forbidden[v * types + after] || run + afterRun > p.maxConsecutive[s] { continue }
                    if !startsAtZero, !afterTouchesEnd, run + afterRun < p.minConsecutive[s] { continue }
                } else if v < 0, after < 0 {
                    if !startsAtZero, !afterTouchesEnd, run + afterRun < p.minDaysOff[s] { continue }
                } else if v >= 0 {
                    if !startsAtZero, run < p.minConsecutive[s] { continue }
                    // A rest run after the window too short already: broken whatever the window holds.
                    if !afterTouchesEnd { total += p.hardWeight * max(0, p.minDaysOff[s] - afterRun) }
                } else {
                    if !startsAtZero, run < p.minDaysOff[s] { continue }
                    var broken = max(0, afterRun - p.maxConsecutive[s])
                    if !afterTouchesEnd { broken += max(0, p.minConsecutive[s] - afterRun) }
                    total += p.hardWeight * broken
                }
            }
            if tracksMinutes {
                let minutes = outsideMinutes + (i / (countCodes * weekendsCount)) % unitsCount * unit
                total += p.targetCost(s, minutes) + p.hardWeight * p.minuteViolation(s, minutes)
            }
            if total < bestCost { bestCost = total; bestState = i }
        }
        guard bestState >= 0 else { return nil }
        var row = Array(repeating: Int16(-1), count: length)
        var at = bestState
        for day in stride(from: last, through: first, by: -1) {
            row[day - first] = Int16(at / (countCodes * weekendsCount * unitsCount * runs) - 1)
            if first > 0 || day > 0 { at = Int(back[(day - first) * perDay + at]) }
        }
        return row
    }

    private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
