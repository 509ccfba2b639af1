import Foundation
import MaSante
import Testing

@Suite struct LongAbsenceTests {
    let week = Fixture.week
    let tuesday = Fixture.dec(8)

    func absent(
        from first: CalendarDate, to last: CalendarDate?, _ kind: LongAbsenceKind = .maternite
    )
        -> PersonContext
    {
        var person = Fixture.marie
        person.longAbsences = [LongAbsence(kind: kind, start: first, end: last)]
        return person
    }

    @Test func kindsReadTheirCodeOrFrenchNameAndAnUnknownOneListsTheValidValues() throws {
        #expect(try LongAbsenceKind.parse("Congé maternité") == .maternite)
        #expect(try LongAbsenceKind.parse("MALADIE_LONGUE") == .maladieLongue)
        #expect(try LongAbsenceKind.parse("mise à disposition") == .detachement)
        #expect(throws: FieldError.self) { try LongAbsenceKind.parse("vacances") }
        do {
            _ = try LongAbsenceKind.parse("vacances")
        } catch {
            #expect(
                error.message
                    == "type d'absence longue inconnu « vacances » : valeurs possibles maternite, paternite, parental, maladie_longue, sans_solde, detachement"
            )
        }
    }

    @Test func anAbsenceCoversItsDaysBothEndsIncludedAndAnOpenOneRunsOn() {
        let leave = LongAbsence(kind: .parental, start: Fixture.dec(7), end: Fixture.dec(9))
        #expect(!leave.covers(Fixture.dec(6)) && leave.covers(Fixture.dec(7)) && leave.covers(Fixture.dec(9)))
        #expect(!leave.covers(Fixture.dec(10)))
        #expect(leave.period == "du 07/12/2026 au 09/12/2026")
        let open = LongAbsence(kind: .maladieLongue, start: Fixture.dec(7), end: nil)
        #expect(open.covers(Fixture.dec(7).adding(days: 400)))
        #expect(open.period == "depuis le 07/12/2026")
    }

    @Test func someoneOnALongAbsenceIsAssignedButNotAvailable() {
        let person = absent(from: tuesday, to: Fixture.dec(9))
        #expect(person.isAssigned(to: Fixture.millas, on: tuesday))
        #expect(!person.isAvailable(in: Fixture.millas, on: tuesday))
        #expect(person.isAvailable(in: Fixture.millas, on: Fixture.dec(10)))
    }

    @Test func workDuringALongAbsenceIsBlockingButLeaveIsNot() {
        let person = absent(from: tuesday, to: Fixture.dec(9))
        let findings = Fixture.findings(
            .outsideLongAbsence, [Fixture.shift(tuesday, "08:00", "12:00")], people: [person])
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : consultation le mardi 8 décembre 2026 de 08:00 à 12:00 pendant son congé de maternité (du 08/12/2026 au 09/12/2026)"
            ])
        #expect(findings.first?.severity == .bloquant)
        #expect(
            Fixture.findings(.outsideLongAbsence, [Fixture.shift(tuesday, "08:00", "15:00", .conge)], people: [person])
                .isEmpty)
        #expect(
            Fixture.findings(.outsideLongAbsence, [Fixture.shift(Fixture.dec(10), "08:00", "12:00")], people: [person])
                .isEmpty)
    }

    @Test func theContractsHoursLeaveOutTheDaysOfALongAbsence() {
        #expect(Fixture.findings(.contractHours, [], people: [absent(from: Fixture.dec(1), to: nil)]).isEmpty)
        let threeDays = absent(from: week.days[4], to: nil)
        #expect(
            Fixture.findings(.contractHours, [], people: [threeDays]).map(\.message) == [
                "Marie DURAND : 0 h planifiées dans la semaine 2026-W50 pour un contrat de 20 h : 20 h de moins (heures non planifiées)"
            ])
    }

    @Test func aCDIsTrialLastsFourMonthsForDoctorsAndMidwivesThreeForNursesTwoForSecretaries() {
        let start = CalendarDate(year: 2026, month: 9, day: 1)!
        let last = { (profession: Profession) in
            TrialPeriod.lastDay(profession: profession, type: .cdi, start: start, end: nil).description
        }
        #expect(last(.medecinGeneraliste) == "2026-12-31")
        #expect(last(.sageFemme) == "2026-12-31")
        #expect(last(.infirmier) == "2026-11-30")
        #expect(last(.secretaireMedical) == "2026-10-31")
    }

    @Test func aCDDsTrialIsADayPerWeekCappedAtTwoWeeksUpToSixMonthsAndAMonthBeyond() {
        let start = CalendarDate(year: 2026, month: 1, day: 5)!
        let trial = { (end: CalendarDate) in
            TrialPeriod.lastDay(profession: .infirmier, type: .cdd, start: start, end: end).description
        }
        #expect(trial(start.adding(days: 7 * 6 - 1)) == "2026-01-10") // 6 weeks: 6 days
        #expect(trial(start.adding(months: 6).adding(days: -1)) == "2026-01-18") // 14 days
        #expect(trial(start.adding(months: 12).adding(days: -1)) == "2026-02-04") // a month: 31 days
        #expect(trial(start) == "2026-01-05") // a one-day CDD: at least that day
    }

    @Test func aDeadlineIsWithinTheHorizonFromTodayToTheLastDayIncluded() {
        let today = Fixture.dec(1)
        let deadline = Deadline(kind: .contractEnd, date: Fixture.dec(31), detail: "CDD")
        #expect(deadline.isWithin(days: 30, of: today))
        #expect(!deadline.isWithin(days: 29, of: today))
        #expect(!deadline.isWithin(days: 30, of: Fixture.dec(31).adding(days: 1)))
    }
}
