import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing

@Suite("Finding a centre, a slot's takers and a calendar")
struct PlanningReadsTests {
    @Test("a login that runs no centre is asked to name one, and a part of a name finds it")
    func centreIsNamedOrChosen() throws {
        try PlanningNetwork.with { network in
            let centres = MyCentres(network.session)
            let managed = try centres.list()
            #expect(managed.isEmpty)
            #expect(throws: PlanningRefusal.centreToChoose(managed: [])) { try centres.centre(named: nil) }
            let thuir = try centres.centre(named: "THUIR")
            #expect(thuir.name == "Centre de santé de Thuir")
        }
    }

    @Test("the centre's doctors are the candidates for a consultation, and nothing is written")
    func doctorsCanTakeAConsultation() throws {
        try PlanningNetwork.with { network in
            try network.publishable()
            let before = try network.state()
            let slot = try CandidateSlot(
                centreID: 0, day: try CalendarDate.parse("2027-12-08"), from: try TimeOfDay.parse("14:00"),
                to: try TimeOfDay.parse("18:00"), activity: .consultation, place: nil)

            let suggestion = try SuggestSlotTakers(network.session).run(centre: network.millas, slot: slot)

            #expect(Set(suggestion.candidates.map(\.person.name)) == ["Arnaud REY", "Karim DENIS"])
            #expect(suggestion.anyonePossible)
            #expect(try network.state() == before)
        }
    }

    @Test("a person's calendar holds draft shifts only when asked to")
    func calendarLeavesDraftsOut() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))
            let calendar = CalendarShifts(network.session)
            let period = PlanningNetwork.week.interval

            #expect(try calendar.run(.person("REY Arnaud"), in: period, includeDrafts: false).shifts.isEmpty)
            let drafts = try calendar.run(.person("REY Arnaud"), in: period, includeDrafts: true)
            #expect(drafts.ownerName == "Arnaud REY" && drafts.isPersonal)
            #expect(drafts.shifts.map(\.centreName) == [network.millas.name])
            #expect(try calendar.run(.centre(network.millas), in: period, includeDrafts: true).shifts.count == 1)
        }
    }
}
