import Foundation
public import MaSante
public import Rostering

/// Proposes several centres' same week at once: one search over all their needs and staff
/// (``NetworkMapping``), so that a person who works in several of them is planned once, their
/// 48 h, contract hours, daily rest and the travel between communes holding across the centres.
/// Then, as ``WeekPlanner`` does for one centre, the checker has the last word, on the whole
/// network at once: a proposed shift that would raise a blocking finding is left out, then the
/// needs still under their minimum are completed one by one, then those below what the centre's own
/// proposal (the centre alone, computed first) gave them, where people's hours allow. Pure: the caller loads the requests
/// (one per centre, same week) and saves each proposal's shifts in its centre's week.
///
/// ```swift
/// let proposals = NetworkPlanner.propose([millas, thuir], options: SolverOptions(seconds: 30, seed: 1))
/// proposals[0].shifts   // Millas's new shifts; proposals[1]: Thuir's
/// ```
public enum NetworkPlanner {
    /// `centreOptions`: the budget of each centre's own proposal, the reference every need keeps
    /// (nil: the network's seed, and a fifth of its moves shared out among the centres).
    public static func propose(
        _ requests: [PlanningRequest], weights: PlannerWeights = PlannerWeights(),
        options: SolverOptions = SolverOptions(seconds: 30), centreOptions: SolverOptions? = nil
    ) -> [WeekProposal] {
        propose(requests, weights: weights, options: options, centreOptions: centreOptions, keepingCentreLevels: true)
    }

    /// `keepingCentreLevels: false` is the search alone, without the centre-by-centre reference
    /// (what the network proposal was before it; kept to measure and test the difference).
    static func propose(
        _ requests: [PlanningRequest], weights: PlannerWeights, options: SolverOptions, centreOptions: SolverOptions?,
        keepingCentreLevels: Bool
    ) -> [WeekProposal] {
        guard let week = requests.first?.week else { return [] }
        precondition(requests.allSatisfy { $0.week == week }, "one ISO week for every centre")
        let clock = ContinuousClock.now
        // The reference: each centre proposed alone, as `planning proposer` would for it; each of
        // its needs should get at least as many people from the network (where hours allow: a
        // person shared by two centres counts in both references).
        let alone =
            centreOptions
            ?? SolverOptions(
                seconds: options.seconds,
                maxIterations: options.maxIterations.map { max(1, $0 / (5 * requests.count)) }, seed: options.seed,
                parallelSearches: options.parallelSearches)
        let levels = keepingCentreLevels ? requests.map { centreLevels(of: $0, weights: weights, options: alone) } : []
        let mapping = NetworkMapping(requests, weights: weights, levels: levels)
        let searchable =
            !mapping.problem.shiftTypes.isEmpty && !mapping.problem.staff.isEmpty
            && mapping.problem.validationIssues().isEmpty
        let searched = searchable ? RosterSolver.solve(mapping.problem, options: options) : nil
        var proposed: [[Shift]] = requests.map { _ in [] }
        if let searched {
            for (c, roster) in mapping.rosters(of: searched.roster).enumerated() {
                proposed[c] = mapping.mappings[c].shifts(of: roster)
            }
        }
        let network = Network(requests)
        let baseline = Set(WeekPlanner.blocking(network.check(adding: [])))
        // The checker's last word over all the centres at once: a person's rules span them.
        for _ in 0..<proposed.joined().count {
            let broken = WeekPlanner.blocking(network.check(adding: Array(proposed.joined()))).filter {
                !baseline.contains($0) && !$0.personIDs.isEmpty
            }
            guard let finding = broken.first,
                let (c, index) = culprit(of: finding, among: proposed, requests: requests)
            else { break }
            proposed[c].remove(at: index)
        }
        // Needs under their minimum, centre by centre, each seeing every other centre's proposal.
        for c in requests.indices {
            let settled = withOthers(requests[c], proposed: proposed, except: c)
            let base = Set(WeekPlanner.blocking(WeekPlanner.check(settled, adding: [])))
            proposed[c] += WeekPlanner.repairMinimums(settled, adding: proposed[c], baseline: base)
        }
        // Then needs below their centre-by-centre level, the same way, within people's hours.
        for c in requests.indices where !levels.isEmpty {
            let settled = withOthers(requests[c], proposed: proposed, except: c)
            let base = Set(WeekPlanner.blocking(WeekPlanner.check(settled, adding: [])))
            proposed[c] += repairLevels(settled, adding: proposed[c], levels: levels[c], baseline: base)
        }
        let elapsed = ContinuousClock.now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return requests.indices.map { c in
            var proposal = WeekPlanner.explain(
                withOthers(requests[c], proposed: proposed, except: c), adding: proposed[c], weights: weights,
                seconds: seconds)
            if let searched, let budget = options.maxIterations {
                proposal.stoppedByTime = searched.iterations < budget * options.parallelSearches
            }
            proposal.firstFeasibleSeconds = searched?.firstFeasibleSeconds
            return proposal
        }
    }

    /// Need index → people the centre's own proposal plans for it (existing shifts included).
    static func centreLevels(of request: PlanningRequest, weights: PlannerWeights, options: SolverOptions) -> [Int: Int]
    {
        var settled = request
        settled.existing += WeekPlanner.propose(request, weights: weights, options: options).shifts
        return Dictionary(
            uniqueKeysWithValues: request.needs.indices.map {
                ($0, WeekPlanner.planned(for: request.needs[$0], in: settled))
            })
    }

    /// Needs below their level (at most their target) get, one by one, the least busy person of
    /// the right kind who is free then, stays within the engine's bounds (48 h worked, the
    /// contract's hours + 4 h) and whose taking it raises no new blocking finding — as
    /// ``WeekPlanner/repairMinimums(_:adding:baseline:)`` does for minimums.
    static func repairLevels(
        _ request: PlanningRequest, adding proposed: [Shift], levels: [Int: Int], baseline: Set<Finding>
    ) -> [Shift] {
        WeekPlanner.fill(
            request, adding: proposed, baseline: baseline,
            admits: { person, shift, settled in
                let theirs = settled.existing.filter { $0.personID == person.personID }
                let hours = WeekHours(shifts: theirs + [shift], person: person, week: request.week)
                guard let contract = hours.contract else { return false }
                return hours.worked <= 48 * 3600 && hours.counted <= contract + 4 * 3600
            },
            goal: { index, need in levels[index].map { min($0, need.target) } })
    }

    /// A centre's request whose known shifts include its people's shifts proposed in the other centres.
    static func withOthers(_ request: PlanningRequest, proposed: [[Shift]], except c: Int) -> PlanningRequest {
        let people = Set(request.people.map(\.personID))
        var request = request
        for (other, shifts) in proposed.enumerated() where other != c {
            request.existing += shifts.filter { people.contains($0.personID) }
        }
        return request
    }

    /// The proposed shift to drop for a blocking finding: among its people's proposed shifts
    /// during the finding (else any of theirs), the one whose need is the most over its minimum,
    /// the latest on a tie (as ``WeekPlanner/culprit(of:among:request:)`` for one centre).
    static func culprit(of finding: Finding, among proposed: [[Shift]], requests: [PlanningRequest]) -> (Int, Int)? {
        var theirs: [(centre: Int, index: Int)] = []
        for (c, shifts) in proposed.enumerated() {
            for index in shifts.indices where finding.personIDs.contains(shifts[index].personID) {
                theirs.append((c, index))
            }
        }
        let during = theirs.filter { proposed[$0.centre][$0.index].interval.intersects(finding.interval) }
        let surplus = { (c: Int, index: Int) -> Int in
            let request = requests[c], shift = proposed[c][index]
            guard let need = request.needs.first(where: { WeekPlanner.meets($0, shift, in: request) }) else {
                return Int.max
            }
            var settled = request
            settled.existing += proposed[c]
            return WeekPlanner.planned(for: need, in: settled) - need.minimum
        }
        return (during.isEmpty ? theirs : during).max {
            let one = proposed[$0.centre][$0.index], other = proposed[$1.centre][$1.index]
            return (surplus($0.centre, $0.index), one.start, $0.centre) < (
                surplus($1.centre, $1.index), other.start, $1.centre
            )
        }.map { ($0.centre, $0.index) }
    }

    /// The centres' requests merged: every person, shift and centre once, for one check of all.
    struct Network {
        let week: ISOWeek
        let centreIDs: Set<Int>
        let people: [PersonContext]
        let existing: [Shift]
        let history: [Shift]
        let centres: [CentreContext]

        init(_ requests: [PlanningRequest]) {
            week = requests[0].week
            centreIDs = Set(requests.map(\.centre.centreID))
            var people: [Int: PersonContext] = [:], centres: [Int: CentreContext] = [:]
            var existing: [UUID: Shift] = [:], history: [UUID: Shift] = [:]
            for request in requests {
                for person in request.people { people[person.personID] = people[person.personID] ?? person }
                for centre in request.centres + [request.centre] {
                    centres[centre.centreID] = centres[centre.centreID] ?? centre
                }
                for shift in request.existing { existing[shift.id] = shift }
                for shift in request.history { history[shift.id] = shift }
            }
            self.people = people.values.sorted { $0.personID < $1.personID }
            self.centres = centres.values.sorted { $0.centreID < $1.centreID }
            self.existing = existing.values.sorted { ($0.start, $0.personID) < ($1.start, $1.personID) }
            self.history = history.values.sorted { ($0.start, $0.personID) < ($1.start, $1.personID) }
        }

        /// The checker's findings on every centre's week plus `shifts`: people's, and the network's centres'.
        func check(adding shifts: [Shift]) -> [Finding] {
            ScheduleChecker.check(
                week: week, shifts: existing + shifts, history: history, people: people, centres: centres
            )
            .filter { !$0.personIDs.isEmpty || $0.centreID.map(centreIDs.contains) ?? true }
        }
    }
}
