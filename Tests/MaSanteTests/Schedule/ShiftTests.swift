import Foundation
import MaSante
import Testing

@Suite struct ShiftTests {
    let day = Fixture.dec(8)

    func make(
        _ day: CalendarDate, _ from: String, _ to: String, _ activity: Activity = .consultation, place: String? = nil
    ) throws(FieldError) -> Shift {
        try Shift(
            personID: 1, centreID: 1, day: day, from: Fixture.time(from), to: Fixture.time(to), activity: activity,
            place: place)
    }

    @Test func aDayShiftRunsBetweenItsTwoTimesInParis() throws {
        let shift = try make(day, "08:30", "12:30")
        #expect(shift.duration == 4 * 3600)
        #expect(shift.day == day)
        #expect(shift.start == Date(timeIntervalSince1970: 1_796_715_000)) // 2026-12-08T07:30:00Z (UTC+1 in winter)
    }

    @Test func anEndAtOrBeforeTheStartIsOnTheNextDay() throws {
        let night = try make(day, "22:00", "06:00")
        #expect(night.duration == 8 * 3600)
        #expect(night.day == day)
        #expect(night.end == Fixture.instant(Fixture.dec(9), "06:00"))
        let toMidnight = try make(day, "20:00", "24:00")
        #expect(toMidnight.end == Fixture.instant(Fixture.dec(9), "00:00"))
        #expect(try make(day, "20:00", "00:00").end == toMidnight.end)
    }

    @Test func aNightShiftOverTheAutumnChangeLastsNineHours() throws {
        let night = try make(Fixture.dec(24, month: 10), "22:00", "06:00")
        #expect(night.duration == 9 * 3600)
        let spring = try make(CalendarDate(year: 2026, month: 3, day: 28)!, "22:00", "06:00")
        #expect(spring.duration == 7 * 3600)
    }

    @Test func aTimeShownTwiceIsTheFirstOneAndASkippedTimeIsRefused() throws {
        let twice = try make(Fixture.dec(25, month: 10), "02:30", "04:00")
        #expect(twice.duration == 2.5 * 3600)
        #expect(
            throws: FieldError(
                "service invalide : 02:30 n'existe pas le dimanche 29 mars 2026 (passage à l'heure d'été)")
        ) {
            try make(CalendarDate(year: 2026, month: 3, day: 29)!, "02:30", "06:00")
        }
    }

    @Test func zeroMinutesIsRefused() {
        #expect(throws: FieldError("service invalide : un service ne peut pas durer 0 minute (début et fin à 08:00)")) {
            try make(day, "08:00", "08:00")
        }
        let instant = Fixture.instant(day, "08:00")
        #expect(throws: FieldError("service invalide : un service ne peut pas durer 0 minute")) {
            try Shift(personID: 1, centreID: 1, start: instant, end: instant, activity: .consultation)
        }
    }

    @Test func anEndBeforeTheStartIsRefused() {
        let start = Fixture.instant(day, "12:00"), end = Fixture.instant(day, "08:00")
        #expect(
            throws: FieldError(
                "service invalide : la fin (mardi 8 décembre 2026 à 08:00) précède le début (mardi 8 décembre 2026 à 12:00)"
            )
        ) {
            try Shift(personID: 1, centreID: 1, start: start, end: end, activity: .consultation)
        }
    }

    @Test func moreThanTwentyFourHoursIsRefusedAndTwentyFourPass() throws {
        let start = Fixture.instant(day, "08:00")
        #expect(
            try Shift(personID: 1, centreID: 1, start: start, end: start + 24 * 3600, activity: .formation).duration
                == 86_400)
        #expect(throws: FieldError("service invalide : 24 h 01, plus de 24 h")) {
            try Shift(personID: 1, centreID: 1, start: start, end: start + 24 * 3600 + 60, activity: .formation)
        }
        // 08:00 to 07:30 the next morning lasts 24 h 30 over the autumn change.
        #expect(throws: FieldError("service invalide : 24 h 30, plus de 24 h")) {
            try make(Fixture.dec(24, month: 10), "08:00", "07:30")
        }
    }

    @Test func aStartAtTwentyFourIsRefused() {
        #expect(throws: FieldError("service invalide : un service ne commence pas à 24:00, écrire 00:00 le lendemain"))
        {
            try make(day, "24:00", "06:00")
        }
    }

    @Test func anEHPADVisitNamesItsEHPAD() throws {
        #expect(throws: FieldError("service invalide : une visite en EHPAD doit nommer l'EHPAD (lieu)")) {
            try make(day, "14:00", "16:00", .visiteEHPAD, place: "  ")
        }
        #expect(try make(day, "14:00", "16:00", .visiteEHPAD, place: " Les Tilleuls ").place == "Les Tilleuls")
        #expect(try make(day, "14:00", "16:00", .visiteDomicile, place: "").place == nil)
    }

    @Test func aShiftRoundTripsThroughJSONAndDecodingChecksIt() throws {
        let shift = try make(day, "22:00", "06:00", .visiteEHPAD, place: "Les Tilleuls")
        let data = try JSONEncoder().encode(shift)
        #expect(try JSONDecoder().decode(Shift.self, from: data) == shift)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["end"] = object["start"]
        let broken = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Shift.self, from: broken) }
    }
}
