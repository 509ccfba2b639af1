import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing

@Suite("Copying a week or a template")
struct CopyWeekTests {
    static let nextWeek = PlanningNetwork.week.next

    @Test("a copied week has the same people on the same weekdays at the same times")
    func copiedWeekRepeatsTheSource() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))

            let outcome = try CopyWeek(network.session).run(
                centre: network.millas, from: .week(PlanningNetwork.week),
                to: Self.nextWeek, replace: false)

            #expect(outcome.edit.added == 1 && outcome.skipped.isEmpty)
            let copied = try ShowWeek(network.session).run(centre: network.millas, week: Self.nextWeek)
            let shift = try #require(copied.rows.flatMap(\.shifts).first)
            #expect(shift.day == (try CalendarDate.parse("2027-12-15")))
            #expect("\(shift.startTime)–\(shift.endTime)" == "08:30–12:30")
        }
    }

    @Test("a copy onto a week that has shifts is refused without replace and writes nothing")
    func copyOntoAPlannedWeekIsRefused() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))
            let before = try network.state()

            #expect(throws: StoreError.self) {
                try CopyWeek(network.session).run(
                    centre: network.millas, from: .week(Self.nextWeek), to: PlanningNetwork.week,
                    replace: false)
            }
            #expect(try network.state() == before)
        }
    }

    @Test("a saved template is listed with its shifts and plans another week")
    func templateIsSavedListedAndCopied() throws {
        try PlanningNetwork.with { network in
            try network.add(
                try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"),
                try network.record("DELPECH Clara", "2027-12-08", "08:30", "12:30", .secretariat))
            let templates = WeekTemplates(network.session)

            #expect(try templates.save(centre: network.millas, week: PlanningNetwork.week, name: "Semaine type") == 2)
            #expect(try templates.list(centre: network.millas) == [.init(name: "Semaine type", shifts: 2)])

            let outcome = try CopyWeek(network.session).run(
                centre: network.millas, from: .template("Semaine type"),
                to: Self.nextWeek, replace: false)
            #expect(outcome.edit.added == 2)
        }
    }

    @Test("a template of an unknown name is refused and nothing is written")
    func unknownTemplateWritesNothing() throws {
        try PlanningNetwork.with { network in
            let before = try network.state()
            #expect(throws: StoreError.self) {
                try CopyWeek(network.session).run(
                    centre: network.millas, from: .template("Inconnu"), to: Self.nextWeek, replace: false)
            }
            #expect(try network.state() == before)
        }
    }
}
