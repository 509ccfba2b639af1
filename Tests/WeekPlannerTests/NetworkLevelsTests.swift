import Foundation
import MaSante
import Rostering
import Testing

@testable import WeekPlanner

/// The network proposal keeps each need at least at the level the centre's own proposal reaches.
@Suite struct NetworkLevelsTests {
    typealias Fixture = NetworkPlannerTests

    /// Needs each centre's own proposal covers better than the network does: (centre, need) pairs.
    static func worse(_ requests: [PlanningRequest], network: [WeekProposal], alone: SolverOptions) -> [String] {
        var result: [String] = []
        for (c, request) in requests.enumerated() {
            var together = request, apart = request
            together.existing += network[c].shifts
            apart.existing += WeekPlanner.propose(request, options: alone).shifts
            for need in request.needs
            where WeekPlanner.planned(for: need, in: together)
                < min(need.target, WeekPlanner.planned(for: need, in: apart))
            {
                result.append("\(c) \(need.french)")
            }
        }
        return result
    }

    static let requests = [Fixture.request(Fixture.millas), Fixture.request(Fixture.thuir)]
    static let alone = SolverOptions(seconds: 60, maxIterations: 20_000, seed: 5)

    @Test func theNetworkProposalLeavesFewerNeedsBelowTheCentreByCentreLevelThanTheSearchAlone() {
        let before = NetworkPlanner.propose(
            Self.requests, weights: PlannerWeights(), options: Fixture.options, centreOptions: Self.alone,
            keepingCentreLevels: false)
        let after = NetworkPlanner.propose(Self.requests, options: Fixture.options, centreOptions: Self.alone)
        let worseBefore = Self.worse(Self.requests, network: before, alone: Self.alone)
        let worseAfter = Self.worse(Self.requests, network: after, alone: Self.alone)
        #expect(worseAfter.count < worseBefore.count, "\(worseAfter) against \(worseBefore)")
        let missing = { (proposals: [WeekProposal]) in
            proposals.flatMap(\.unfilled).map { $0.need.target - $0.planned }.reduce(0, +)
        }
        #expect(missing(after) <= missing(before))
        #expect(after.allSatisfy { $0.feasible })
    }

    @Test func aNeedsPeopleUpToItsReferenceLevelWeighMoreThanTheRestUpToItsTarget() {
        let weights = PlannerWeights()
        let request = Fixture.request(Fixture.millas)
        let mapping = RosterMapping(request, weights: weights, levels: [0: 2])
        let first = request.needs[0]
        let blocks = mapping.blocks.indices.filter {
            mapping.blocks[$0].weekday == first.weekday && mapping.blocks[$0].start == first.start
        }
        let weightOf = { (tier: Int) in
            blocks.first { mapping.blocks[$0].tier == tier }.flatMap { type in
                mapping.problem.covers.first { $0.shift == type && $0.requirement > 0 }?.weightUnder
            }
        }
        #expect(weightOf(0) == weights.belowMinimum)
        #expect(weightOf(1) == weights.belowReference, "the second doctor, as the centre alone planned")
        #expect(weightOf(2) == nil, "nothing beyond the reference: it is the target")
        let plain = RosterMapping(request, weights: weights)
        #expect(plain.blocks.allSatisfy { $0.tier < 2 })
        #expect(!plain.problem.covers.contains { $0.weightUnder == weights.belowReference })
    }
}
