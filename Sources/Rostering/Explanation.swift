/// One soft term of the objective: what it is, how often it is paid and what it costs.
public struct ScoreTerm: Sendable, Hashable {
    /// French name for the planner ("sous-couverture", "demande de poste non accordée"…).
    public var name: String
    public var count: Int
    public var penalty: Int
}

/// Why one staff member was not put on a shift that lacks people.
public struct CandidateReason: Sendable, Hashable {
    public var staff: Int
    /// The shift the person already works that day, if any.
    public var alreadyWorking: Int?
    /// Hard rules that assigning the person (instead of their current value) would break;
    /// empty when the assignment is allowed but costs more elsewhere.
    public var wouldBreak: [HardViolation]

    public init(staff: Int, alreadyWorking: Int?, wouldBreak: [HardViolation]) {
        self.staff = staff
        self.alreadyWorking = alreadyWorking
        self.wouldBreak = wouldBreak
    }
}

/// A cover that the roster leaves short, with the reasons of each eligible person left out.
public struct UnmetCover: Sendable, Hashable {
    public var day: Int
    public var shift: Int
    public var missing: Int
    public var candidates: [CandidateReason]
}

/// The breakdown of a roster's objective, and what stands in the way of each unmet cover.
///
/// ```swift
/// let why = problem.explain(result.roster)
/// for term in why.terms { print(term.name, term.count, term.penalty) }
/// for gap in why.unmetCovers { print(gap.day, gap.shift, gap.missing, gap.candidates.map(\.wouldBreak)) }
/// ```
public struct Explanation: Sendable, Hashable {
    public var terms: [ScoreTerm]
    public var unmetCovers: [UnmetCover]
    public var objective: Int { terms.map(\.penalty).reduce(0, +) }
}

extension RosterProblem {
    /// The objective of `roster` (sum of soft penalties), recomputed from scratch.
    public func objective(of roster: Roster) -> Int { explain(roster).objective }

    /// The objective of `roster` term by term, and the unmet covers with their reasons.
    public func explain(_ roster: Roster) -> Explanation {
        var under = ScoreTerm(name: "sous-couverture", count: 0, penalty: 0)
        var over = ScoreTerm(name: "sur-couverture", count: 0, penalty: 0)
        var on = ScoreTerm(name: "demande de poste non accordée", count: 0, penalty: 0)
        var off = ScoreTerm(name: "demande de repos non accordée", count: 0, penalty: 0)
        var target = ScoreTerm(name: "écart à la durée cible", count: 0, penalty: 0)
        var fair = ScoreTerm(name: "équité", count: 0, penalty: 0)
        var gaps: [UnmetCover] = []
        for cover in covers {
            let count = staff.indices.filter { roster[$0, cover.day] == cover.shift }.count
            if count < cover.requirement {
                under.count += cover.requirement - count
                under.penalty += (cover.requirement - count) * cover.weightUnder
                gaps.append(
                    UnmetCover(
                        day: cover.day, shift: cover.shift, missing: cover.requirement - count,
                        candidates: candidates(for: cover, in: roster)))
            } else if count > cover.requirement {
                over.count += count - cover.requirement
                over.penalty += (count - cover.requirement) * cover.weightOver
            }
        }
        for request in requests {
            let granted = roster[request.staff, request.day] == request.shift
            if request.kind == .on, !granted { on.count += 1; on.penalty += request.weight }
            if request.kind == .off, granted { off.count += 1; off.penalty += request.weight }
        }
        for (s, person) in staff.enumerated() {
            guard let goal = person.targetMinutes, person.targetWeightPerHour > 0 else { continue }
            let worked = roster.assignments[s].compactMap { $0 }.map { shiftTypes[$0].minutes }.reduce(0, +)
            let cost = (person.targetWeightPerHour * abs(worked - goal) + 30) / 60
            if cost > 0 { target.count += 1; target.penalty += cost }
        }
        for term in fairness where term.weight > 0 {
            let counts = (term.staff ?? Array(staff.indices)).map { fairnessCount(term.counting, staff: $0, roster) }
            guard let low = counts.min(), let high = counts.max() else { continue }
            fair.count += high - low
            fair.penalty += term.weight * (high - low)
        }
        return Explanation(terms: [under, over, on, off, target, fair], unmetCovers: gaps)
    }

    private func fairnessCount(_ counted: FairnessTerm.Counted, staff s: Int, _ roster: Roster) -> Int {
        switch counted {
        case .weekends:
            var count = 0
            for weekend in 0..<weekendCount {
                let saturday = weekend * 7 + 5
                if roster[s, saturday] != nil || (saturday + 1 < days && roster[s, saturday + 1] != nil) { count += 1 }
            }
            return count
        case .shiftTypes(let set):
            return roster.assignments[s].filter { $0.map(set.contains) ?? false }.count
        }
    }

    private func candidates(for cover: CoverRequirement, in roster: Roster) -> [CandidateReason] {
        var reasons: [CandidateReason] = []
        for (s, person) in staff.enumerated() where person.eligible[cover.shift] {
            let current = roster[s, cover.day]
            guard current != cover.shift else { continue }
            var row = roster.assignments[s]
            let before = Set(violations(ofRow: row, staff: s))
            row[cover.day] = cover.shift
            var broken = violations(ofRow: row, staff: s).filter { !before.contains($0) }
            if pinned.contains(where: { $0.staff == s && $0.day == cover.day }) {
                broken.insert(.pinnedChanged(staff: s, day: cover.day), at: 0)
            }
            reasons.append(CandidateReason(staff: s, alreadyWorking: current, wouldBreak: broken))
        }
        return reasons
    }

    /// A French sentence for `violation`, naming staff and shift types by their ids.
    public func describe(_ violation: HardViolation) -> String {
        let who = staff[violation.staff].id
        switch violation {
        case .forbiddenSuccession(_, let day, let shift, let next):
            return
                "\(who) : succession interdite après le jour \(day) poste \(shiftTypes[shift].id) (poste \(shiftTypes[next].id) le lendemain)"
        case .ineligible(_, let day, let shift):
            return "\(who) : poste \(shiftTypes[shift].id) non autorisé (jour \(day))"
        case .maxShifts(_, let shift, let count, let limit):
            return "\(who) : nombre maximal de postes \(shiftTypes[shift].id) (\(count) > \(limit))"
        default:
            return "\(who) : \(violation)"
        }
    }
}
