import Foundation
public import MaSante
public import Rostering

/// Proposes several centres' same week at once: one search over all their needs and staff
/// (``NetworkMapping``), so that a person who works in several of them is planned once, their
/// 48 h, contract hours, daily rest and the travel between communes holding across the centres.
/// The reference is the centres proposed one by one first (``centreByCentre(_:weights:options:)``,
/// what a manager gets proposing them in turn): each need should get at least the people it gave
/// it, and the search starts from that legal week. Then, as ``WeekPlanner`` does for one centre,
/// the checker has the last word, on the whole network at once: a proposed shift that would raise
/// a blocking finding is left out, then the needs still under their minimum are completed one by
/// one, then those below their reference level, by free people within their hours or by moving
/// someone's hours from a need above its level (``exchange(_:proposed:levels:)``). Pure: the
/// caller loads the requests (one per centre, same week) and saves each proposal's shifts in its
/// centre's week.
///
/// ```swift
/// let proposals = NetworkPlanner.propose([millas, thuir], options: SolverOptions(seconds: 30, seed: 1))
/// proposals[0].shifts   // Millas's new shifts; proposals[1]: Thuir's
/// ```
public enum NetworkPlanner {
    /// `centreOptions`: the budget of each centre's proposal in the centre-by-centre reference
    /// every need keeps (nil: the network's seed, and a fifth of its moves shared out among the
    /// centres).
    public static func propose(
        _ requests: [PlanningRequest], weights: PlannerWeights = PlannerWeights(),
        options: SolverOptions = SolverOptions(seconds: 30), centreOptions: SolverOptions? = nil
    ) -> [WeekProposal] {
        propose(requests, weights: weights, options: options, centreOptions: centreOptions, keepingCentreLevels: true)
    }

    /// `keepingCentreLevels: false` is the search alone, from its own construction, without the
    /// centre-by-centre reference (what the network proposal was before it; kept to measure and
    /// test the difference).
    static func propose(
        _ requests: [PlanningRequest], weights: PlannerWeights, options: SolverOptions, centreOptions: SolverOptions?,
        keepingCentreLevels: Bool
    ) -> [WeekProposal] {
        guard let week = requests.first?.week else { return [] }
        precondition(requests.allSatisfy { $0.week == week }, "one ISO week for every centre")
        let clock = ContinuousClock.now
        // The reference: the centres proposed one by one, each seeing what the earlier ones gave
        // its people (``centreByCentre(_:weights:options:)``); each need should get at least as
        // many people from the network. Their union is a legal week of the whole network, so every
        // level can be kept at once.
        let alone =
            centreOptions
            ?? SolverOptions(
                seconds: options.seconds,
                maxIterations: options.maxIterations.map { max(1, $0 / (5 * requests.count)) }, seed: options.seed,
                parallelSearches: options.parallelSearches)
        let reference = keepingCentreLevels ? centreByCentre(requests, weights: weights, options: alone) : []
        let levels = zip(requests, reference).map { planned(in: $0, with: $1.shifts) }
        let mapping = NetworkMapping(requests, weights: weights, levels: levels)
        let searchable =
            !mapping.problem.shiftTypes.isEmpty && !mapping.problem.staff.isEmpty
            && mapping.problem.validationIssues().isEmpty
        // The search starts from the centres proposed one by one: every need at its level.
        let start = reference.isEmpty ? nil : mapping.roster(of: reference.map(\.shifts))
        let searched = searchable ? RosterSolver.solve(mapping.problem, options: options, from: start) : nil
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
        // Still below: hours moved from a need above its level.
        if !levels.isEmpty { proposed = exchange(requests, proposed: proposed, levels: levels) }
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

    /// The centres proposed one by one, in the requests' order, each as `planning proposer` would
    /// propose it once the earlier ones are accepted: it sees the shifts they gave its people (a
    /// person shared with an earlier centre has fewer hours left), and its own proposal is checked
    /// with them. What a manager gets planning the centres one after the other; their union is a
    /// legal week across the centres (each person's rules were checked on all their shifts by the
    /// last of their centres).
    public static func centreByCentre(
        _ requests: [PlanningRequest], weights: PlannerWeights = PlannerWeights(), options: SolverOptions
    ) -> [WeekProposal] {
        var proposed: [[Shift]] = requests.map { _ in [] }
        var proposals: [WeekProposal] = []
        for c in requests.indices {
            let proposal = WeekPlanner.propose(
                withOthers(requests[c], proposed: proposed, except: c), weights: weights, options: options)
            proposed[c] = proposal.shifts
            proposals.append(proposal)
        }
        return proposals
    }

    /// Need index → people planned for it with `shifts` added (existing shifts included).
    static func planned(in request: PlanningRequest, with shifts: [Shift]) -> [Int: Int] {
        var settled = request
        settled.existing += shifts
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

    /// Needs still below their level (at most their target), centre by centre: a person of the
    /// right kind, free to work in the centre then, takes the need in exchange for one of their
    /// proposed shifts, in any centre — the one at that time if they have one, else any of theirs,
    /// the same day's first. The shift given up is either spare (its needs keep their level and
    /// minimum without it; for a need under its minimum, only their level: a minimum the centres
    /// proposed one by one reached comes before one they did not) or taken over by a third
    /// person in the same way, one step further at
    /// most (``exchanged(_:in:by:requests:proposed:levels:depth:)``). Everyone stays within the
    /// engine's bounds (48 h worked, the contract's hours + 4 h, but for a need under its minimum)
    /// and no new blocking finding
    /// appears about anyone who moves (as for the completion of minimums): hours move from a need
    /// above its level to one below it, nothing else changes.
    static func exchange(_ requests: [PlanningRequest], proposed: [[Shift]], levels: [[Int: Int]]) -> [[Shift]] {
        var proposed = proposed
        for (c, request) in requests.enumerated() {
            for (n, need) in request.needs.enumerated() where need.weekday != .dimanche {
                let day = request.week.days[need.weekday.rawValue - 1]
                guard let level = levels[c][n].map({ min($0, need.target) }), !request.centre.closures.contains(day)
                else { continue }
                var settled = request
                settled.existing += proposed[c]
                var missing = level - WeekPlanner.planned(for: need, in: settled)
                for person in candidates(for: need, in: request) where missing > 0 {
                    guard
                        let next = exchanged(
                            need, in: c, by: person, requests: requests, proposed: proposed, levels: levels, depth: 1)
                    else { continue }
                    proposed = next
                    missing -= 1
                }
            }
        }
        return proposed
    }

    /// The people of the need's kind who may work in the request's centre that day and did not
    /// say they are unavailable then, by person id.
    static func candidates(for need: CoverNeed, in request: PlanningRequest) -> [PersonContext] {
        let day = request.week.days[need.weekday.rawValue - 1]
        return request.people.filter {
            need.staff.includes($0.profession) && $0.isAvailable(in: request.centre.centreID, on: day)
                && !WeekPlanner.unavailable($0, for: need, in: request)
        }
        .sorted { $0.personID < $1.personID }
    }

    /// The proposal with `person` on `need` of centre `c`, taking it freely or giving up one shift
    /// of theirs (every shift at that time) that is spare or, while `depth` allows, that someone
    /// else takes over; nil when no such exchange keeps every rule (``exchange(_:proposed:levels:)``).
    static func exchanged(
        _ need: CoverNeed, in c: Int, by person: PersonContext, requests: [PlanningRequest], proposed: [[Shift]],
        levels: [[Int: Int]], depth: Int
    ) -> [[Shift]]? {
        let request = requests[c]
        guard let shift = WeekPlanner.shift(meeting: need, by: person, in: request) else { return nil }
        // Up to its minimum, a need takes hours beyond the contract's + 4 h (as the completion of
        // minimums does): only the checker bounds them.
        var settled = request
        settled.existing += proposed[c]
        let belowMinimum = WeekPlanner.planned(for: need, in: settled) < need.minimum
        let theirs = (withOthers(request, proposed: proposed, except: c).existing + proposed[c]).filter {
            $0.personID == person.personID
        }
        let during = theirs.filter {
            ($0.activity.isAbsence && $0.day == shift.day) || ($0.start < shift.end && shift.start < $0.end)
        }
        var mine: [(centre: Int, index: Int)] = []
        for (d, shifts) in proposed.enumerated() {
            for index in shifts.indices where shifts[index].personID == person.personID { mine.append((d, index)) }
        }
        // Each of their proposed shifts, with the need it would leave below its level or minimum
        // (nil: spare); for a need under its minimum, a minimum beyond its level may go.
        let short = mine.map {
            shortNeed(
                without: proposed[$0.centre][$0.index], in: $0.centre, requests: requests,
                proposed: proposed, levels: levels, keepingMinimums: !belowMinimum)
        }
        var options: [[Int]]
        if during.isEmpty {
            options =
                [[]]
                + mine.indices.sorted {
                    let one = proposed[mine[$0].centre][mine[$0].index],
                        other = proposed[mine[$1].centre][mine[$1].index]
                    return (one.day == shift.day ? 0 : 1, short[$0] == nil ? 0 : 1, one.start, mine[$0].centre) < (
                        other.day == shift.day ? 0 : 1, short[$1] == nil ? 0 : 1, other.start, mine[$1].centre
                    )
                }.map { [$0] }
        } else {
            let removal = during.compactMap { busy in
                mine.indices.first { proposed[mine[$0].centre][mine[$0].index].id == busy.id }
            }
            guard removal.count == during.count else { return nil }
            options = [removal]
        }
        for removal in options where removal.filter({ short[$0] != nil }).count <= (depth > 0 ? 1 : 0) {
            var next = proposed
            for k in removal.sorted(by: { (mine[$0].centre, mine[$0].index) > (mine[$1].centre, mine[$1].index) }) {
                next[mine[k].centre].remove(at: mine[k].index)
            }
            next[c].append(shift)
            let gone = Set(removal.map { proposed[mine[$0].centre][mine[$0].index].id })
            let hours = WeekHours(
                shifts: theirs.filter { !gone.contains($0.id) } + [shift], person: person, week: request.week)
            guard let contract = hours.contract, hours.worked <= 48 * 3600,
                belowMinimum || hours.counted <= contract + 4 * 3600
            else { continue }
            // Their own rules span their centres: centre c's check sees all their shifts.
            let before = Set(blockingFindings(of: c, requests: requests, proposed: proposed))
            guard
                !blockingFindings(of: c, requests: requests, proposed: next).contains(where: {
                    !before.contains($0) && $0.personIDs.contains(person.personID)
                })
            else { continue }
            // A shift given up that leaves its need short: someone else takes that need over.
            var result: [[Shift]]? = next
            for k in removal {
                guard let (d, m) = short[k], let current = result else { continue }
                let taken = candidates(for: requests[d].needs[m], in: requests[d]).lazy.filter {
                    $0.personID != person.personID
                }.compactMap {
                    exchanged(
                        requests[d].needs[m], in: d, by: $0, requests: requests, proposed: current, levels: levels,
                        depth: depth - 1)
                }.first
                result = taken
            }
            if let result { return result }
        }
        return nil
    }

    /// The need of centre `c` that `shift` going would leave below its level (at most its target)
    /// or, `keepingMinimums`, its minimum, as (centre, need index); nil when the shift is spare.
    static func shortNeed(
        without shift: Shift, in c: Int, requests: [PlanningRequest], proposed: [[Shift]], levels: [[Int: Int]],
        keepingMinimums: Bool
    ) -> (Int, Int)? {
        var settled = requests[c]
        settled.existing += proposed[c]
        return requests[c].needs.indices.first { n in
            let need = requests[c].needs[n]
            guard WeekPlanner.meets(need, shift, in: requests[c]) else { return false }
            let level = min(levels[c][n] ?? 0, need.target)
            let floor = keepingMinimums ? max(need.minimum, level) : level
            return WeekPlanner.planned(for: need, in: settled) - 1 < floor
        }.map { (c, $0) }
    }

    /// The blocking findings of centre `c`'s week with every centre's proposal.
    static func blockingFindings(of c: Int, requests: [PlanningRequest], proposed: [[Shift]]) -> [Finding] {
        WeekPlanner.blocking(
            WeekPlanner.check(withOthers(requests[c], proposed: proposed, except: c), adding: proposed[c]))
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
