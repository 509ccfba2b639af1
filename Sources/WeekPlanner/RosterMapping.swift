import Foundation
import MaSante
import Rostering

/// A centre's week seen by the rostering engine: each day of Monday–Saturday cut in three parts
/// (before noon, afternoon, from 17:00), an engine "day" per part, so that one person takes at
/// most one need per part of a day; an engine shift type per need's hours, activity, place and
/// kind of staff (and tier: the minimum, then the rest up to the target; with reference levels,
/// the minimum as far as the reference reached it, the rest of the minimum, then up to the
/// reference, then the rest).
struct RosterMapping {
    /// One engine shift type.
    struct Block: Hashable {
        var weekday: Weekday
        var start: TimeOfDay
        var end: TimeOfDay
        var activity: Activity
        var place: String?
        var staff: StaffKind
        /// 0: up to the need's minimum (beyond its reference level, if it has one); 1: beyond the
        /// minimum, up to its reference level (``levels``) or the target without one; 2: beyond the
        /// reference level, up to the target; 3: up to the minimum within the reference level.
        var tier: Int

        /// The order tiers fill in: the most costly missing person first.
        static let priority = [3, 0, 1, 2]

        var part: Int { start.minutes < 12 * 60 ? 0 : (start.minutes < 17 * 60 ? 1 : 2) }
        var slot: Int { (weekday.rawValue - 1) * 3 + part }
        var minutes: Int { end.minutes - start.minutes }
    }

    static let slots = 18

    let request: PlanningRequest
    let weights: PlannerWeights
    /// Need index → people a reference proposal planned for it (the centre proposed alone, for a
    /// network): up to that level a missing person costs ``PlannerWeights/belowReference``.
    let levels: [Int: Int]
    private(set) var blocks: [Block] = []
    /// Block index → (need index, people still needed in this tier).
    private(set) var demand: [Int: (need: Int, count: Int)] = [:]
    /// The people the engine plans, in its staff order.
    private(set) var staff: [PersonContext] = []
    /// For staff shared between centres (by staff index), their limits over the whole contract,
    /// before this centre's share capped them: a plan of several centres at once sums the shares.
    private(set) var wholeContract: [Int: (target: Int?, max: Int)] = [:]
    private(set) var problem: RosterProblem

    init(_ request: PlanningRequest, weights: PlannerWeights, levels: [Int: Int] = [:]) {
        self.request = request
        self.weights = weights
        self.levels = levels
        problem = RosterProblem(days: Self.slots, shiftTypes: [], staff: [])
        buildBlocks()
        buildStaff()
        buildCovers()
        buildFairnessAndContinuity()
    }

    /// The Paris day of a slot.
    func day(ofSlot slot: Int) -> CalendarDate { request.week.days[slot / 3] }

    /// Existing shifts of the centre that match a need exactly count toward it.
    private func alreadyCovered(_ need: CoverNeed) -> Int {
        request.existing.filter { shift in
            shift.centreID == request.centre.centreID && need.isMet(by: shift, in: request.week)
                && (request.people.first { $0.personID == shift.personID }.map { need.staff.includes($0.profession) }
                    ?? false)
        }.count
    }

    private mutating func buildBlocks() {
        for (index, need) in request.needs.enumerated() where need.weekday != .dimanche {
            guard !request.centre.closures.contains(request.week.days[need.weekday.rawValue - 1]) else { continue }
            let covered = alreadyCovered(need)
            let reference = max(need.minimum, covered, min(need.target, levels[index] ?? need.target))
            // The part of the minimum the reference proposal reached (none without reference levels).
            let kept = levels.isEmpty ? 0 : max(0, min(need.minimum, levels[index] ?? 0) - covered)
            let tiers = [
                (3, kept), (0, max(0, need.minimum - covered) - kept),
                (1, max(0, reference - max(need.minimum, covered))), (2, max(0, need.target - reference)),
            ]
            for (tier, count) in tiers where count > 0 {
                let block = Block(
                    weekday: need.weekday, start: need.start, end: need.end, activity: need.activity,
                    place: need.place, staff: need.staff, tier: tier == 0 && need.minimum == 0 ? 1 : tier)
                if let existing = blocks.firstIndex(of: block) {
                    demand[existing]?.count += count
                } else {
                    demand[blocks.count] = (index, count)
                    blocks.append(block)
                }
            }
        }
        let types = blocks.map { block in
            ShiftType(
                id: "\(block.weekday.label) \(block.start)–\(block.end) \(block.activity.rawValue)",
                minutes: block.minutes)
        }
        problem.shiftTypes = types
        for (a, first) in blocks.enumerated() {
            for (b, second) in blocks.enumerated() where Self.forbidden(first, then: second) {
                problem.shiftTypes[a].forbiddenSuccessors.insert(b)
            }
        }
    }

    /// Whether `second`, in the slot after `first`'s, can never follow it: they overlap the
    /// same day, or leave less than 11 hours of rest overnight.
    static func forbidden(_ first: Block, then second: Block) -> Bool {
        guard second.part == (first.part + 1) % 3 else { return false }
        if first.part < 2 { return first.end.minutes > second.start.minutes }
        return 24 * 60 - first.end.minutes + second.start.minutes < 11 * 60
    }

    private mutating func buildStaff() {
        let week = request.week
        for person in request.people.sorted(by: { $0.personID < $1.personID }) {
            let eligible = blocks.map { $0.staff.includes(person.profession) }
            guard eligible.contains(true) else { continue }
            var member = StaffMember(id: person.name, shiftTypeCount: blocks.count)
            member.eligible = eligible
            let theirs = request.existing.filter { $0.personID == person.personID }
            // Leave counts toward the contract, not toward the 48 h.
            let hours = WeekHours(shifts: theirs, person: person, week: week)
            let worked = Int(hours.worked / 60), counted = Int(hours.counted / 60)
            let contractMinutes = Int((hours.contract ?? 0) / 60)
            member.maxTotalMinutes = max(0, min(48 * 60 - worked, contractMinutes + 4 * 60 - counted))
            member.targetMinutes = max(0, contractMinutes - counted)
            // Someone shared between centres gets this centre's share of their contract, no more.
            let share = week.days.map { person.share(in: request.centre.centreID, on: $0) }.max() ?? 1
            if share < 1 {
                wholeContract[problem.staff.count] = (member.targetMinutes, member.maxTotalMinutes)
                let here = theirs.filter { $0.centreID == request.centre.centreID && $0.activity.isWork }
                let hereMinutes = Int(here.map(\.duration).reduce(0, +) / 60)
                let shareMinutes = Int((Double(contractMinutes) * share).rounded())
                member.targetMinutes = min(member.targetMinutes ?? .max, max(0, shareMinutes - hereMinutes))
                member.maxTotalMinutes = min(member.maxTotalMinutes, max(0, shareMinutes + 60 - hereMinutes))
            }
            member.targetWeightPerHour = weights.perHourFromContract
            for slot in 0..<Self.slots where !isFree(person, slot: slot, shifts: theirs) {
                member.daysOff.insert(slot)
            }
            let index = problem.staff.count
            for wish in request.preferences where wish.personID == person.personID {
                for (type, block) in blocks.enumerated() where wish.overlaps(block.weekday, block.start, block.end) {
                    switch wish.kind {
                    case .indisponible: member.daysOff.insert(block.slot)
                    case .nonSouhaite:
                        problem.requests.append(
                            ShiftRequest(.off, staff: index, day: block.slot, shift: type, weight: weights.undesired))
                    case .souhaite:
                        problem.requests.append(
                            ShiftRequest(.on, staff: index, day: block.slot, shift: type, weight: weights.desired))
                    }
                }
            }
            staff.append(person)
            problem.staff.append(member)
        }
    }

    /// Free in a slot: assigned to the centre and under contract that day, not absent that day,
    /// and nothing planned during the slot's blocks.
    private func isFree(_ person: PersonContext, slot: Int, shifts: [Shift]) -> Bool {
        let day = day(ofSlot: slot)
        guard person.isAvailable(in: request.centre.centreID, on: day), person.contract(on: day) != nil else {
            return false
        }
        let inSlot = blocks.filter { $0.slot == slot }
        guard let from = inSlot.map(\.start).min(), let to = inSlot.map(\.end).max(),
            let window = try? Shift(
                personID: person.personID, centreID: request.centre.centreID, day: day,
                from: from, to: to, activity: .administratif)
        else { return true }
        return !shifts.contains { shift in
            (shift.activity.isAbsence && shift.day == day)
                || (shift.start < window.end && window.start < shift.end)
        }
    }

    private mutating func buildCovers() {
        for slot in 0..<Self.slots {
            for (index, block) in blocks.enumerated() {
                if block.slot == slot, let need = demand[index] {
                    let weight = [
                        weights.belowMinimum, levels.isEmpty ? weights.belowTarget : weights.belowReference,
                        weights.belowTarget, weights.belowMinimum + weights.belowReference,
                    ][block.tier]
                    problem.covers.append(
                        CoverRequirement(
                            day: slot, shift: index, requirement: need.count,
                            weightUnder: weight, weightOver: weights.overTarget))
                } else {
                    problem.covers.append(
                        CoverRequirement(
                            day: slot, shift: index, requirement: 0, weightUnder: 0,
                            weightOver: weights.belowMinimum * 10))
                }
            }
        }
    }

    /// The burdens shared out fairly: Saturdays, evening slots, home visits.
    static let burdens: [(block: @Sendable (Block) -> Bool, shift: @Sendable (Shift) -> Bool)] = [
        ({ $0.weekday == .samedi }, { $0.day.weekday == .samedi }),
        ({ $0.part == 2 }, { $0.startTime.minutes >= 17 * 60 }),
        ({ $0.activity == .visiteDomicile }, { $0.activity == .visiteDomicile }),
    ]

    /// Weeks of history that count toward fairness.
    static let fairnessWeeks = 4

    private mutating func buildFairnessAndContinuity() {
        let since = request.week.adding(weeks: -Self.fairnessWeeks).start
        let recent = request.history.filter { $0.start >= since && $0.start < request.week.start && $0.activity.isWork }
        for burden in Self.burdens {
            let types = Set(blocks.indices.filter { burden.block(blocks[$0]) })
            guard !types.isEmpty else { continue }
            for kind in StaffKind.allCases where kind != .soignant {
                let members = staff.indices.filter { kind.includes(staff[$0].profession) }
                guard members.count > 1 else { continue }
                problem.fairness.append(
                    FairnessTerm(counting: .shiftTypes(types), weight: weights.fairness, staff: members))
                // Over several weeks: whoever carried more of it lately is asked less this week.
                let carried = members.map { s in
                    recent.filter { $0.personID == staff[s].personID && burden.shift($0) }.count
                }
                let least = carried.min() ?? 0
                for (s, count) in zip(members, carried) where count > least {
                    for type in types where problem.staff[s].eligible[type] {
                        problem.requests.append(
                            ShiftRequest(
                                .off, staff: s, day: blocks[type].slot, shift: type,
                                weight: (count - least) * weights.fairness / 2))
                    }
                }
            }
        }
        // Travel: a day already worked in another centre is avoided here.
        for (s, person) in staff.enumerated() {
            let elsewhere = Set(
                request.existing.filter {
                    $0.personID == person.personID && $0.centreID != request.centre.centreID && $0.activity.isWork
                }
                .map(\.day))
            for (type, block) in blocks.enumerated()
            where problem.staff[s].eligible[type] && elsewhere.contains(day(ofSlot: block.slot)) {
                problem.requests.append(
                    ShiftRequest(.off, staff: s, day: block.slot, shift: type, weight: weights.travel))
            }
        }
        let rounds = request.history.filter { $0.activity == .visiteEHPAD && $0.centreID == request.centre.centreID }
            .sorted { $0.start > $1.start }
        for (index, block) in blocks.enumerated() where block.activity == .visiteEHPAD {
            guard let last = rounds.first(where: { $0.place == block.place }),
                let s = staff.firstIndex(where: { $0.personID == last.personID })
            else { continue }
            problem.requests.append(
                ShiftRequest(.on, staff: s, day: block.slot, shift: index, weight: weights.continuity))
        }
    }

    /// The shifts a roster plans: only blocks on their own slot, where a need asked for them.
    func shifts(of roster: Roster) -> [Shift] {
        var result: [Shift] = []
        for (s, person) in staff.enumerated() {
            for slot in 0..<Self.slots {
                guard let type = roster[s, slot], blocks[type].slot == slot, demand[type] != nil else { continue }
                let block = blocks[type]
                if let shift = try? Shift(
                    personID: person.personID, centreID: request.centre.centreID, day: day(ofSlot: slot),
                    from: block.start, to: block.end, activity: block.activity, place: block.place)
                {
                    result.append(shift)
                }
            }
        }
        return result
    }

    /// Where `shifts` of the centre sit in the engine's roster, as (staff index, slot, shift type):
    /// each on the block of its hours, activity, place and kind of staff in its own slot, the
    /// most costly tier with room first (``Block/priority``); a
    /// shift no block matches (not a need's, or its person not planned by the engine) is left out.
    func cells(of shifts: [Shift]) -> [(staff: Int, slot: Int, type: Int)] {
        var room = Dictionary(uniqueKeysWithValues: demand.map { ($0.key, $0.value.count) })
        var result: [(staff: Int, slot: Int, type: Int)] = []
        for shift in shifts.sorted(by: { ($0.start, $0.personID) < ($1.start, $1.personID) }) {
            guard let s = staff.firstIndex(where: { $0.personID == shift.personID }) else { continue }
            let matching = blocks.indices.filter { type in
                let block = blocks[type]
                return day(ofSlot: block.slot) == shift.day && block.start == shift.startTime
                    && block.end == shift.endTime && block.activity == shift.activity && block.place == shift.place
                    && problem.staff[s].eligible[type]
            }
            .sorted {
                Block.priority.firstIndex(of: blocks[$0].tier)! < Block.priority.firstIndex(of: blocks[$1].tier)!
            }
            guard let type = matching.first(where: { room[$0, default: 0] > 0 }) ?? matching.last else { continue }
            room[type, default: 0] -= 1
            result.append((s, blocks[type].slot, type))
        }
        return result
    }
}
