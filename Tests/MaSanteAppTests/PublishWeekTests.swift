import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing

@Suite("Publishing a week and reading its history")
struct PublishWeekTests {
    @Test("a week with a blocking finding is not published and stays a draft")
    func blockingFindingRefusesPublication() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-06", "08:30", "12:30"))
            let before = try network.state()

            let refusal = try #require(throws: BlockingFindings.self) {
                try PublishWeek(network.session).run(centre: network.millas, week: PlanningNetwork.week)
            }
            #expect(!refusal.findings.isEmpty)
            #expect(try network.week().status == .brouillon)
            #expect(try network.state() == before)
        }
    }

    @Test("a published week tells its publication and each change with its reason, by names")
    func historyTellsEachChange() throws {
        try PlanningNetwork.with { network in
            try network.publishedMonday()
            #expect(try network.week().status == .publiee)
            let choice = ShiftChoice.day(
                centre: network.millas, person: "REY Arnaud", day: try CalendarDate.parse("2027-12-06"),
                start: nil)
            _ = try MoveShift(network.session).run(choice, .init(person: "DENIS Karim", reason: "Remplacement"))

            let history = try WeekHistory(network.session).run(centre: network.millas, week: PlanningNetwork.week)

            #expect(history.map(\.operation) == ["publication", "modification"])
            #expect(history[1].reason == "Remplacement")
            #expect(history[1].before?.personName == "Arnaud REY")
            #expect(history[1].after?.personName == "Karim DENIS")
        }
    }

    @Test("a week already published is not published again")
    func publishedWeekIsNotPublishedTwice() throws {
        try PlanningNetwork.with { network in
            try network.publishedMonday()
            let before = try network.state()
            #expect(throws: StoreError.self) {
                try PublishWeek(network.session).run(centre: network.millas, week: PlanningNetwork.week)
            }
            #expect(try network.state() == before)
        }
    }
}
