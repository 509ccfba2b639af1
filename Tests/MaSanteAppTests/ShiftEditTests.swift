import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing

@Suite("Adding, moving and deleting a shift")
struct ShiftEditTests {
    @Test("an added shift is in the week, which counts a version and shows its findings")
    func addedShiftIsInTheWeek() throws {
        try PlanningNetwork.with { network in
            let outcome = try AddShift(network.session).run(
                try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))

            #expect(outcome.edit.added == 1)
            let week = try #require(outcome.edit.weeks.first)
            #expect(week.version == 1 && week.status == .brouillon)
            #expect(week.findings.map(\.message) == (try network.week().findings.map(\.message)))
            #expect(try network.shifts().map(\.day) == [try CalendarDate.parse("2027-12-08")])
        }
    }

    @Test("a shift refused by a check writes nothing")
    func refusedShiftWritesNothing() throws {
        try PlanningNetwork.with { network in
            let before = try network.state()
            let rejected = try #require(throws: ImportRejected.self) {
                try AddShift(network.session).run(try network.record("INCONNU Jean", "2027-12-08", "08:30", "12:30"))
            }
            #expect(rejected.issues.map(\.column) == ["personne"])
            #expect(try network.state() == before)
        }
    }

    @Test("a moved shift keeps its id and takes the new day, keeping its length")
    func movedShiftKeepsItsID() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))
            let id = try #require(try network.shifts().first?.id)

            let outcome = try MoveShift(network.session).run(
                .id(id), .init(day: try CalendarDate.parse("2027-12-10"), start: try TimeOfDay.parse("14:00")))

            #expect(outcome.before.shift.day == (try CalendarDate.parse("2027-12-08")))
            #expect(outcome.personName == "Arnaud REY")
            #expect(outcome.edit.moved == 1)
            let shift = try #require(try network.shifts().first)
            #expect(shift.id == id)
            #expect(shift.day == (try CalendarDate.parse("2027-12-10")))
            #expect("\(shift.startTime)–\(shift.endTime)" == "14:00–18:00")
        }
    }

    @Test("a move to another person names them in the outcome")
    func moveToAnotherPerson() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))
            let choice = ShiftChoice.day(
                centre: network.millas, person: "REY Arnaud", day: try CalendarDate.parse("2027-12-08"),
                start: nil)

            let outcome = try MoveShift(network.session).run(choice, .init(person: "DENIS Karim"))

            #expect(outcome.personName == "Karim DENIS")
            #expect(try network.week().rows.filter { !$0.shifts.isEmpty }.map(\.name) == ["Karim DENIS"])
        }
    }

    @Test("a move in a published week without a reason is refused and the shift stays where it was")
    func moveInPublishedWeekNeedsAReason() throws {
        try PlanningNetwork.with { network in
            try network.publishedMonday()
            let before = try network.state()
            let choice = ShiftChoice.day(
                centre: network.millas, person: "REY Arnaud", day: try CalendarDate.parse("2027-12-06"),
                start: try TimeOfDay.parse("08:30"))

            #expect(throws: StoreError.self) {
                try MoveShift(network.session).run(choice, .init(start: try TimeOfDay.parse("09:00")))
            }
            #expect(try network.state() == before)

            let moved = try MoveShift(network.session).run(
                choice, .init(start: try TimeOfDay.parse("09:00"), reason: "Réunion"))
            #expect(moved.edit.weeks.first?.status == .publiee)
        }
    }

    @Test("new hours that make no shift are refused and nothing is written")
    func impossibleHoursWriteNothing() throws {
        try PlanningNetwork.with { network in
            try network.add(try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"))
            let id = try #require(try network.shifts().first?.id)
            let before = try network.state()

            #expect(throws: FieldError.self) {
                try MoveShift(network.session).run(
                    .id(id), .init(start: try TimeOfDay.parse("10:00"), end: try TimeOfDay.parse("10:00")))
            }
            #expect(try network.state() == before)
        }
    }

    @Test("deleting a person's day removes each of their shifts that day, and only those")
    func deletingADayRemovesItsShifts() throws {
        try PlanningNetwork.with { network in
            try network.add(
                try network.record("REY Arnaud", "2027-12-08", "08:30", "12:30"),
                try network.record("REY Arnaud", "2027-12-08", "13:30", "17:30"),
                try network.record("REY Arnaud", "2027-12-09", "08:30", "12:30"))
            let choice = ShiftChoice.day(
                centre: network.millas, person: "REY Arnaud", day: try CalendarDate.parse("2027-12-08"),
                start: nil)

            let outcome = try DeleteShifts(network.session).run(choice)

            #expect(outcome.removed == 2)
            #expect(try network.shifts().map(\.day) == [try CalendarDate.parse("2027-12-09")])
        }
    }

    @Test("a day without the person's shift is said, not silently deleted")
    func deletingAnEmptyDayIsNotFound() throws {
        try PlanningNetwork.with { network in
            let choice = ShiftChoice.day(
                centre: network.millas, person: "REY Arnaud", day: try CalendarDate.parse("2027-12-08"),
                start: nil)
            let error = try #require(throws: StoreError.self) { try DeleteShifts(network.session).run(choice) }
            #expect("\(error)".contains("aucun service de REY Arnaud"), "\(error)")
        }
    }

    @Test("a deletion in a published week without a reason deletes nothing")
    func deletionInPublishedWeekNeedsAReason() throws {
        try PlanningNetwork.with { network in
            try network.publishedMonday()
            let before = try network.state()
            let choice = ShiftChoice.day(
                centre: network.millas, person: "REY Arnaud", day: try CalendarDate.parse("2027-12-06"),
                start: nil)

            #expect(throws: StoreError.self) { try DeleteShifts(network.session).run(choice) }
            #expect(try network.state() == before)
        }
    }

    @Test("a planning file with one bad line writes none of its lines")
    func planningFileIsAllOrNothing() throws {
        try PlanningNetwork.with { network in
            let before = try network.state()
            let reader = try PlanningNetwork.csv(
                "centre;personne;jour;debut;fin;activite;lieu",
                "Centre de santé de Millas;REY Arnaud;2027-12-08;08:30;12:30;consultation;",
                "Centre de santé de Millas;INCONNU Jean;2027-12-08;08:30;12:30;consultation;")

            let rejected = try #require(throws: ImportRejected.self) {
                try ImportPlanningFile(network.session).run(reader, replace: false)
            }
            #expect(rejected.issues.map(\.line) == [3])
            #expect(try network.state() == before)
        }
    }
}
