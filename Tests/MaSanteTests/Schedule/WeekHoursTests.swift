import Foundation
import MaSante
import Testing

/// One count of a person's week (``WeekHours``): leave and sick leave are not work, and they
/// count toward the contract. Week 2026-W50: Monday 7 to Sunday 13 December.
@Suite struct WeekHoursTests {
    let week = Fixture.week

    @Test func leaveAndSickLeaveAreNotWorkButCountTowardTheContract() {
        let shifts = [
            Fixture.shift(Fixture.dec(7), "08:00", "12:00"), Fixture.shift(Fixture.dec(8), "08:00", "17:30", .conge),
            Fixture.shift(Fixture.dec(9), "13:00", "18:00", .maladie),
            Fixture.shift(Fixture.dec(10), "09:00", "12:00", .formation, centre: Fixture.salviac),
        ]
        let hours = WeekHours(shifts: shifts, person: Fixture.marie, week: week)
        #expect(hours.worked == 7 * 3600, "work in every centre, training included")
        #expect(hours.absence == 14.5 * 3600)
        #expect(hours.counted == 21.5 * 3600)
        #expect(hours.contract == 35 * 3600 && hours.balance == -13.5 * 3600)
    }

    @Test func overlappingShiftsCountOnceAndLeaveOverWorkAddsOnlyItsOwnTime() {
        let day = Fixture.dec(7)
        let shifts = [
            Fixture.shift(day, "08:00", "12:00"), Fixture.shift(day, "10:00", "13:00"),
            Fixture.shift(day, "12:00", "14:00", .conge),
        ]
        let hours = WeekHours(shifts: shifts, person: Fixture.marie, week: week)
        #expect(hours.worked == 5 * 3600 && hours.absence == 1 * 3600)
    }

    @Test func otherPeoplesShiftsAndOtherWeeksAreLeftOut() {
        let shifts = [
            Fixture.shift(Fixture.dec(7), "08:00", "12:00"), Fixture.shift(Fixture.dec(8), "08:00", "12:00", person: 2),
            Fixture.shift(Fixture.dec(14), "08:00", "12:00"),
        ]
        #expect(WeekHours(shifts: shifts, person: Fixture.marie, week: week).counted == 4 * 3600)
    }

    @Test func aContractStartingMidweekOwesItsShareOfTheWeek() {
        var newcomer = Fixture.marie
        newcomer.contracts = [Fixture.contract(hours: 35, from: Fixture.dec(10))]
        let partWeek = WeekHours(shifts: [], person: newcomer, week: week).contract
        #expect(partWeek == 72_000, "4 days of 7: 20 h")
        newcomer.contracts = [Fixture.contract(hours: 35, from: Fixture.dec(14))]
        let before = WeekHours(shifts: [], person: newcomer, week: week)
        #expect(before.contract == nil && before.balance == nil)
    }

    @Test func theCheckerWarnsOnCountedHoursButMeasuresTheWeeklyMaximumOnWorkAlone() throws {
        // 45 h of work and a Saturday of leave: 54 h against the contract, yet under the 48 h maximum.
        var shifts = Fixture.days((7...11).map { Fixture.dec($0) }, "08:00", "17:00")
        shifts.append(Fixture.shift(Fixture.dec(12), "08:00", "17:00", .conge))
        let findings = Fixture.check(shifts)
        #expect(!findings.contains { $0.rule == .weeklyMax })
        let contract = try #require(findings.first { $0.rule == .contractHours })
        #expect(contract.message.contains("54 h planifiées (dont 9 h de congé ou maladie)"), "\(contract.message)")
    }
}
