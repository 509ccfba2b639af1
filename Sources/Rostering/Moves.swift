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

    /// A staff member off on a day with a cover gap takes that shift.
    mutating func fillGap() {
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
            let start = rng.below(weeks - length + 1) * 7
            window = start...min(p.days - 1, start + length * 7 - 1)
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
