import Foundation
import MaSante
import Rostering
import Testing

@testable import WeekPlanner

/// Re-planning an absence touches only the absent person's work on its days: it becomes an
/// absence of the chosen kind, only what it covered is asked for again, and the absent person is
/// given nothing new that week.
@Suite struct AbsenceReplanTests {
    typealias Fixture = WeekPlannerTests
    static let time = Fixture.time

    static func shift(
        _ person: Int, _ day: Int, _ from: String, _ to: String, _ activity: Activity = .consultation
    ) throws -> Shift {
        try Shift(
            personID: person, centreID: Fixture.centreID, day: Fixture.week.days[day], from: time(from), to: time(to),
            activity: activity)
    }

    /// REY (1) and DENIS (2) share Tuesday morning; REY works Tuesday afternoon and Wednesday; BARON (3) is free all week.
    static func request() throws -> PlanningRequest {
        let people = [
            Fixture.person(1, "Arnaud REY", .medecinGeneraliste), Fixture.person(2, "Karim DENIS", .medecinGeneraliste),
            Fixture.person(3, "Louise BARON", .medecinGeneraliste, hours: 28),
        ]
        let existing = [
            try shift(1, 1, "08:30", "12:30"), try shift(2, 1, "08:30", "12:30"), try shift(1, 1, "13:30", "19:00"),
            try shift(1, 2, "08:30", "12:30"),
        ]
        return Fixture.request(
            needs: CoverNeed.defaults(for: Fixture.centre().openingHours), people: people, existing: existing)
    }

    @Test func theAbsentDaysWorkBecomesSickLeaveWithTheSameHoursAndOnlyItsBlocksAreNeeded() throws {
        let replan = try AbsenceReplan(
            try Self.request(), personID: 1, from: Fixture.week.days[1], to: Fixture.week.days[1], kind: .maladie)
        #expect(replan.absent.count == 2)
        #expect(replan.replacements.map(\.activity) == [.maladie, .maladie])
        #expect(replan.replacements.map(\.interval) == replan.absent.map(\.interval))
        let needs = replan.request.needs.map { "\($0.weekday.label) \($0.start)–\($0.end) min \($0.minimum)" }
        #expect(
            needs == ["mardi 08:30–12:30 min 2", "mardi 13:30–19:00 min 1"],
            "DENIS stays on Tuesday morning and one more is wanted")
        #expect(
            replan.request.existing.contains { $0.personID == 1 && $0.day == Fixture.week.days[2] }, "Wednesday stays")
    }

    @Test func theProposalFillsTheAbsentWorkWithOthersAndNeverWithTheAbsentPerson() throws {
        let replan = try AbsenceReplan(
            try Self.request(), personID: 1, from: Fixture.week.days[1], to: Fixture.week.days[1], kind: .conge)
        let proposal = WeekPlanner.propose(replan.request, weights: AbsenceReplan.weights, options: Fixture.options)
        #expect(proposal.shifts.count == 2, "\(proposal.shifts)")
        #expect(proposal.shifts.allSatisfy { $0.personID != 1 && $0.day == Fixture.week.days[1] }, "\(proposal.shifts)")
        #expect(proposal.unfilled.isEmpty)
    }

    @Test func aKindThatIsNotAnAbsenceOrADayWithoutWorkIsRefused() throws {
        #expect(throws: FieldError.self) {
            try AbsenceReplan(
                try Self.request(), personID: 1, from: Fixture.week.days[1], to: Fixture.week.days[1],
                kind: .consultation)
        }
        #expect(throws: FieldError.self) {
            try AbsenceReplan(
                try Self.request(), personID: 1, from: Fixture.week.days[3], to: Fixture.week.days[4], kind: .maladie)
        }
    }
}
