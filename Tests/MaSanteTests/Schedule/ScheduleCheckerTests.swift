import Foundation
import MaSante
import Testing

@Suite struct ScheduleCheckerTests {
    let week = Fixture.week

    /// Millas open 08:00–20:00 Monday to Friday and Saturday morning, covered by two doctors and
    /// two secretaries, each within 1 h of a 35-hour contract, with unscheduled care every day
    /// and home visits on Wednesday.
    var wellPlannedWeek: (shifts: [Shift], people: [PersonContext]) {
        let people = [
            Fixture.person(1, "Marie DURAND"), Fixture.person(2, "Jean PETIT"),
            Fixture.person(3, "Léa MARTIN", .secretaireMedical), Fixture.person(4, "Inès FABRE", .secretaireMedical),
        ]
        var shifts: [Shift] = []
        for (index, day) in week.days.prefix(5).enumerated() {
            shifts += [
                Fixture.shift(day, "08:00", "11:00", person: 1),
                Fixture.shift(day, "11:00", "14:00", .soinsNonProgrammes, person: 1),
                Fixture.shift(day, "14:00", "20:00", person: 2),
                Fixture.shift(day, "08:00", "14:00", .secretariat, person: 3),
                Fixture.shift(day, "14:00", "20:00", .secretariat, person: 4),
            ]
            if index == 2 { shifts.append(Fixture.shift(day, "08:00", "12:00", .visiteDomicile, person: 2)) }
            if index == 3 { shifts.append(Fixture.shift(day, "09:00", "13:00", .administratif, person: 4)) }
        }
        let saturday = week.days[5]
        shifts += [
            Fixture.shift(saturday, "08:00", "12:00", .soinsNonProgrammes, person: 1),
            Fixture.shift(saturday, "08:00", "12:00", .secretariat, person: 3),
        ]
        return (shifts, people)
    }

    @Test func aWellPlannedWeekHasNoFinding() {
        let (shifts, people) = wellPlannedWeek
        #expect(Fixture.check(shifts, people: people, centres: [Fixture.centre()]).map(\.message) == [])
    }

    @Test func findingsAreChronologicalAndCarryTheirRule() {
        var (shifts, people) = wellPlannedWeek
        // a Sunday consultation: closed, 7th day
        shifts.append(Fixture.shift(week.days[6], "08:00", "09:00", person: 1))
        let findings = Fixture.check(shifts, people: people, centres: [Fixture.centre()])
        #expect(findings.map(\.rule) == [.maxWorkingDays, .withinOpeningHours])
        #expect(
            findings.map(\.description) == [
                "bloquant : Marie DURAND : 7 jours travaillés dans la semaine 2026-W50, au-delà de 6 (L3132-1)",
                "avertissement : Marie DURAND : consultation le dimanche 13 décembre 2026 de 08:00 à 09:00 en dehors des heures d'ouverture de Millas (centre fermé ce jour-là)",
            ])
    }

    @Test func aShiftGivenTwiceCountsOnceAndUnknownPeopleAreStillChecked() {
        let shift = Fixture.shift(Fixture.dec(8), "07:00", "18:00", person: 99)
        let findings = Fixture.check([shift], history: [shift], people: []).filter(\.rule.isPersonRule)
        #expect(
            findings.map(\.message) == [
                "personne n° 99 : 11 h de travail le mardi 8 décembre 2026, au-delà de 10 h (L3121-18)",
                "personne n° 99 : 11 h de travail sans pause d'au moins 20 min le mardi 8 décembre 2026 de 07:00 à 18:00, une pause est due dès 6 h (L3121-16)",
            ])
    }
}
