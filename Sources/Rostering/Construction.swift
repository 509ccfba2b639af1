/// A first roster built day by day in one pass, hard rules first: where the search starts.
///
/// Each day, people who must go on working (a run shorter than its minimum) take the shift with
/// the largest open cover; then each open cover slot goes to the free person furthest behind an
/// even pace between their minimum and maximum minutes, who may work it (rest runs long enough,
/// run not at its maximum, room in minutes, weekends and per-type maxima, no forbidden succession,
/// enough workable days ahead for a minimum run); finally whoever is still far behind that pace
/// works the shift that costs least. Time is O(days × staff × types); what it gets wrong is left
/// to the search, which starts from here.
struct Construction {
    let problem: CompiledProblem

    /// The roster's cells (`staff * days + day`, -1 = off), ties broken by `rng`.
    func build(_ rng: inout SplitMix) -> [Int16] {
        let p = problem
        let days = p.days, types = p.types
        var cells = p.initial
        var run = Array(repeating: 0, count: p.staffCount)
        var runFromStart = Array(repeating: true, count: p.staffCount)
        var worked = Array(repeating: 0, count: p.staffCount)
        var weekends = Array(repeating: 0, count: p.staffCount)
        var counts = Array(repeating: 0, count: p.staffCount * types)
        var need = Array(repeating: 0, count: types)
        let shortest = (0..<p.staffCount).map { s in p.eligibleShifts[s].map { p.minutes[$0] }.min() ?? 0 }
        let longest = p.minutes.max() ?? 0
        let pace = (0..<p.staffCount).map { s -> Int in
            let high = p.maxMinutes[s] == .max ? max(p.minMinutes[s], p.targetMinutes[s]) : p.maxMinutes[s]
            return p.targetMinutes[s] >= 0 ? p.targetMinutes[s] : (p.minMinutes[s] + high) / 2
        }
        var order = Array(0..<p.staffCount)

        for day in 0..<days {
            for t in 0..<types { need[t] = p.coverRequirement[day * types + t] }
            var free: [Int] = []
            for s in 0..<p.staffCount {
                let cell = s * days + day
                if p.fixed[cell] {
                    if cells[cell] >= 0 { need[Int(cells[cell])] -= 1 }
                } else {
                    free.append(s)
                }
            }
            let prevOf = { (s: Int) -> Int in day == 0 ? -1 : Int(cells[s * days + day - 1]) }
            let weekendWorked = { (s: Int) -> Bool in day % 7 == 6 && day > 0 && cells[s * days + day - 1] >= 0 }

            /// The shift types `s` may start today without breaking a hard rule by doing so.
            func allowed(_ s: Int) -> [Int] {
                let prev = prevOf(s)
                if prev >= 0, run[s] >= p.maxConsecutive[s] { return [] }
                if prev < 0, !runFromStart[s], run[s] < p.minDaysOff[s] { return [] }
                if RosterProblem.isWeekend(day), !weekendWorked(s), weekends[s] >= p.maxWeekends[s] { return [] }
                if prev < 0 {
                    // A new run must be able to reach its minimum: no day off, no weekend beyond the
                    // maximum, room in minutes.
                    let weekendsAfterToday = weekends[s] + (RosterProblem.isWeekend(day) ? 1 : 0)
                    if worked[s] + p.minConsecutive[s] * shortest[s] > p.maxMinutes[s] { return [] }
                    var ahead = 1
                    while ahead < p.minConsecutive[s], day + ahead < days {
                        let next = day + ahead
                        if p.fixed[s * days + next], p.initial[s * days + next] < 0 { return [] }
                        let sameWeekend = next % 7 == 6 && day == next - 1
                        if RosterProblem.isWeekend(next), !sameWeekend, weekendsAfterToday >= p.maxWeekends[s] {
                            return []
                        }
                        ahead += 1
                    }
                }
                return p.eligibleShifts[s].filter { t in
                    counts[s * types + t] < p.maxShifts[s * types + t]
                        && worked[s] + p.minutes[t] <= p.maxMinutes[s]
                        && (prev < 0 || !p.forbidden[prev * types + t])
                }
            }

            func requestCost(_ s: Int, _ t: Int) -> Int32 { p.requestCost[(s * days + day) * (types + 1) + t + 1] }

            func assign(_ s: Int, _ t: Int) {
                cells[s * days + day] = Int16(t)
                need[t] -= 1
            }

            // People in a run shorter than its minimum go on working.
            var open: [Int] = []
            for s in free {
                let prev = prevOf(s)
                if prev >= 0, !runFromStart[s], run[s] < p.minConsecutive[s] {
                    let options = allowed(s)
                    if let t = options.max(by: { need[$0] < need[$1] }) { assign(s, t) }
                } else {
                    open.append(s)
                }
            }

            // Open cover, to whoever is furthest behind their pace.
            let share = Double(day + 1) / Double(days)
            func behind(_ s: Int) -> Int { Int(Double(pace[s]) * share) - worked[s] }
            order = open
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
            order.sort { behind($0) > behind($1) }
            let options = order.map(allowed)
            var taken = Array(repeating: false, count: order.count)
            while true {
                guard let t = (0..<types).filter({ need[$0] > 0 }).max(by: { need[$0] < need[$1] }) else { break }
                // Among the three furthest behind who may take it, the one whose requests it suits best.
                var picked = -1, seen = 0
                for i in order.indices where !taken[i] && options[i].contains(t) {
                    if picked < 0 || requestCost(order[i], t) < requestCost(order[picked], t) { picked = i }
                    seen += 1
                    if seen == 3 { break }
                }
                guard picked >= 0 else {
                    need[t] = 0
                    continue
                }
                taken[picked] = true
                assign(order[picked], t)
            }
            // Whoever is far behind works anyway, where it costs least.
            for i in order.indices where !taken[i] && !options[i].isEmpty {
                let s = order[i]
                let lag = behind(s)
                let continuing = prevOf(s) >= 0
                guard lag > (continuing ? 0 : longest), lag > shortest[s] / 2 else { continue }
                let t = options[i].min { a, b in
                    p.coverCost(day * types + a, p.coverRequirement[day * types + a] - need[a] + 1)
                        < p.coverCost(day * types + b, p.coverRequirement[day * types + b] - need[b] + 1)
                }!
                assign(s, t)
            }

            for s in 0..<p.staffCount {
                let value = Int(cells[s * days + day])
                let prev = prevOf(s)
                if (value >= 0) == (prev >= 0), day > 0 {
                    run[s] += 1
                } else {
                    run[s] = 1
                    runFromStart[s] = day == 0
                }
                guard value >= 0 else { continue }
                worked[s] += p.minutes[value]
                counts[s * types + value] += 1
                if RosterProblem.isWeekend(day), !weekendWorked(s) { weekends[s] += 1 }
            }
        }
        return cells
    }
}
