import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing
import WeekPlanner

@Suite("Proposing a centre's week")
struct ProposeWeekTests {
    /// What a proposal plans, comparable from one run to the next.
    static func planned(_ shifts: [Shift]) -> [String] {
        shifts.map {
            "\($0.personID) \($0.start.timeIntervalSince1970) \($0.end.timeIntervalSince1970) \($0.activity.rawValue)"
        }.sorted()
    }

    @Test("the preview writes nothing, and accepting the same seed's proposal writes exactly it")
    func previewAndAcceptAreTheSameProposal() throws {
        try PlanningNetwork.with { network in
            let propose = ProposeWeek(network.session)
            // The iteration budget, not the clock, ends the search (a loaded machine stops no sooner).
            let request = ProposeWeek.Request(centre: network.millas, week: PlanningNetwork.week, seconds: 120, seed: 7)
            let before = try network.state()

            let preview = try propose.run(request)
            #expect(try network.state() == before)
            #expect(!preview.result.shifts.isEmpty)

            let again = try propose.run(request)
            #expect(Self.planned(again.result.shifts) == Self.planned(preview.result.shifts))
            let saved = try #require(try propose.accept(again))
            #expect(saved.version == 1 && !saved.intoPublishedWeek)
            #expect(Self.planned(try network.shifts()) == Self.planned(preview.result.shifts))
        }
    }

    @Test("a proposal into a published week is refused and nothing is written")
    func publishedWeekRefusesAProposal() throws {
        try PlanningNetwork.with { network in
            try network.publishedMonday()
            let before = try network.state()

            let refusal = try #require(throws: PlanningRefusal.self) {
                try ProposeWeek(network.session).run(.init(centre: network.millas, week: PlanningNetwork.week))
            }
            #expect(refusal == .proposalIntoPublishedWeek(centre: network.millas.name, week: PlanningNetwork.week))
            #expect(refusal.description.hasPrefix("La semaine 2027-W49 de Centre de santé de Millas est publiée"))
            #expect(try network.state() == before)
        }
    }

    @Test("re-planning an absence turns the person's shifts of those days into absences and gives their work to others")
    func absenceIsReplanned() throws {
        try PlanningNetwork.with { network in
            try network.add(
                try network.record("REY Arnaud", "2027-12-07", "08:30", "12:30"),
                try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))
            let tuesday = try CalendarDate.parse("2027-12-07")
            let absence = ProposeWeek.Absence(person: "REY Arnaud", kind: .maladie, first: tuesday, last: tuesday)
            let propose = ProposeWeek(network.session)

            let proposal = try propose.run(.init(centre: network.millas, week: PlanningNetwork.week, absence: absence))
            #expect(proposal.absence?.replan.absent.map(\.day) == [tuesday])
            #expect(proposal.result.shifts.allSatisfy { $0.personID != proposal.absence?.person.id })
            _ = try propose.accept(proposal)

            let rey = try #require(try network.week().rows.first { $0.name == "Arnaud REY" })
            #expect(rey.shifts.map(\.activity) == [.maladie, .consultation])
        }
    }

    @Test("an absence on days the person does not work is refused and nothing is written")
    func absenceWithoutWorkIsRefused() throws {
        try PlanningNetwork.with { network in
            let tuesday = try CalendarDate.parse("2027-12-07")
            let absence = ProposeWeek.Absence(person: "REY Arnaud", kind: .conge, first: tuesday, last: tuesday)
            let before = try network.state()

            let refusal = try #require(throws: PlanningRefusal.self) {
                try ProposeWeek(network.session).run(
                    .init(centre: network.millas, week: PlanningNetwork.week, absence: absence))
            }
            guard case .nothingToReplan(let person, _, _, _) = refusal else { Issue.record("\(refusal)"); return }
            #expect(person.lastName == "REY")
            #expect(refusal.description.hasSuffix("rien à replanifier."))
            #expect(try network.state() == before)
        }
    }

    @Test("the explanation of an empty week names the needs left short")
    func explanationOfAnEmptyWeek() throws {
        try PlanningNetwork.with { network in
            let explained = try ExplainWeek(network.session).run(centre: network.millas, week: PlanningNetwork.week)
            #expect(explained.shifts.isEmpty)
            #expect(!explained.unfilled.isEmpty)
        }
    }
}
