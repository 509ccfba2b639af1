import Foundation
import MaSante
import Rostering
import Testing

@testable import WeekPlanner

/// Two centres in two communes planned at once: a doctor who works in both gets a legal week in
/// each and over the two (48 h, 11 h of rest, the travel between the communes), which two
/// separate proposals cannot promise; the same seed and budget give the same proposal.
@Suite struct NetworkPlannerTests {
    static let week = try! ISOWeek.parse("2026-W50")
    static let millas = 1
    static let thuir = 2
    static let since = CalendarDate(year: 2024, month: 1, day: 1)!

    static func time(_ text: String) -> TimeOfDay { try! TimeOfDay.parse(text) }

    static func centre(_ id: Int) -> CentreContext {
        var hours = OpeningHours()
        for day in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] {
            try! hours.set([TimeRange(start: time("07:30"), end: time("21:00"))!], on: day)
        }
        let name = id == millas ? "Millas" : "Thuir"
        return CentreContext(centreID: id, name: "Centre de santé de \(name)", openingHours: hours, commune: name)
    }

    static func person(_ id: Int, _ name: String, _ profession: Profession, centres: [Int]) -> PersonContext {
        PersonContext(
            personID: id, name: name, profession: profession,
            contracts: [try! Contract(type: .cdi, start: since, end: nil, weeklyHours: 35)],
            assignments: centres.map { CentreAssignment(centreID: $0, start: since) })
    }

    /// Dr REY works in both centres; each centre also has a doctor of its own.
    static let people = [
        person(1, "Arnaud REY", .medecinGeneraliste, centres: [millas, thuir]),
        person(2, "Karim DENIS", .medecinGeneraliste, centres: [millas]),
        person(3, "Lina VIDAL", .medecinGeneraliste, centres: [thuir]),
    ]

    /// More work than the doctors can do: Millas's mornings end at 12:30 and Thuir's afternoons
    /// start at 12:45 (less than the 30 min of travel); Millas's evenings end at 21:00 and Thuir's
    /// mornings start at 07:30 (less than 11 h of rest).
    static func needs(_ centre: Int) -> [CoverNeed] {
        let blocks =
            centre == millas
            ? [("08:30", "12:30"), ("14:00", "18:00"), ("19:00", "21:00")]
            : [("07:30", "11:30"), ("12:45", "16:45"), ("17:00", "19:00")]
        return [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi].flatMap { day in
            blocks.map { start, end in
                CoverNeed(
                    weekday: day, start: time(start), end: time(end), activity: .consultation, staff: .medecin,
                    minimum: 1, target: 2)
            }
        }
    }

    static func request(_ centre: Int) -> PlanningRequest {
        PlanningRequest(
            week: week, centre: Self.centre(centre), needs: needs(centre),
            people: people.filter { $0.assignments.contains { $0.centreID == centre } }, existing: [], history: [],
            centres: [Self.centre(millas), Self.centre(thuir)])
    }

    static let options = SolverOptions(seconds: 60, maxIterations: 40_000, seed: 5)

    @Test func aDoctorSharedByTwoCentresGetsALegalWeekInBothAndAcrossThem() throws {
        let proposals = NetworkPlanner.propose(
            [Self.request(Self.millas), Self.request(Self.thuir)], options: Self.options)
        try #require(proposals.count == 2)
        let all = proposals.flatMap(\.shifts)
        #expect(proposals[0].shifts.allSatisfy { $0.centreID == Self.millas })
        #expect(proposals[1].shifts.allSatisfy { $0.centreID == Self.thuir })
        let rey = all.filter { $0.personID == 1 }.sorted { $0.start < $1.start }
        #expect(Set(rey.map(\.centreID)) == [Self.millas, Self.thuir], "planned in both centres")
        #expect(rey.map(\.duration).reduce(0, +) <= 48 * 3600)
        for (first, next) in zip(rey, rey.dropFirst()) {
            let gap = next.start.timeIntervalSince(first.end)
            if first.day == next.day {
                #expect(gap >= (first.centreID == next.centreID ? 0 : 30 * 60), "\(first.start) → \(next.start)")
            } else {
                #expect(gap >= 11 * 3600, "\(first.end) → \(next.start)")
            }
        }
        // The rule checker over both centres at once agrees: no blocking finding about anyone.
        let findings = ScheduleChecker.check(
            week: Self.week, shifts: all, people: Self.people,
            centres: [Self.centre(Self.millas), Self.centre(Self.thuir)])
        let blocking = findings.filter { $0.severity == .bloquant && !$0.personIDs.isEmpty }
        #expect(blocking.isEmpty, "\(blocking.map(\.message))")
        #expect(proposals.allSatisfy { $0.feasible })
    }

    @Test func aDoctorSharedSixtyFortyIsGivenTheWholeContractAcrossBothCentresNotTheSmallerShare() throws {
        var rey = Self.people[0]
        rey.assignments = [
            CentreAssignment(centreID: Self.millas, start: Self.since, share: 0.6),
            CentreAssignment(centreID: Self.thuir, start: Self.since, share: 0.4),
        ]
        let requests = [Self.millas, Self.thuir].map { centre in
            var request = Self.request(centre)
            request.people = request.people.map { $0.personID == 1 ? rey : $0 }
            return request
        }
        let mapping = NetworkMapping(requests, weights: PlannerWeights(), levels: [])
        let row = try #require(mapping.personIDs.firstIndex(of: 1))
        let member = mapping.problem.staff[row]
        // 60 % + 40 % of 35 h, each share with its hour of slack, within the contract's 35 h + 4 h.
        #expect(member.targetMinutes == 35 * 60)
        #expect(member.maxTotalMinutes == 35 * 60 + 2 * 60)
        let planned = NetworkPlanner.propose(
            requests, weights: PlannerWeights(), options: Self.options, centreOptions: nil, keepingCentreLevels: false
        ).flatMap(\.shifts).filter { $0.personID == 1 }.map(\.duration).reduce(0, +)
        #expect(planned >= 20 * 3600, "\(planned / 3600) h; 40 % alone would stop at 15 h")
    }

    @Test func twoSeparateProposalsWouldOverworkTheSharedDoctor() {
        let apart = [Self.request(Self.millas), Self.request(Self.thuir)].map {
            WeekPlanner.propose($0, options: Self.options).shifts.filter { $0.personID == 1 }
        }
        #expect(apart.joined().map(\.duration).reduce(0, +) > 48 * 3600)
    }

    @Test func theSameSeedAndBudgetGiveTheSameNetworkProposal() {
        let requests = [Self.request(Self.millas), Self.request(Self.thuir)]
        let key = { (proposals: [WeekProposal]) in
            proposals.flatMap(\.shifts).map { "\($0.personID) \($0.centreID) \($0.start) \($0.end)" }.sorted()
        }
        let first = NetworkPlanner.propose(requests, options: Self.options)
        let second = NetworkPlanner.propose(requests, options: Self.options)
        #expect(key(first) == key(second))
        #expect(!key(first).isEmpty)
    }

    @Test func blocksOfTwoCentresFollowEachOtherOnlyWithTheTravelBetweenTheirCommunes() {
        let mapping = NetworkMapping([Self.request(Self.millas), Self.request(Self.thuir)], weights: PlannerWeights())
        let morning = mapping.mappings[0].blocks.firstIndex { $0.weekday == .lundi && $0.part == 0 }!
        let afternoon = mapping.mappings[1].blocks.firstIndex { $0.weekday == .lundi && $0.part == 1 }!
        let successors = mapping.problem.shiftTypes[mapping.offsets[0] + morning].forbiddenSuccessors
        #expect(successors.contains(mapping.offsets[1] + afternoon), "12:30 at Millas, 12:45 at Thuir")
        #expect(NetworkMapping.travelMinutes(from: Self.centre(Self.millas), to: Self.centre(Self.thuir)) == 30)
        var sameTown = Self.centre(Self.thuir)
        sameTown.commune = "MILLAS"
        #expect(NetworkMapping.travelMinutes(from: Self.centre(Self.millas), to: sameTown) == 0)
        #expect(mapping.problem.staff.count == 3, "the shared doctor is one row")
    }
}
