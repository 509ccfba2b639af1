import Foundation
import MaSante
import Testing

@Suite struct ContractRulesTests {
    let week = Fixture.week
    let tuesday = Fixture.dec(8)

    /// Monday to Friday 08:00–15:00: 35 h.
    var thirtyFive: [Shift] { week.days.prefix(5).map { Fixture.shift($0, "08:00", "15:00") } }

    @Test func hoursWithinTheToleranceOfTheContractPass() {
        #expect(Fixture.findings(.contractHours, thirtyFive).isEmpty)
        #expect(Fixture.findings(.contractHours, thirtyFive + [Fixture.shift(week.days[5], "08:00", "09:00")]).isEmpty)
        #expect(
            Fixture.findings(
                .contractHours, Array(thirtyFive.dropLast()) + [Fixture.shift(week.days[4], "08:00", "14:00")]
            ).isEmpty)
    }

    @Test func overtimeIsAWarning() {
        let findings = Fixture.findings(.contractHours, thirtyFive + [Fixture.shift(week.days[5], "08:00", "09:01")])
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 36 h 01 planifiées dans la semaine 2026-W50 pour un contrat de 35 h : 1 h 01 de plus (heures supplémentaires)"
            ])
        #expect(findings.first?.severity == .avertissement)
    }

    @Test func unplannedHoursAreAWarning() {
        let short = Array(thirtyFive.dropLast()) + [Fixture.shift(week.days[4], "08:00", "13:59")]
        #expect(
            Fixture.findings(.contractHours, short).map(\.message) == [
                "Marie DURAND : 33 h 59 planifiées dans la semaine 2026-W50 pour un contrat de 35 h : 1 h 01 de moins (heures non planifiées)"
            ])
    }

    @Test func leaveCountsTowardTheContractAndPartTimeIsProrated() {
        let withLeave = Array(thirtyFive.dropLast()) + [Fixture.shift(week.days[4], "08:00", "15:00", .conge)]
        #expect(Fixture.findings(.contractHours, withLeave).isEmpty)
        let half = Fixture.person(hours: 17.5)
        let halfWeek = [Fixture.shift(week.days[0], "08:00", "17:00"), Fixture.shift(week.days[1], "08:00", "16:30")]
        #expect(Fixture.findings(.contractHours, halfWeek, people: [half]).isEmpty)
        #expect(
            Fixture.findings(.contractHours, [], people: [half]).map(\.message) == [
                "Marie DURAND : 0 h planifiées dans la semaine 2026-W50 pour un contrat de 17 h 30 : 17 h 30 de moins (heures non planifiées)"
            ])
    }

    @Test func shiftsOutsideTheContractAreBlocking() {
        var newcomer = Fixture.marie
        newcomer.contracts = [Fixture.contract(from: tuesday)]
        #expect(
            Fixture.findings(.withinContract, [Fixture.shift(tuesday, "08:00", "12:00")], people: [newcomer]).isEmpty)
        let findings = Fixture.findings(
            .withinContract, [Fixture.shift(Fixture.dec(7), "08:00", "12:00")], people: [newcomer])
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : consultation le lundi 7 décembre 2026 de 08:00 à 12:00 hors contrat (contrat du 08/12/2026)"
            ])
        #expect(findings.first?.severity == .bloquant)
    }

    @Test func aNightShiftPastTheContractsLastDayIsOutsideIt() {
        var leaving = Fixture.marie
        leaving.contracts = [Fixture.contract(from: Fixture.dec(1), to: tuesday)]
        #expect(
            Fixture.findings(.withinContract, [Fixture.shift(tuesday, "16:00", "24:00")], people: [leaving]).isEmpty)
        #expect(
            Fixture.findings(.withinContract, [Fixture.shift(tuesday, "22:00", "06:00")], people: [leaving]).count == 1)
        leaving.contracts = []
        #expect(
            Fixture.findings(.withinContract, [Fixture.shift(tuesday, "08:00", "12:00")], people: [leaving]).map(
                \.message) == [
                    "Marie DURAND : consultation le mardi 8 décembre 2026 de 08:00 à 12:00 hors contrat (aucun contrat)"
                ])
    }

    @Test func shiftsOutsideTheAssignmentAreBlocking() {
        let millasOnly = Fixture.person(centres: [Fixture.millas])
        #expect(
            Fixture.findings(.withinAssignment, [Fixture.shift(tuesday, "08:00", "12:00")], people: [millasOnly])
                .isEmpty)
        let elsewhere = [Fixture.shift(tuesday, "08:00", "12:00", .secretariat, centre: Fixture.salviac)]
        #expect(
            Fixture.findings(.withinAssignment, elsewhere, people: [millasOnly]).map(\.message) == [
                "Marie DURAND : secrétariat le mardi 8 décembre 2026 de 08:00 à 12:00 à Salviac sans affectation à ce centre à cette date"
            ])
        var ended = millasOnly
        ended.assignments = [CentreAssignment(centreID: Fixture.millas, start: Fixture.dec(1), end: Fixture.dec(7))]
        #expect(
            Fixture.findings(.withinAssignment, [Fixture.shift(Fixture.dec(7), "08:00", "12:00")], people: [ended])
                .isEmpty)
        #expect(
            Fixture.findings(.withinAssignment, [Fixture.shift(tuesday, "08:00", "12:00")], people: [ended]).count == 1)
    }

    @Test func overlappingShiftsInTwoCentresAreBlocking() {
        let shifts = [
            Fixture.shift(tuesday, "08:00", "12:00"),
            Fixture.shift(tuesday, "11:00", "14:00", .secretariat, centre: Fixture.salviac),
        ]
        let findings = Fixture.findings(.overlap, shifts)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : deux services se chevauchent le mardi 8 décembre 2026 de 11:00 à 12:00 (consultation à Millas ; secrétariat à Salviac)"
            ])
        #expect(findings.first?.severity == .bloquant)
        #expect(findings.first?.centreID == nil)
        #expect(findings.first?.interval == DateInterval(start: shifts[1].start, end: shifts[0].end))
    }

    @Test func touchingShiftsDoNotOverlapAndAnOverlapWithHistoryIsFound() {
        let touching = [Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "12:00", "14:00")]
        #expect(Fixture.findings(.overlap, touching).isEmpty)
        let sundayNight = Fixture.shift(Fixture.dec(6), "22:00", "06:00")
        #expect(
            Fixture.findings(.overlap, [Fixture.shift(Fixture.dec(7), "05:00", "12:00")], history: [sundayNight]).count
                == 1)
    }

    @Test func twoCentresCloserThanTheTravelBetweenTheirCommunesConflict() {
        let touching = [
            Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "12:00", "14:00", centre: Fixture.salviac),
        ]
        #expect(
            Fixture.findings(.overlap, touching).map(\.message) == [
                "Marie DURAND : 0 h seulement entre consultation à Millas et consultation à Salviac le mardi 8 décembre 2026 de 08:00 à 14:00 (trajet entre communes : 30 min)"
            ])
        let withTravel = [
            Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "12:30", "14:00", centre: Fixture.salviac),
        ]
        #expect(Fixture.findings(.overlap, withTravel).isEmpty)
    }

    @Test func aDayInTwoCentresAddsUp() {
        let shifts = [
            Fixture.shift(tuesday, "07:00", "13:00"), Fixture.shift(tuesday, "13:30", "18:31", centre: Fixture.salviac),
        ]
        let findings = Fixture.findings(.dailyMaxHours, shifts)
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 11 h 01 de travail le mardi 8 décembre 2026, au-delà de 10 h (L3121-18)"
            ])
        #expect(findings.first?.centreID == nil)
    }
}
