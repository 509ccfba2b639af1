import Foundation
import MaSante
import Testing

@Suite struct DailyLimitRulesTests {
    let tuesday = Fixture.dec(8)

    @Test func tenHoursOfWorkPassAndTenHoursOneMinuteFail() {
        let ten = [Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "13:00", "19:00")]
        #expect(Fixture.findings(.dailyMaxHours, ten).isEmpty)
        let over = [Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "13:00", "19:01")]
        let findings = Fixture.findings(.dailyMaxHours, over)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 10 h 01 de travail le mardi 8 décembre 2026, au-delà de 10 h (L3121-18)"
            ])
        #expect(findings.first?.severity == .bloquant)
        #expect(findings.first?.personIDs == [Fixture.marieID])
        #expect(findings.first?.centreID == Fixture.millas)
        #expect(findings.first?.interval == DateInterval(start: over[0].start, end: over[1].end))
    }

    @Test func theMessageReadsAsTheManagerExpects() {
        let shifts = [Fixture.shift(tuesday, "07:00", "12:00"), Fixture.shift(tuesday, "12:30", "19:00")]
        #expect(
            Fixture.findings(.dailyMaxHours, shifts).map(\.message)
                == ["Marie DURAND : 11 h 30 de travail le mardi 8 décembre 2026, au-delà de 10 h (L3121-18)"])
    }

    @Test func absencesAreNotWork() {
        let shifts = [Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "12:00", "19:00", .conge)]
        #expect(Fixture.findings(.dailyMaxHours, shifts).isEmpty)
        let training = [Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "12:00", "19:00", .formation)]
        #expect(Fixture.findings(.dailyMaxHours, training).count == 1)
    }

    @Test func aShiftCrossingMidnightCountsWholeToTheDayItStarts() {
        let shifts = [
            Fixture.shift(tuesday, "13:00", "17:00"), Fixture.shift(tuesday, "19:00", "02:01"),
            Fixture.shift(Fixture.dec(9), "13:00", "17:00"),
        ]
        let findings = Fixture.findings(.dailyMaxHours, shifts)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 11 h 01 de travail le mardi 8 décembre 2026, au-delà de 10 h (L3121-18)"
            ])
        #expect(findings.first?.interval.end == Fixture.instant(Fixture.dec(9), "02:01"))
    }

    @Test func aTwelveHourSpanPassesAndOneMinuteMoreFails() {
        let twelve = [Fixture.shift(tuesday, "07:00", "09:00"), Fixture.shift(tuesday, "17:00", "19:00")]
        #expect(Fixture.findings(.dailySpan, twelve).isEmpty)
        let over = [Fixture.shift(tuesday, "07:00", "09:00"), Fixture.shift(tuesday, "17:00", "19:01")]
        #expect(
            Fixture.findings(.dailySpan, over).map(\.message) == [
                "Marie DURAND : journée de travail de 12 h 01 le mardi 8 décembre 2026 de 07:00 à 19:01, au-delà de 12 h d'amplitude (décret 2000-815, art. 3)"
            ])
    }

    @Test func sixHoursWithoutABreakPassAndSixHoursOneMinuteFail() {
        #expect(Fixture.findings(.breakAfterSixHours, [Fixture.shift(tuesday, "08:00", "14:00")]).isEmpty)
        #expect(
            Fixture.findings(.breakAfterSixHours, [Fixture.shift(tuesday, "08:00", "14:01")]).map(\.message) == [
                "Marie DURAND : 6 h 01 de travail sans pause d'au moins 20 min le mardi 8 décembre 2026 de 08:00 à 14:01, une pause est due dès 6 h (L3121-16)"
            ])
    }

    @Test func aGapShorterThanTwentyMinutesIsNoBreakButTwentyMinutesIs() {
        let shortGap = [
            Fixture.shift(tuesday, "08:00", "11:00"), Fixture.shift(tuesday, "11:19", "14:20", .administratif),
        ]
        #expect(Fixture.findings(.breakAfterSixHours, shortGap).count == 1)
        let twenty = [Fixture.shift(tuesday, "08:00", "11:00"), Fixture.shift(tuesday, "11:20", "17:20")]
        #expect(Fixture.findings(.breakAfterSixHours, twenty).isEmpty)
        let acrossMidnight = [
            Fixture.shift(tuesday, "21:00", "00:00"), Fixture.shift(Fixture.dec(9), "00:10", "03:11"),
        ]
        #expect(Fixture.findings(.breakAfterSixHours, acrossMidnight).count == 1)
    }

    let halfTime = Fixture.person(hours: 17.5)

    @Test func partTimeMayBeInterruptedOnceForTwoHours() {
        let once = [Fixture.shift(tuesday, "08:00", "10:00"), Fixture.shift(tuesday, "12:00", "14:00")]
        #expect(Fixture.findings(.partTimeInterruption, once, people: [halfTime]).isEmpty)
        let longer = [Fixture.shift(tuesday, "08:00", "10:00"), Fixture.shift(tuesday, "12:01", "14:00")]
        #expect(
            Fixture.findings(.partTimeInterruption, longer, people: [halfTime]).map(\.message) == [
                "Marie DURAND : temps partiel interrompu 1 fois le mardi 8 décembre 2026 (10:00–12:01, 2 h 01) ; au plus 1 interruption par jour, de 2 h au plus (L3123-30)"
            ])
    }

    @Test func partTimeMayNotBeInterruptedTwiceButABreakIsNoInterruption() {
        let twice = [
            Fixture.shift(tuesday, "08:00", "09:00"), Fixture.shift(tuesday, "10:00", "11:00"),
            Fixture.shift(tuesday, "12:00", "13:00"),
        ]
        #expect(Fixture.findings(.partTimeInterruption, twice, people: [halfTime]).count == 1)
        #expect(Fixture.findings(.partTimeInterruption, twice, people: [Fixture.marie]).isEmpty)
        let withBreak = [
            Fixture.shift(tuesday, "08:00", "09:00"), Fixture.shift(tuesday, "09:20", "11:00"),
            Fixture.shift(tuesday, "12:00", "13:00"),
        ]
        #expect(Fixture.findings(.partTimeInterruption, withBreak, people: [halfTime]).isEmpty)
    }
}
