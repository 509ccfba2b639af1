import Foundation
import MaSante
import Testing

@Suite struct RestRulesTests {
    let week = Fixture.week
    let monday = Fixture.dec(7), tuesday = Fixture.dec(8)

    @Test func elevenHoursOfRestPassAndTenHoursFiftyNineFail() {
        let eleven = [Fixture.shift(monday, "12:00", "20:00"), Fixture.shift(tuesday, "07:00", "12:00")]
        #expect(Fixture.findings(.dailyRest, eleven).isEmpty)
        let short = [Fixture.shift(monday, "12:00", "20:01"), Fixture.shift(tuesday, "07:00", "12:00")]
        let findings = Fixture.findings(.dailyRest, short)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 10 h 59 de repos seulement du lundi 7 décembre 2026 à 20:01 au mardi 8 décembre 2026 à 07:00, moins de 11 h entre deux journées (L3131-1)"
            ])
        #expect(findings.first?.interval == DateInterval(start: short[0].end, end: short[1].start))
    }

    @Test func theRestFromSundayNightIntoMondayIsCheckedWithMondaysWeek() {
        let sunday = Fixture.shift(Fixture.dec(6), "14:00", "22:00") // 2026-W49, given as history
        let mondayMorning = Fixture.shift(monday, "08:00", "12:00")
        let findings = Fixture.findings(.dailyRest, [mondayMorning], history: [sunday])
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 10 h de repos seulement du dimanche 6 décembre 2026 à 22:00 au lundi 7 décembre 2026 à 08:00, moins de 11 h entre deux journées (L3131-1)"
            ])
        #expect(Fixture.findings(.dailyRest, [Fixture.shift(monday, "09:00", "12:00")], history: [sunday]).isEmpty)
        // The previous week's own check does not report it: Monday lies in the next week.
        #expect(Fixture.findings(.dailyRest, [sunday], history: [mondayMorning], week: week.previous).isEmpty)
    }

    @Test func aNightShiftLeavesItsRestAfterItsEnd() {
        let night = Fixture.shift(monday, "22:00", "06:00")
        #expect(Fixture.findings(.dailyRest, [night, Fixture.shift(tuesday, "17:00", "20:00")]).isEmpty)
        #expect(Fixture.findings(.dailyRest, [night, Fixture.shift(tuesday, "16:59", "20:00")]).count == 1)
    }

    /// Monday to Thursday 08:00–16:00, Friday 08:00–17:00, then work again on Sunday morning and
    /// the next Monday (2026-W51, known as history).
    func weekWithSundayMorning(from start: String) -> (shifts: [Shift], history: [Shift]) {
        let shifts =
            week.days.prefix(4).map { Fixture.shift($0, "08:00", "16:00") }
            + [Fixture.shift(week.days[4], "08:00", "17:00"), Fixture.shift(week.days[6], start, "10:00")]
        let history = [
            Fixture.shift(week.next.days[0], "06:00", "12:00"), Fixture.shift(Fixture.dec(6), "10:00", "20:00"),
        ]
        return (shifts, history)
    }

    @Test func thirtyFiveHoursOfWeeklyRestPass() {
        let (shifts, history) = weekWithSundayMorning(from: "04:00")
        #expect(Fixture.findings(.weeklyRest, shifts, history: history).isEmpty)
    }

    @Test func thirtyFourHoursFiftyNineOfWeeklyRestFail() {
        let (shifts, history) = weekWithSundayMorning(from: "03:59")
        let findings = Fixture.findings(.weeklyRest, shifts, history: history)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : aucun repos de 35 h consécutives dans la semaine 2026-W50 ; le plus long dure 34 h 59, du vendredi 11 décembre 2026 à 17:00 au dimanche 13 décembre 2026 à 03:59 (L3132-2)"
            ])
        #expect(findings.first?.interval == week.interval)
    }

    @Test func aWeeklyRestSpanningTheWeeksBoundaryCountsForTheWeekItStarts() {
        let shifts = week.days.prefix(6).map { Fixture.shift($0, "08:00", "18:00") }
        let nextMonday = Fixture.shift(week.next.days[0], "05:00", "12:00") // Saturday 18:00 → Monday 05:00: 35 h
        #expect(Fixture.findings(.weeklyRest, shifts, history: [nextMonday]).isEmpty)
        let earlier = Fixture.shift(week.next.days[0], "04:59", "12:00")
        #expect(Fixture.findings(.weeklyRest, shifts, history: [earlier]).count == 1)
        // That rest started in 2026-W50: 2026-W51 needs its own.
        let w51 =
            week.next.days.prefix(6).map { Fixture.shift($0, "05:00", "12:00") } + [
                Fixture.shift(week.next.days[6], "05:00", "12:00")
            ]
        let w52 = Fixture.shift(week.next.next.days[0], "05:00", "12:00")
        #expect(Fixture.findings(.weeklyRest, w51, history: shifts + [w52], week: week.next).count == 1)
    }

    @Test func aWeekMostlyOffHasItsWeeklyRest() {
        let thursdayToSunday = week.days.suffix(4).map { Fixture.shift($0, "08:00", "12:00") }
        let previous =
            week.previous.days.map { Fixture.shift($0, "08:00", "12:00") } + [
                Fixture.shift(week.next.days[0], "08:00", "12:00")
            ]
        #expect(Fixture.findings(.weeklyRest, thursdayToSunday, history: previous).isEmpty)
    }
}
