import Foundation
import MaSante
import Testing

/// 2026-W43 holds the end of summer time: Sunday 25 October 2026, 03:00 becomes 02:00.
@Suite struct DaylightSavingTests {
    let week = ISOWeek(year: 2026, week: 43)!
    let saturday = CalendarDate(year: 2026, month: 10, day: 24)!
    let sunday = CalendarDate(year: 2026, month: 10, day: 25)!

    @Test func aNightShiftOfNineClockHoursOverTheChangeIsTenHoursOfWork() {
        let ten = [Fixture.shift(saturday, "22:00", "07:00")]
        #expect(ten[0].duration == 10 * 3600)
        #expect(Fixture.findings(.dailyMaxHours, ten, week: week).isEmpty)
        let findings = Fixture.findings(.dailyMaxHours, [Fixture.shift(saturday, "22:00", "07:01")], week: week)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 10 h 01 de travail le samedi 24 octobre 2026, au-delà de 10 h (L3121-18)"
            ])
    }

    @Test func theRestAfterANightShiftCountsTheExtraHour() {
        let night = Fixture.shift(saturday, "22:00", "06:00")
        #expect(night.duration == 9 * 3600)
        #expect(Fixture.findings(.dailyRest, [night, Fixture.shift(sunday, "17:00", "20:00")], week: week).isEmpty)
        #expect(
            Fixture.findings(.dailyRest, [night, Fixture.shift(sunday, "16:59", "20:00")], week: week).map(\.message)
                == [
                    "Marie DURAND : 10 h 59 de repos seulement le dimanche 25 octobre 2026 de 06:00 à 16:59, moins de 11 h entre deux journées (L3131-1)"
                ])
    }

    @Test func theWeekAddsUpClockTime() {
        let days =
            week.days.prefix(5).map { Fixture.shift($0, "08:00", "16:00") } + [
                Fixture.shift(saturday, "20:00", "03:01")
            ]
        // 40 h plus 8 h 01 overnight (20:00 → 03:01 with the extra hour) is 48 h 01.
        #expect(
            Fixture.findings(.weeklyMax, days, week: week).map(\.message)
                == ["Marie DURAND : 48 h 01 de travail dans la semaine 2026-W43, au-delà de 48 h (L3121-20)"])
    }

    @Test func openingHoursOnTheDayOfTheChangeFollowTheClock() throws {
        let sundays = try OpeningHours(ranges: [.dimanche: OpeningHours.parseDay("01:00-05:00")])
        let centre = Fixture.centre(hours: sundays)
        #expect(centre.openIntervals(on: sunday).map(\.duration) == [5 * 3600])
        let inside = [Fixture.shift(sunday, "01:00", "05:00")]
        #expect(Fixture.findings(.withinOpeningHours, inside, week: week, centres: [centre]).isEmpty)
    }
}
