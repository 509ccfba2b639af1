import Foundation
public import MaSante
public import Rostering

/// A need left short in a proposal, with why each possible person did not take it.
public struct UnfilledNeed: Sendable, Hashable {
    public var need: CoverNeed
    public var planned: Int
    /// `NOM Prénom : reason` lines, one per person of the right kind.
    public var reasons: [String]
}

/// A proposed (or explained) week: the new shifts, the score term by term, the needs left short.
public struct WeekProposal: Sendable {
    public var shifts: [Shift]
    public var score: [ScoreTerm]
    public var unfilled: [UnfilledNeed]
    /// The checker's findings on the week with the proposal.
    public var findings: [Finding]
    public var feasible: Bool
    public var seconds: Double
    /// The search ran out of time before its iteration budget (``SolverOptions/maxIterations``):
    /// the same seed may then give another proposal on another run.
    public var stoppedByTime = false
    /// Seconds until the search first held a roster keeping every rule it was given; nil if it never did.
    public var firstFeasibleSeconds: Double?

    public var objective: Int { score.map(\.penalty).reduce(0, +) }
}

/// Proposes a centre's week: fills its needs with the staff who may work there, keeping every
/// shift already planned, never breaking a blocking rule of ``ScheduleChecker`` (a shift that
/// would is left out and its need reported unfilled), minimising the weighted soft terms of
/// ``PlannerWeights``. Pure: the caller loads the request and saves the shifts.
///
/// ```swift
/// let proposal = WeekPlanner.propose(request, options: SolverOptions(seconds: 5, seed: 1))
/// proposal.shifts      // to add to the draft week
/// proposal.unfilled    // needs short of their minimum or target, with reasons
/// ```
public enum WeekPlanner {
    public static func propose(
        _ request: PlanningRequest, weights: PlannerWeights = PlannerWeights(),
        options: SolverOptions = SolverOptions(seconds: 5)
    ) -> WeekProposal {
        let mapping = RosterMapping(request, weights: weights)
        let clock = ContinuousClock.now
        // Nothing left to fill, or nobody to fill it: no search (the mapping's problems are
        // otherwise valid by construction; a broken one is not searched rather than trapped).
        let searchable =
            !mapping.problem.shiftTypes.isEmpty && !mapping.problem.staff.isEmpty
            && mapping.problem.validationIssues().isEmpty
        let searched = searchable ? RosterSolver.solve(mapping.problem, options: options) : nil
        let baseline = Set(blocking(check(request, adding: [])))
        var shifts = searched.map { mapping.shifts(of: $0.roster) } ?? []
        // The engine knows the rules it was given; the checker knows them all: drop what it blocks.
        for _ in 0..<shifts.count {
            let broken = blocking(check(request, adding: shifts)).filter {
                !baseline.contains($0) && !$0.personIDs.isEmpty
            }
            guard let finding = broken.first else { break }
            guard let culprit = culprit(of: finding, among: shifts, request: request) else { break }
            shifts.remove(at: culprit)
        }
        shifts += repairMinimums(request, adding: shifts, baseline: baseline)
        let elapsed = ContinuousClock.now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var proposal = explain(request, adding: shifts, weights: weights, seconds: seconds)
        if let searched, let budget = options.maxIterations {
            proposal.stoppedByTime = searched.iterations < budget * options.parallelSearches
        }
        proposal.firstFeasibleSeconds = searched?.firstFeasibleSeconds
        return proposal
    }

    /// The proposed shift to drop for a blocking finding: among its people's shifts during the
    /// finding (else any of theirs), the one whose need is the most over its minimum, the latest
    /// on a tie, so that a needed slot is kept and a surplus one goes.
    static func culprit(of finding: Finding, among shifts: [Shift], request: PlanningRequest) -> Int? {
        let theirs = shifts.indices.filter { finding.personIDs.contains(shifts[$0].personID) }
        let during = theirs.filter { shifts[$0].interval.intersects(finding.interval) }
        var settled = request
        settled.existing += shifts
        let surplus = { (index: Int) -> Int in
            guard let need = request.needs.first(where: { meets($0, shifts[index], in: request) }) else {
                return Int.max
            }
            return planned(for: need, in: settled) - need.minimum
        }
        return (during.isEmpty ? theirs : during).max {
            (surplus($0), shifts[$0].start) < (surplus($1), shifts[$1].start)
        }
    }

    /// Needs still below their minimum get, one by one, the least busy person of the right kind
    /// who is free then and whose taking it raises no new blocking finding: the engine's model of
    /// the rules is coarser than the checker's, and a minimum met beats a cheaper score.
    static func repairMinimums(_ request: PlanningRequest, adding proposed: [Shift], baseline: Set<Finding>) -> [Shift]
    {
        fill(request, adding: proposed, baseline: baseline) { _, need in need.minimum }
    }

    /// Each need below its `goal` (index in the request's needs, the need; nil: left alone) gets,
    /// one by one, the least busy person of the right kind who is free then, whose shift `admits`
    /// (the week as settled so far) and whose taking it raises no new blocking finding.
    static func fill(
        _ request: PlanningRequest, adding proposed: [Shift], baseline: Set<Finding>,
        admits: (PersonContext, Shift, PlanningRequest) -> Bool = { _, _, _ in true },
        goal: (Int, CoverNeed) -> Int?
    ) -> [Shift] {
        var added: [Shift] = []
        for (index, need) in request.needs.enumerated() where need.weekday != .dimanche {
            let day = request.week.days[need.weekday.rawValue - 1]
            guard let goal = goal(index, need), !request.centre.closures.contains(day) else { continue }
            var settled = request
            settled.existing += proposed + added
            var missing = goal - planned(for: need, in: settled)
            guard missing > 0 else { continue }
            let worked = { (person: PersonContext) in
                settled.existing.filter { $0.personID == person.personID && $0.activity.isWork }.map(\.duration).reduce(
                    0, +)
            }
            let candidates = request.people.filter {
                need.staff.includes($0.profession) && $0.isAvailable(in: request.centre.centreID, on: day)
            }
            .sorted { (worked($0), $0.personID) < (worked($1), $1.personID) }
            for person in candidates where missing > 0 {
                guard !unavailable(person, for: need, in: request),
                    let shift = shift(meeting: need, by: person, in: request),
                    conflict(for: shift, in: settled.existing) == nil, admits(person, shift, settled)
                else { continue }
                let broken = blocking(check(settled, adding: [shift])).filter {
                    !baseline.contains($0) && $0.personIDs.contains(person.personID)
                }
                guard broken.isEmpty else { continue }
                added.append(shift)
                settled.existing.append(shift)
                missing -= 1
            }
        }
        return added
    }

    /// The score and the unfilled needs of the week as it stands plus `adding` (nothing: the
    /// week as planned by hand).
    public static func explain(
        _ request: PlanningRequest, adding shifts: [Shift] = [], weights: PlannerWeights = PlannerWeights(),
        seconds: Double = 0
    ) -> WeekProposal {
        let everything = request.existing + shifts
        var settled = request
        settled.existing = everything
        let mapping = RosterMapping(settled, weights: weights)
        // What is planned counts as covering its needs (the mapping subtracts it) and as hours
        // worked: the engine's terms on an empty roster are what is still missing.
        let explanation = mapping.problem.explain(Roster(staff: mapping.staff.count, days: RosterMapping.slots))
        let findings = check(request, adding: shifts)
        // Beyond a need's target, counted on what is planned (the mapping only sees what is missing).
        let over = request.needs.map { max(0, planned(for: $0, in: settled) - $0.target) }.reduce(0, +)
        let terms = explanation.terms.map { term in
            var term = term
            if term.name == "sur-couverture" { (term.count, term.penalty) = (over, over * weights.overTarget) }
            return term
        }
        return WeekProposal(
            shifts: shifts, score: terms.filter { $0.penalty > 0 || $0.count > 0 },
            unfilled: unfilled(settled, findings: findings), findings: findings,
            feasible: blocking(findings).allSatisfy { $0.personIDs.isEmpty }, seconds: seconds)
    }

    /// The checker's findings on the week plus `shifts`, but the other centres' own (their
    /// coverage is their managers' business).
    static func check(_ request: PlanningRequest, adding shifts: [Shift]) -> [Finding] {
        ScheduleChecker.check(
            week: request.week, shifts: request.existing + shifts, history: request.history,
            people: request.people, centres: request.centres
        )
        .filter { !$0.personIDs.isEmpty || $0.centreID == nil || $0.centreID == request.centre.centreID }
    }

    /// The shift that would meet `need` with `person`, in the request's centre and week.
    static func shift(meeting need: CoverNeed, by person: PersonContext, in request: PlanningRequest) -> Shift? {
        try? Shift(
            personID: person.personID, centreID: request.centre.centreID,
            day: request.week.days[need.weekday.rawValue - 1],
            from: need.start, to: need.end, activity: need.activity, place: need.place)
    }

    /// What keeps the person from `shift`: an absence that day first, else a shift overlapping it.
    static func conflict(for shift: Shift, in existing: [Shift]) -> Shift? {
        let theirs = existing.filter { $0.personID == shift.personID }
        return theirs.first { $0.activity.isAbsence && $0.day == shift.day }
            ?? theirs.first { $0.start < shift.end && shift.start < $0.end }
    }

    /// Whether the person said they are unavailable during the need.
    static func unavailable(_ person: PersonContext, for need: CoverNeed, in request: PlanningRequest) -> Bool {
        request.preferences.contains {
            $0.personID == person.personID && $0.kind == .indisponible
                && $0.overlaps(need.weekday, need.start, need.end)
        }
    }

    /// How many shifts of the centre match the need exactly (day, hours, activity, place) and are
    /// worked by someone of its kind (a midwife's consultation does not count as a doctor's).
    static func planned(for need: CoverNeed, in request: PlanningRequest) -> Int {
        request.existing.filter { $0.centreID == request.centre.centreID && meets(need, $0, in: request) }.count
    }

    /// Whether `shift` meets `need`, its person being of the need's kind (or unknown to the request).
    static func meets(_ need: CoverNeed, _ shift: Shift, in request: PlanningRequest) -> Bool {
        need.isMet(by: shift, in: request.week)
            && (request.people.first { $0.personID == shift.personID }.map { need.staff.includes($0.profession) }
                ?? true)
    }

    static func blocking(_ findings: [Finding]) -> [Finding] { findings.filter { $0.severity == .bloquant } }

    /// Needs short of their target with, for each person of the right kind, why not: absent,
    /// busy, not assigned, or the blocking findings that taking it would raise.
    static func unfilled(_ request: PlanningRequest, findings: [Finding]) -> [UnfilledNeed] {
        var result: [UnfilledNeed] = []
        for need in request.needs where need.weekday != .dimanche {
            let day = request.week.days[need.weekday.rawValue - 1]
            guard !request.centre.closures.contains(day) else { continue }
            let planned = planned(for: need, in: request)
            guard planned < need.target else { continue }
            let before = Set(blocking(findings))
            let reasons = request.people.filter { need.staff.includes($0.profession) }.sorted { $0.name < $1.name }.map
            { person in
                guard person.isAssigned(to: request.centre.centreID, on: day) else {
                    return "\(person.name) : pas affecté·e au centre ce jour-là"
                }
                if let absence = person.longAbsence(on: day) {
                    return "\(person.name) : en \(absence.kind.label) \(absence.period)"
                }
                guard let shift = shift(meeting: need, by: person, in: request) else {
                    return "\(person.name) : horaire impossible ce jour-là"
                }
                let busy = conflict(for: shift, in: request.existing)
                if busy?.activity.isAbsence == true { return "\(person.name) : absent·e ce jour-là" }
                if unavailable(person, for: need, in: request) {
                    return "\(person.name) : indisponible sur ce créneau (préférence)"
                }
                if let busy { return "\(person.name) : déjà planifié·e de \(busy.startTime) à \(busy.endTime)" }
                let added = blocking(check(request, adding: [shift])).filter {
                    !before.contains($0) && $0.personIDs.contains(person.personID)
                }
                if added.isEmpty {
                    return "\(person.name) : possible, non retenu·e (heures au-delà du contrat ou équité)"
                }
                return added.map { $0.message.hasPrefix(person.name) ? $0.message : "\(person.name) : \($0.message)" }
                    .joined(separator: " ; ")
            }
            result.append(UnfilledNeed(need: need, planned: planned, reasons: reasons))
        }
        return result
    }
}
