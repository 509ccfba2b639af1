import Foundation
import MaSante
import Testing

@Suite struct CentreRulesTests {
    let week = Fixture.week
    let tuesday = Fixture.dec(8)
    static let secretary = Fixture.person(2, "Léa MARTIN", .secretaireMedical)
    static let nurse = Fixture.person(3, "Paul ROUX", .infirmier)
    let people = [Fixture.marie, secretary, nurse]

    /// Millas opens on Tuesdays only, 08:00–12:00 and 14:00–18:00.
    static let tuesdayOnly: CentreContext = {
        let hours = try! OpeningHours(ranges: [.mardi: OpeningHours.parseDay("08:00-12:00 14:00-18:00")])
        return Fixture.centre(hours: hours)
    }()

    func findings(_ rule: RuleID, _ shifts: [Shift], centre: CentreContext = tuesdayOnly) -> [Finding] {
        Fixture.findings(rule, shifts, people: people, centres: [centre])
    }

    @Test func consultationsInsideOpeningHoursPassAndOneMinuteBeforeFails() {
        #expect(
            findings(
                .withinOpeningHours,
                [
                    Fixture.shift(tuesday, "08:00", "12:00"),
                    Fixture.shift(tuesday, "14:00", "18:00", .soinsNonProgrammes),
                ]
            ).isEmpty)
        let early = findings(.withinOpeningHours, [Fixture.shift(tuesday, "07:59", "12:00")])
        #expect(
            early.map(\.message) == [
                "Marie DURAND : consultation le mardi 8 décembre 2026 de 07:59 à 12:00 en dehors des heures d'ouverture de Millas (hors ouverture : 07:59–08:00)"
            ])
        #expect(early.first?.severity == .avertissement)
        #expect(early.first?.personIDs == [Fixture.marieID])
        #expect(early.first?.centreID == Fixture.millas)
    }

    @Test func onlyPatientFacingActivitiesNeedTheCentreOpen() {
        #expect(
            findings(
                .withinOpeningHours,
                [
                    Fixture.shift(tuesday, "12:00", "14:00", .administratif),
                    Fixture.shift(tuesday, "07:00", "08:00", .secretariat),
                ]
            ).isEmpty)
        #expect(
            findings(.withinOpeningHours, [Fixture.shift(tuesday, "11:00", "15:00", .soinsNonProgrammes)]).map(
                \.message) == [
                    "Marie DURAND : soins non programmés le mardi 8 décembre 2026 de 11:00 à 15:00 en dehors des heures d'ouverture de Millas (hors ouverture : 12:00–14:00)"
                ])
        #expect(
            findings(.withinOpeningHours, [Fixture.shift(Fixture.dec(9), "08:00", "12:00")]).map(\.message) == [
                "Marie DURAND : consultation le mercredi 9 décembre 2026 de 08:00 à 12:00 en dehors des heures d'ouverture de Millas (centre fermé ce jour-là)"
            ])
    }

    @Test func aClosureDayClosesTheCentre() {
        var closed = Self.tuesdayOnly
        closed.closures = [tuesday]
        #expect(findings(.withinOpeningHours, [Fixture.shift(tuesday, "08:00", "12:00")], centre: closed).count == 1)
        #expect(findings(.doctorAndSecretaryPresent, [], centre: closed).isEmpty)
        #expect(findings(.unscheduledCareEachOpenDay, [], centre: closed).isEmpty)
        #expect(findings(.homeVisitsEachWeek, [], centre: closed).isEmpty)
    }

    /// A doctor and a secretary all Tuesday, unscheduled care in the morning.
    var covered: [Shift] {
        [
            Fixture.shift(tuesday, "08:00", "12:00", .soinsNonProgrammes), Fixture.shift(tuesday, "14:00", "18:00"),
            Fixture.shift(tuesday, "08:00", "18:00", .secretariat, person: 2),
        ]
    }

    @Test func aDoctorAndASecretaryThroughoutOpeningHoursPass() {
        #expect(findings(.doctorAndSecretaryPresent, covered).isEmpty)
        let twoDoctors = [
            Fixture.shift(tuesday, "08:00", "10:00"), Fixture.shift(tuesday, "10:00", "18:00", person: 4),
            Fixture.shift(tuesday, "08:00", "18:00", .secretariat, person: 2),
        ]
        let specialist = Fixture.person(4, "Jean PETIT", .medecinSpecialiste)
        #expect(
            Fixture.findings(
                .doctorAndSecretaryPresent, twoDoctors, people: people + [specialist], centres: [Self.tuesdayOnly]
            ).isEmpty)
    }

    @Test func eachUncoveredSpanIsReported() {
        let shifts = [
            Fixture.shift(tuesday, "08:00", "11:30"), Fixture.shift(tuesday, "14:00", "18:00"),
            Fixture.shift(tuesday, "08:00", "18:00", .secretariat, person: 2),
        ]
        let found = findings(.doctorAndSecretaryPresent, shifts)
        #expect(
            found.map(\.message) == [
                "Millas : aucun médecin présent le mardi 8 décembre 2026 de 11:30 à 12:00 alors que le centre est ouvert"
            ])
        #expect(found.first?.severity == .bloquant)
        #expect(found.first?.personIDs == [])
        #expect(
            found.first?.interval
                == DateInterval(start: Fixture.instant(tuesday, "11:30"), end: Fixture.instant(tuesday, "12:00")))
    }

    @Test func aDoctorOnAHomeVisitOrANurseIsNoDoctorAtTheCentre() {
        let shifts = [
            Fixture.shift(tuesday, "08:00", "12:00", .visiteDomicile),
            Fixture.shift(tuesday, "08:00", "18:00", .consultation, person: 3),
            Fixture.shift(tuesday, "14:00", "18:00"), Fixture.shift(tuesday, "08:00", "12:00", .secretariat, person: 2),
        ]
        #expect(
            findings(.doctorAndSecretaryPresent, shifts).map(\.message) == [
                "Millas : aucun médecin présent le mardi 8 décembre 2026 de 08:00 à 12:00 alors que le centre est ouvert",
                "Millas : aucun·e secrétaire présent le mardi 8 décembre 2026 de 14:00 à 18:00 alors que le centre est ouvert",
            ])
    }

    @Test func eachOpenDayNeedsUnscheduledCare() {
        #expect(findings(.unscheduledCareEachOpenDay, covered).isEmpty)
        let found = findings(.unscheduledCareEachOpenDay, [Fixture.shift(tuesday, "08:00", "12:00")])
        #expect(found.map(\.message) == ["Millas : aucun créneau de soins non programmés le mardi 8 décembre 2026"])
        #expect(found.first?.severity == .bloquant)
    }

    @Test func eachWeekNeedsAHomeVisit() {
        #expect(
            findings(.homeVisitsEachWeek, covered + [Fixture.shift(Fixture.dec(9), "09:00", "11:00", .visiteDomicile)])
                .isEmpty)
        let found = findings(
            .homeVisitsEachWeek, covered + [Fixture.shift(Fixture.dec(9), "09:00", "11:00", .visiteEHPAD)])
        #expect(found.map(\.message) == ["Millas : aucune visite à domicile planifiée dans la semaine 2026-W50"])
        #expect(found.first?.severity == .avertissement)
    }

    @Test func meetingTheAmplitudeTargetPassesEvenWithAMiddayClosure() throws {
        var ranges: [Weekday: [TimeRange]] = [:]
        for day in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] {
            ranges[day] = try OpeningHours.parseDay("07:30-12:30 14:00-20:00")
        }
        ranges[.samedi] = try OpeningHours.parseDay("08:00-12:00")
        #expect(
            findings(.openingAmplitude, [], centre: Fixture.centre(hours: try OpeningHours(ranges: ranges))).isEmpty)
        #expect(findings(.openingAmplitude, [], centre: Fixture.centre()).isEmpty)
        ranges[.vendredi] = try OpeningHours.parseDay("07:30-12:30 14:00-19:59")
        #expect(
            findings(.openingAmplitude, [], centre: Fixture.centre(hours: try OpeningHours(ranges: ranges))).map(
                \.message) == [
                    "Millas : amplitude d'ouverture en deçà de l'objectif (du lundi au vendredi 08:00–20:00, samedi 08:00–12:00) : vendredi 07:30–19:59"
                ])
    }

    @Test func aShorterOpeningIsReportedAgainstTheTarget() {
        let found = findings(.openingAmplitude, [])
        #expect(
            found.map(\.message) == [
                "Millas : amplitude d'ouverture en deçà de l'objectif (du lundi au vendredi 08:00–20:00, samedi 08:00–12:00) : "
                    + "lundi fermé, mardi 08:00–18:00, mercredi fermé, jeudi fermé, vendredi fermé, samedi fermé"
            ])
        #expect(found.first?.severity == .avertissement)
        #expect(found.first?.interval == week.interval)
    }
}
