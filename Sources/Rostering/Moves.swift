/// The neighbourhoods of the search. Each move changes cells through `Search.change`, then
/// `Search.decide` keeps it or undoes it; a move that finds nothing to do returns without deciding.
extension Search {
    /// One staff member's cell on one day gets another value (a shift type or off).
    mutating func changeOne() {
        let p = state.problem
        let s = rng.below(p.staffCount)
        let free = p.freeDays[s]
        guard !free.isEmpty else { return }
        let day = free[rng.below(free.count)]
        let options = p.eligibleShifts[s]
        let pick = rng.below(options.count + 1)
        let value = Int16(pick == options.count ? -1 : options[pick])
        guard value != state.value(s, day) else { return }
        let before = state.penalty
        change(s, day, value)
        decide(from: before)
    }

    /// Two staff members exchange their cells on one day (cover stays the same).
    mutating func swapDay() {
        let p = state.problem
        guard p.staffCount > 1 else { return }
        let a = rng.below(p.staffCount)
        let b = (a + 1 + rng.below(p.staffCount - 1)) % p.staffCount
        let day = rng.below(p.days)
        guard canSwap(a, b, day), state.value(a, day) != state.value(b, day) else { return }
        let before = state.penalty
        swapCells(a, b, day)
        decide(from: before)
    }

    /// Two staff members exchange a block of consecutive days (cover stays the same).
    mutating func swapBlock() {
        let p = state.problem
        guard p.staffCount > 1, p.days > 1 else { return }
        let a = rng.below(p.staffCount)
        let b = (a + 1 + rng.below(p.staffCount - 1)) % p.staffCount
        let length = 2 + rng.below(min(p.days, maxBlock) - 1)
        let first = rng.below(p.days - length + 1)
        var differs = false
        for day in first..<(first + length) {
            guard canSwap(a, b, day) else { return }
            if state.value(a, day) != state.value(b, day) { differs = true }
        }
        guard differs else { return }
        let before = state.penalty
        for day in first..<(first + length) { swapCells(a, b, day) }
        decide(from: before)
    }

    /// One staff member exchanges the values of two of their days (a shift moves to another day).
    mutating func swapWithinRow() {
        let p = state.problem
        let s = rng.below(p.staffCount)
        let free = p.freeDays[s]
        guard free.count > 1 else { return }
        let first = free[rng.below(free.count)]
        let second = free[rng.below(free.count)]
        let x = state.value(s, first), y = state.value(s, second)
        guard x != y else { return }
        let before = state.penalty
        change(s, first, y)
        change(s, second, x)
        decide(from: before)
    }

    /// A staff member off on a day with a cover gap takes that shift, whoever they are: the
    /// repair's version (a person under their minimum minutes gets work where it is wanted).
    mutating func fillGapAtRandom() {
        let p = state.problem
        let day = rng.below(p.days)
        let t = rng.below(p.types)
        guard state.covered(day, t) < p.coverRequirement[day * p.types + t] else { return }
        let s = rng.below(p.staffCount)
        guard !p.fixed[s * p.days + day], p.eligible[s * p.types + t], state.value(s, day) != t else { return }
        let before = state.penalty
        change(s, day, Int16(t))
        decide(from: before)
    }

    /// A cover slot under its requirement gets one more person: someone off that day or working a
    /// slot above its requirement (half the time, anyone who may take it); when that person leaves
    /// a slot that falls under its requirement, someone off that day takes it over.
    mutating func fillGap() {
        let p = state.problem
        let day = rng.below(p.days)
        guard let gap = openSlot(on: day) else { return }
        let anyone = rng.below(2) == 0
        let from = rng.below(p.staffCount)
        guard let s = candidate(on: day, for: gap, from: from, taking: { v in v < 0 || anyone || isOver(day, v) })
        else { return }
        let before = state.penalty
        let left = Int(state.value(s, day))
        change(s, day, Int16(gap))
        if left >= 0, state.covered(day, left) < p.coverRequirement[day * p.types + left],
            let other = candidate(on: day, for: left, from: rng.below(p.staffCount), taking: { $0 < 0 })
        {
            change(other, day, Int16(left))
        }
        decide(from: before)
    }

    /// A staff member gets a value their requests prefer on a day where they are not met; half the
    /// time, someone holding that value that day takes theirs in exchange, so cover stays the same.
    mutating func serveRequest() {
        let p = state.problem
        guard !p.requestCells.isEmpty else { return }
        let cell = p.requestCells[rng.below(p.requestCells.count)]
        let s = cell / p.days, day = cell % p.days
        let base = cell * (p.types + 1)
        let current = Int(state.value(s, day))
        let now = p.requestCost[base + current + 1]
        guard now > 0 else { return }
        var lowest = p.requestCost[base]
        for t in p.eligibleShifts[s] { lowest = min(lowest, p.requestCost[base + t + 1]) }
        guard lowest < now else { return }
        let preferred = ([-1] + p.eligibleShifts[s]).filter { p.requestCost[base + $0 + 1] == lowest }
        let wanted = preferred[rng.below(preferred.count)]
        let before = state.penalty
        change(s, day, Int16(wanted))
        if rng.below(2) == 0 {
            let from = rng.below(p.staffCount)
            for step in 0..<p.staffCount {
                let b = (from + step) % p.staffCount
                guard b != s, !p.fixed[b * p.days + day], Int(state.value(b, day)) == wanted,
                    current < 0 || p.eligible[b * p.types + current]
                else { continue }
                change(b, day, Int16(current))
                break
            }
        }
        decide(from: before)
    }

    /// A shift type under its cover requirement on `day`, looked for from a random one.
    private mutating func openSlot(on day: Int) -> Int? {
        let p = state.problem
        let first = rng.below(p.types)
        for step in 0..<p.types {
            let t = (first + step) % p.types
            if state.covered(day, t) < p.coverRequirement[day * p.types + t] { return t }
        }
        return nil
    }

    private func isOver(_ day: Int, _ t: Int) -> Bool {
        state.covered(day, t) > state.problem.coverRequirement[day * state.problem.types + t]
    }

    /// The first staff member from `from` on who may be given shift `t` on `day` (free cell,
    /// eligible, not on it already) and whose current value passes `taking`.
    private func candidate(on day: Int, for t: Int, from: Int, taking: (Int) -> Bool) -> Int? {
        let p = state.problem
        for step in 0..<p.staffCount {
            let s = (from + step) % p.staffCount
            guard !p.fixed[s * p.days + day], p.eligible[s * p.types + t] else { continue }
            let v = Int(state.value(s, day))
            if v != t, taking(v) { return s }
        }
        return nil
    }

    /// One staff member's row, or a window of whole weeks of it (always when the row's state space
    /// is too large, half the time otherwise), is replaced by the best one against the others
    /// (`RowOptimizer`).
    mutating func reoptimiseRow() {
        let p = state.problem
        var s = rng.below(p.staffCount)
        if state.hard > 0, rng.below(2) == 0 {
            // Half the time, a row that breaks a rule.
            for step in 0..<p.staffCount where state.rowHard[(s + step) % p.staffCount] > 0 {
                s = (s + step) % p.staffCount
                break
            }
        }
        let weeks = (p.days + 6) / 7
        var window: ClosedRange<Int>?
        var length = rowWeeks
        // Half the time, two weeks even when the whole row fits: cheaper, so more of them are paid for.
        if rowWeeks == weeks, weeks >= 3, rng.below(2) == 0 { length = 2 }
        if length < weeks {
            let start = rng.below(weeks - length + 1)
            window = start * 7...min(p.days - 1, start * 7 + length * 7 - 1)
        }
        let proposal = rows.bestRow(s, in: state, window: window)
        rowCredit -= rows.lastWork
        if rows.lastTooLarge, rowWeeks > 1 { rowWeeks = (rowWeeks + 1) / 2 }
        guard let row = proposal else { return }
        let first = window?.lowerBound ?? 0
        let before = state.penalty
        var changed = false
        for (offset, value) in row.enumerated() where value != state.value(s, first + offset) {
            change(s, first + offset, value)
            changed = true
        }
        if changed { decide(from: before) }
    }

    private func canSwap(_ a: Int, _ b: Int, _ day: Int) -> Bool {
        let p = state.problem
        guard !p.fixed[a * p.days + day], !p.fixed[b * p.days + day] else { return false }
        let x = Int(state.value(a, day)), y = Int(state.value(b, day))
        return (y < 0 || p.eligible[a * p.types + y]) && (x < 0 || p.eligible[b * p.types + x])
    }

    private mutating func swapCells(_ a: Int, _ b: Int, _ day: Int) {
        let x = state.value(a, day), y = state.value(b, day)
        guard x != y else { return }
        change(a, day, y)
        change(b, day, x)
    }
}
