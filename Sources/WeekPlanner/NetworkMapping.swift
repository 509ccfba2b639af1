import Foundation
import MaSante
import Rostering

/// Several centres' same week as one rostering problem: each centre's ``RosterMapping`` side by
/// side (its shift types after the previous centres'), and each person once, whatever the number
/// of their centres, so that their hard limits (48 h, the contract's hours) hold over all their
/// work and two blocks in two centres never follow each other closer than the travel allows.
///
/// - **Shift types**: the centres' blocks, concatenated; ``offsets`` says where each centre's start.
/// - **Staff**: one row per person (by person id); a block is open to them when it is in its
///   centre's mapping and its slot is free there (assigned to that centre that day, under
///   contract, nothing planned then): a per-centre day off becomes a closed block.
/// - **Successions**: within a centre, the mapping's (overlap, 11 h rest); between two blocks of
///   different centres in consecutive slots of a day, the gap must also hold the travel between
///   their communes (``RuleLimits/travelBetweenCommunes``, the larger of the two centres').
/// - **Soft terms**: each centre's covers, requests and fairness, re-indexed; the contract's
///   target once per person. Someone shared between centres is given the sum of their shares in
///   the centres planned, not each centre's share apart (the checker's `part_du_centre` warns
///   when a centre takes more than its share).
struct NetworkMapping {
    let mappings: [RosterMapping]
    /// The first engine shift type of each centre.
    let offsets: [Int]
    /// The person id of each engine staff row.
    let personIDs: [Int]
    /// For each centre, its mapping's staff index → engine staff row.
    let rows: [[Int]]
    private(set) var problem: RosterProblem

    /// `levels`: for each centre (none: no reference), need index → people its own proposal
    /// planned, a level each need should keep (``RosterMapping/levels``).
    init(_ requests: [PlanningRequest], weights: PlannerWeights, levels: [[Int: Int]] = []) {
        let mappings = requests.indices.map { c in
            RosterMapping(requests[c], weights: weights, levels: levels.isEmpty ? [:] : levels[c])
        }
        self.mappings = mappings
        var offsets: [Int] = []
        var types: [ShiftType] = []
        for mapping in mappings {
            offsets.append(types.count)
            let offset = types.count
            types += mapping.problem.shiftTypes.map { type in
                var type = type
                type.forbiddenSuccessors = Set(type.forbiddenSuccessors.map { $0 + offset })
                return type
            }
        }
        self.offsets = offsets
        // Between centres: the same rules, the gap of a day's consecutive slots holding the travel.
        for (a, first) in mappings.enumerated() {
            for (b, second) in mappings.enumerated() where a != b {
                let travel = Self.travelMinutes(from: first.request.centre, to: second.request.centre)
                for (i, one) in first.blocks.enumerated() {
                    for (j, other) in second.blocks.enumerated()
                    where Self.forbidden(one, then: other, travelMinutes: travel) {
                        types[offsets[a] + i].forbiddenSuccessors.insert(offsets[b] + j)
                    }
                }
            }
        }
        let ids = Set(mappings.flatMap { $0.staff.map(\.personID) }).sorted()
        let rowOf = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        personIDs = ids
        rows = mappings.map { mapping in mapping.staff.map { rowOf[$0.personID] ?? 0 } }
        var problem = RosterProblem(days: RosterMapping.slots, shiftTypes: types, staff: [])
        for (row, personID) in ids.enumerated() {
            var member = StaffMember(id: "\(personID)", shiftTypeCount: types.count)
            member.eligible = Array(repeating: false, count: types.count)
            var daysOff = Set(0..<RosterMapping.slots)
            var first = true
            // Someone shared between the centres planned works the sum of their shares there,
            // within the limits of their whole contract.
            var shares: (target: Int, max: Int, whole: (target: Int?, max: Int))? = nil
            for (c, mapping) in mappings.enumerated() {
                guard let s = rows[c].firstIndex(of: row) else { continue }
                let theirs = mapping.problem.staff[s]
                if first {
                    member.id = theirs.id
                    member.targetMinutes = theirs.targetMinutes
                    member.targetWeightPerHour = theirs.targetWeightPerHour
                    member.maxTotalMinutes = theirs.maxTotalMinutes
                    first = false
                } else {
                    member.maxTotalMinutes = min(member.maxTotalMinutes, theirs.maxTotalMinutes)
                    if let target = theirs.targetMinutes {
                        member.targetMinutes = min(member.targetMinutes ?? target, target)
                    }
                }
                if let whole = mapping.wholeContract[s] {
                    let sum = shares ?? (0, 0, whole)
                    shares = (sum.target + (theirs.targetMinutes ?? 0), sum.max + theirs.maxTotalMinutes, sum.whole)
                }
                daysOff.formIntersection(theirs.daysOff)
                for (k, block) in mapping.blocks.enumerated()
                where theirs.eligible[k] && !theirs.daysOff.contains(block.slot) {
                    member.eligible[offsets[c] + k] = true
                }
            }
            if let shares {
                member.maxTotalMinutes = min(shares.whole.max, shares.max)
                member.targetMinutes = shares.whole.target.map { min($0, shares.target) } ?? shares.target
            }
            member.daysOff = daysOff
            problem.staff.append(member)
        }
        for (c, mapping) in mappings.enumerated() {
            let offset = offsets[c], row = rows[c]
            problem.covers += mapping.problem.covers.map { cover in
                var cover = cover
                cover.shift += offset
                return cover
            }
            problem.requests += mapping.problem.requests.map { request in
                var request = request
                request.staff = row[request.staff]
                request.shift += offset
                return request
            }
            problem.fairness += mapping.problem.fairness.map { term in
                var term = term
                term.staff = term.staff.map { $0.map { row[$0] } }
                if case .shiftTypes(let types) = term.counting {
                    term.counting = .shiftTypes(Set(types.map { $0 + offset }))
                }
                return term
            }
        }
        self.problem = problem
    }

    /// Minutes of travel between two centres: none within a commune, else the larger setting.
    static func travelMinutes(from first: CentreContext, to second: CentreContext) -> Int {
        guard first.needsTravel(to: second) else { return 0 }
        let seconds = max(
            first.settings.limits.travelBetweenCommunes, second.settings.limits.travelBetweenCommunes)
        return Int((seconds / 60).rounded(.up))
    }

    /// Whether `second`, in the slot after `first`'s and in a centre `travelMinutes` away, can never
    /// follow it: less than the travel between them the same day, or less than 11 hours of rest
    /// overnight.
    static func forbidden(
        _ first: RosterMapping.Block, then second: RosterMapping.Block, travelMinutes: Int
    ) -> Bool {
        guard second.part == (first.part + 1) % 3 else { return false }
        if first.part < 2 { return first.end.minutes + travelMinutes > second.start.minutes }
        return 24 * 60 - first.end.minutes + second.start.minutes < 11 * 60
    }

    /// Each centre's roster, in its mapping's staff order and shift types.
    func rosters(of roster: Roster) -> [Roster] {
        mappings.enumerated().map { c, mapping in
            var theirs = Roster(staff: mapping.staff.count, days: RosterMapping.slots)
            let range = offsets[c]..<(offsets[c] + mapping.blocks.count)
            for (s, row) in rows[c].enumerated() {
                for slot in 0..<RosterMapping.slots {
                    if let type = roster[row, slot], range.contains(type) { theirs[s, slot] = type - offsets[c] }
                }
            }
            return theirs
        }
    }

    /// The engine's roster of each centre's `shifts` (``RosterMapping/cells(of:)``), a roster to
    /// start the search from, within each person's hours (48 h, the contract's + 4 h): someone
    /// beyond them (a need's minimum completed after the search, which only the checker bounds)
    /// gives up their shifts toward minimums first, the latest first — what the completion of
    /// minimums after the search gives back — then the others.
    func roster(of shifts: [[Shift]]) -> Roster {
        var roster = Roster(staff: personIDs.count, days: RosterMapping.slots)
        var tiers: [[Int: Int]] = Array(repeating: [:], count: personIDs.count)
        for (c, mapping) in mappings.enumerated() where c < shifts.count {
            for cell in mapping.cells(of: shifts[c]) where roster[rows[c][cell.staff], cell.slot] == nil {
                roster[rows[c][cell.staff], cell.slot] = offsets[c] + cell.type
                tiers[rows[c][cell.staff]][cell.slot] = mapping.blocks[cell.type].tier
            }
        }
        for (row, member) in problem.staff.enumerated() {
            var minutes = (0..<RosterMapping.slots).compactMap { roster[row, $0] }.map {
                problem.shiftTypes[$0].minutes
            }.reduce(0, +)
            // Minimums first (tiers 0 and 3), the latest first.
            let order = tiers[row].keys.sorted {
                (tiers[row][$0]! % 3 == 0 ? 0 : tiers[row][$0]!, -$0) < (
                    tiers[row][$1]! % 3 == 0 ? 0 : tiers[row][$1]!, -$1
                )
            }
            for slot in order where minutes > member.maxTotalMinutes {
                minutes -= roster[row, slot].map { problem.shiftTypes[$0].minutes } ?? 0
                roster[row, slot] = nil
            }
        }
        return roster
    }
}
