import Foundation
import MaSante
import Testing

@Suite struct ShiftMoveTests {
    func morning() throws -> Shift {
        try Shift(
            personID: 1, centreID: 7, day: Fixture.dec(8), from: Fixture.time("08:30"), to: Fixture.time("12:30"),
            activity: .visiteEHPAD, place: "Les Tilleuls")
    }

    @Test func aMovedShiftKeepsItsIdCentreActivityAndPlace() throws {
        let shift = try morning()
        let moved = try shift.moved(toDay: Fixture.dec(10), person: 2)
        #expect(moved.id == shift.id)
        #expect(moved.centreID == 7 && moved.activity == .visiteEHPAD && moved.place == "Les Tilleuls")
        #expect(moved.personID == 2)
        #expect(moved.start == Fixture.instant(Fixture.dec(10), "08:30"))
        #expect(moved.end == Fixture.instant(Fixture.dec(10), "12:30"))
    }

    @Test func aNewStartWithoutANewEndKeepsTheLength() throws {
        let moved = try morning().moved(from: Fixture.time("14:00"))
        #expect(moved.start == Fixture.instant(Fixture.dec(8), "14:00"))
        #expect(moved.end == Fixture.instant(Fixture.dec(8), "18:00"))
    }

    @Test func aNewEndAloneShortensOrLengthensTheShift() throws {
        let moved = try morning().moved(to: Fixture.time("11:00"))
        #expect(moved.start == Fixture.instant(Fixture.dec(8), "08:30"))
        #expect(moved.duration == 2.5 * 3600)
        let night = try morning().moved(from: Fixture.time("22:00"), to: Fixture.time("06:00"))
        #expect(night.end == Fixture.instant(Fixture.dec(9), "06:00"))
    }

    @Test func aMoveToATimeTheClocksSkipIsRefusedInFrench() {
        #expect(
            throws: FieldError(
                "service invalide : 02:30 n'existe pas le dimanche 29 mars 2026 (passage à l'heure d'été)")
        ) {
            try morning().moved(toDay: Fixture.dec(29, month: 3), from: Fixture.time("02:30"))
        }
    }
}
