import Foundation
import MaSante
import Testing

@Suite struct WeeklyLimitRulesTests {
    let week = Fixture.week

    /// Monday to Saturday, 8 h a day: 48 h on six days.
    var sixDays: [Shift] { week.days.prefix(6).map { Fixture.shift($0, "08:00", "16:00") } }

    @Test func fortyEightHoursPassAndOneMinuteMoreFails() {
        #expect(Fixture.findings(.weeklyMax, sixDays).isEmpty)
        let over = sixDays + [Fixture.shift(week.days[6], "08:00", "08:01")]
        let findings = Fixture.findings(.weeklyMax, over)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 48 h 01 de travail dans la semaine 2026-W50, au-delà de 48 h (L3121-20)"
            ])
        #expect(findings.first?.interval == week.interval)
    }

    @Test func workInTwoCentresAddsUp() {
        let split =
            week.days.prefix(6).enumerated().map { index, day in
                Fixture.shift(day, "08:00", "16:00", centre: index < 3 ? Fixture.millas : Fixture.salviac)
            } + [Fixture.shift(week.days[6], "08:00", "09:00", centre: Fixture.salviac)]
        let findings = Fixture.findings(.weeklyMax, split)
        #expect(findings.count == 1)
        #expect(findings.first?.centreID == nil)
    }

    @Test func sixWorkingDaysPassAndSevenFail() {
        #expect(Fixture.findings(.maxWorkingDays, sixDays).isEmpty)
        let seven = week.days.map { Fixture.shift($0, "08:00", "12:00") }
        #expect(
            Fixture.findings(.maxWorkingDays, seven).map(\.message)
                == ["Marie DURAND : 7 jours travaillés dans la semaine 2026-W50, au-delà de 6 (L3132-1)"])
        let sundayLeave =
            week.days.prefix(6).map { Fixture.shift($0, "08:00", "12:00") } + [
                Fixture.shift(week.days[6], "08:00", "12:00", .conge)
            ]
        #expect(Fixture.findings(.maxWorkingDays, sundayLeave).isEmpty)
    }

    /// 44 h: Monday to Friday 8 h, Saturday 4 h.
    func fortyFour(_ week: ISOWeek) -> [Shift] {
        week.days.prefix(5).map { Fixture.shift($0, "08:00", "16:00") } + [
            Fixture.shift(week.days[5], "08:00", "12:00")
        ]
    }

    var elevenWeeksOfFortyFour: [Shift] { (1...11).flatMap { fortyFour(week.adding(weeks: -$0)) } }

    @Test func anAverageOfFortyFourHoursOverTwelveWeeksPasses() {
        #expect(Fixture.findings(.twelveWeekAverage, fortyFour(week), history: elevenWeeksOfFortyFour).isEmpty)
    }

    @Test func oneMinuteMoreOnAverageFails() {
        let shifts = fortyFour(week) + [Fixture.shift(week.days[6], "08:00", "08:12")] // 12 min more: 1 min a week
        let findings = Fixture.findings(.twelveWeekAverage, shifts, history: elevenWeeksOfFortyFour)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 44 h 01 de travail en moyenne sur les 12 semaines de 2026-W39 à 2026-W50, au-delà de 44 h (L3121-22)"
            ])
        #expect(findings.first?.interval == DateInterval(start: week.adding(weeks: -11).start, end: week.end))
    }

    @Test func withoutHistoryEarlierWeeksCountAsNothing() {
        #expect(Fixture.findings(.twelveWeekAverage, sixDays).isEmpty)
        let olderThanTwelveWeeks = (12...14).flatMap { fortyFour(week.adding(weeks: -$0)) }
        let heavy = (1...11).flatMap { w in
            week.adding(weeks: -w).days.prefix(6).map { Fixture.shift($0, "08:00", "16:00") }
        }
        #expect(Fixture.findings(.twelveWeekAverage, fortyFour(week), history: heavy).count == 1)
        #expect(Fixture.findings(.twelveWeekAverage, fortyFour(week), history: olderThanTwelveWeeks).isEmpty)
    }
}
