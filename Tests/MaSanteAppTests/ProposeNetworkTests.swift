import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing
import WeekPlanner

@Suite("Proposing several centres' week at once")
struct ProposeNetworkTests {
    @Test("Millas and Thuir in one proposal: REY planned legally across both, saved in both draft weeks at once")
    func twoCentresAreProposedTogetherAndSavedInOneGo() throws {
        try PlanningNetwork.with { network in
            let thuir = try PlanningQueries(network.session).centre(named: "thuir")
            let propose = ProposeNetwork(network.session)
            let request = ProposeNetwork.Request(
                centres: [network.millas, thuir, network.millas], week: PlanningNetwork.week, seconds: 120, seed: 3)
            let before = try network.state()

            let preview = try propose.run(request)
            #expect(try network.state() == before)
            #expect(preview.parts.map(\.centre.name) == [network.millas.name, thuir.name])
            #expect(!preview.stoppedByTime)
            let again = try propose.run(request)
            let key = { (proposal: ProposeNetwork.Proposal) in
                proposal.edit.additions.map { "\($0.shift.personID) \($0.shift.centreID) \($0.shift.start)" }.sorted()
            }
            #expect(key(again) == key(preview))

            let saved = try #require(try propose.accept(again))
            #expect(Set(saved.edit.weeks.map(\.centreID)) == [network.millas.id, thuir.id])
            #expect(saved.edit.weeks.allSatisfy { $0.status == .brouillon })
            // REY works in both: the checker, over both centres, finds nothing blocking about anyone.
            let millasWeek = try network.week()
            let thuirWeek = try ShowWeek(network.session).run(centre: thuir, week: PlanningNetwork.week)
            let personal = (millasWeek.findings + thuirWeek.findings).filter {
                $0.severity == .bloquant && !$0.personIDs.isEmpty
            }
            #expect(personal.isEmpty, "\(personal.map(\.message))")
            let rey = (millasWeek.rows + thuirWeek.rows).flatMap(\.shifts).filter {
                $0.personID == preview.names.first { $0.value.contains("REY") }?.key
            }
            #expect(rey.map(\.duration).reduce(0, +) <= 48 * 3600)
            // Explained per centre on the result.
            #expect(try ExplainWeek(network.session).run(centre: thuir, week: PlanningNetwork.week).shifts.isEmpty)
        }
    }

    @Test("the centre-by-centre reference is what proposing and accepting each centre in turn gives")
    func theCentreByCentreReferenceIsWhatAManagerGetsCentreAfterCentre() throws {
        try PlanningNetwork.with { network in
            let thuir = try PlanningQueries(network.session).centre(named: "thuir")
            let request = ProposeNetwork.Request(
                centres: [network.millas, thuir], week: PlanningNetwork.week, seconds: 120, seed: 3)
            let before = try network.state()
            let reference = try ProposeNetwork(network.session).centreByCentre(request)
            #expect(try network.state() == before)
            #expect(reference.map(\.centre.name) == [network.millas.name, thuir.name])
            let key = { (shifts: [Shift]) in
                shifts.map { "\($0.personID) \($0.centreID) \($0.start) \($0.end) \($0.activity)" }.sorted()
            }
            // `planning proposer` for Millas, accepted, then for Thuir, which sees REY's Millas shifts.
            for (index, centre) in [network.millas, thuir].enumerated() {
                let proposal = try ProposeWeek(network.session).run(
                    ProposeWeek.Request(centre: centre, week: PlanningNetwork.week, seconds: 120, seed: 3))
                #expect(key(proposal.result.shifts) == key(reference[index].result.shifts), "\(centre.name)")
                _ = try ProposeWeek(network.session).accept(proposal)
            }
        }
    }

    @Test("a named centre whose week is published is refused, and nothing is written")
    func aPublishedWeekAmongTheCentresIsRefused() throws {
        try PlanningNetwork.with { network in
            try network.publishedMonday()
            let thuir = try PlanningQueries(network.session).centre(named: "thuir")
            let before = try network.state()
            let refusal = try #require(throws: PlanningRefusal.self) {
                try ProposeNetwork(network.session).run(
                    .init(centres: [thuir, network.millas], week: PlanningNetwork.week))
            }
            #expect(refusal == .proposalIntoPublishedWeek(centre: network.millas.name, week: PlanningNetwork.week))
            #expect(try network.state() == before)
        }
    }
}
