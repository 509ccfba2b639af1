import Foundation
import MaSante
import Rostering
import Testing

@testable import WeekPlanner

/// The week planner on small centres whose best week is known: needs met when staff allow,
/// existing shifts kept, a need nobody may take reported with each person's reason, and never a
/// blocking finding of the rule checker added.
@Suite struct WeekPlannerTests {
    static let week = try! ISOWeek.parse("2026-W50")
    static let centreID = 1

    static func time(_ text: String) -> TimeOfDay { try! TimeOfDay.parse(text) }

    static func person(_ id: Int, _ name: String, _ profession: Profession, hours: Double = 35) -> PersonContext {
        PersonContext(
            personID: id, name: name, profession: profession,
            contracts: [
                try! Contract(
                    type: .cdi, start: CalendarDate(year: 2024, month: 1, day: 1)!, end: nil, weeklyHours: hours)
            ],
            assignments: [CentreAssignment(centreID: centreID, start: CalendarDate(year: 2024, month: 1, day: 1)!)])
    }

    static func centre() -> CentreContext {
        var hours = OpeningHours()
        for day in [Weekday.lundi, .mardi, .mercredi, .jeudi, .vendredi] {
            try! hours.set(
                [
                    TimeRange(start: time("08:30"), end: time("12:30"))!,
                    TimeRange(start: time("13:30"), end: time("19:00"))!,
                ], on: day)
        }
        return CentreContext(centreID: centreID, name: "Centre de santé de Millas", openingHours: hours)
    }

    static func request(needs: [CoverNeed], people: [PersonContext], existing: [Shift] = []) -> PlanningRequest {
        PlanningRequest(
            week: week, centre: centre(), needs: needs, people: people, existing: existing, history: [],
            centres: [centre()])
    }

    static let options = SolverOptions(seconds: 2, maxIterations: 20_000, seed: 7)

    @Test func aSingleNeedIsFilledByTheOnlyPersonWhoMayTakeIt() {
        let need = CoverNeed(
            weekday: .mardi, start: Self.time("08:30"), end: Self.time("12:30"), activity: .consultation,
            staff: .medecin)
        let proposal = WeekPlanner.propose(
            Self.request(
                needs: [need],
                people: [
                    Self.person(1, "Arnaud REY", .medecinGeneraliste),
                    Self.person(2, "Clara DELPECH", .secretaireMedical),
                ]), options: Self.options)
        #expect(proposal.shifts.count == 1)
        #expect(proposal.shifts.first?.personID == 1)
        #expect(proposal.shifts.first?.startTime == Self.time("08:30"))
        #expect(proposal.unfilled.isEmpty)
    }

    @Test func theDefaultNeedsOfAnOpenWeekAreAllMetByTwoDoctorsAndASecretary() {
        let people = [
            Self.person(1, "Arnaud REY", .medecinGeneraliste), Self.person(2, "Karim DENIS", .medecinGeneraliste),
            Self.person(3, "Clara DELPECH", .secretaireMedical), Self.person(4, "Quentin MULLER", .secretaireMedical),
        ]
        let request = Self.request(needs: CoverNeed.defaults(for: Self.centre().openingHours), people: people)
        let proposal = WeekPlanner.propose(request, options: Self.options)
        let short = proposal.unfilled.filter { $0.planned < $0.need.minimum }
        #expect(short.isEmpty, "\(short.map(\.need.french))")
        #expect(
            !proposal.findings.contains { $0.severity == .bloquant && !$0.personIDs.isEmpty }, "\(proposal.findings)")
    }

    @Test func aShiftAlreadyPlannedStaysAndIsNotPlannedTwice() throws {
        let need = CoverNeed(
            weekday: .mercredi, start: Self.time("08:30"), end: Self.time("12:30"), activity: .consultation,
            staff: .medecin)
        let pinned = try Shift(
            personID: 2, centreID: Self.centreID, day: Self.week.days[2], from: Self.time("08:30"),
            to: Self.time("12:30"), activity: .consultation)
        let proposal = WeekPlanner.propose(
            Self.request(
                needs: [need],
                people: [
                    Self.person(1, "Arnaud REY", .medecinGeneraliste),
                    Self.person(2, "Karim DENIS", .medecinGeneraliste),
                ], existing: [pinned]), options: Self.options)
        #expect(proposal.shifts.isEmpty)
        #expect(proposal.unfilled.isEmpty)
    }

    @Test func aNeedNobodyMayTakeIsReportedWithEachPersonsReason() throws {
        let need = CoverNeed(
            weekday: .jeudi, start: Self.time("13:30"), end: Self.time("17:00"), activity: .consultation,
            staff: .medecin)
        let leave = try Shift(
            personID: 1, centreID: Self.centreID, day: Self.week.days[3], from: Self.time("08:00"),
            to: Self.time("18:00"), activity: .conge)
        let elsewhere = try Shift(
            personID: 2, centreID: Self.centreID, day: Self.week.days[3], from: Self.time("13:00"),
            to: Self.time("15:00"), activity: .administratif)
        let proposal = WeekPlanner.propose(
            Self.request(
                needs: [need],
                people: [
                    Self.person(1, "Arnaud REY", .medecinGeneraliste),
                    Self.person(2, "Karim DENIS", .medecinGeneraliste),
                    Self.person(3, "Clara DELPECH", .secretaireMedical),
                ], existing: [leave, elsewhere]), options: Self.options)
        #expect(proposal.shifts.isEmpty)
        let gap = try #require(proposal.unfilled.first)
        #expect(gap.reasons == ["Arnaud REY : absent·e ce jour-là", "Karim DENIS : déjà planifié·e de 13:00 à 15:00"])
        #expect(proposal.score.contains { $0.name == "sous-couverture" && $0.penalty == 1_000 })
    }

    @Test func theSameSeedAndBudgetGiveTheSameProposal() {
        let people = [
            Self.person(1, "Arnaud REY", .medecinGeneraliste), Self.person(2, "Karim DENIS", .medecinGeneraliste),
            Self.person(3, "Clara DELPECH", .secretaireMedical),
        ]
        let request = Self.request(needs: CoverNeed.defaults(for: Self.centre().openingHours), people: people)
        let first = WeekPlanner.propose(request, options: SolverOptions(seconds: 30, maxIterations: 5_000, seed: 3))
        let second = WeekPlanner.propose(request, options: SolverOptions(seconds: 30, maxIterations: 5_000, seed: 3))
        let key = { (shifts: [Shift]) in shifts.map { "\($0.personID) \($0.start) \($0.activity)" }.sorted() }
        #expect(key(first.shifts) == key(second.shifts))
    }

    @Test func anEveningSlotThenAnEarlyMorningIsAForbiddenSuccession() {
        let evening = RosterMapping.Block(
            weekday: .lundi, start: Self.time("17:00"), end: Self.time("23:00"), activity: .soinsNonProgrammes,
            place: nil, staff: .medecin, tier: 0)
        let early = RosterMapping.Block(
            weekday: .mardi, start: Self.time("08:00"), end: Self.time("12:00"), activity: .consultation,
            place: nil, staff: .medecin, tier: 0)
        let late = RosterMapping.Block(
            weekday: .mardi, start: Self.time("10:30"), end: Self.time("12:00"), activity: .consultation,
            place: nil, staff: .medecin, tier: 0)
        #expect(RosterMapping.forbidden(evening, then: early))
        #expect(!RosterMapping.forbidden(evening, then: late))
    }

    @Test(arguments: [1, 2])
    func whoeverWorkedTheLastSaturdaysIsSparedThisOne(veteran: Int) throws {
        let need = CoverNeed(
            weekday: .samedi, start: Self.time("08:30"), end: Self.time("12:00"), activity: .consultation,
            staff: .medecin)
        let history = try (1...3).map { weeksAgo in
            try Shift(
                personID: veteran, centreID: Self.centreID, day: Self.week.adding(weeks: -weeksAgo).days[5],
                from: Self.time("08:30"),
                to: Self.time("12:00"), activity: .consultation)
        }
        var request = Self.request(
            needs: [need],
            people: [
                Self.person(1, "Arnaud REY", .medecinGeneraliste), Self.person(2, "Karim DENIS", .medecinGeneraliste),
            ])
        request.history = history
        var weights = PlannerWeights()
        weights.perHourFromContract = 0
        let proposal = WeekPlanner.propose(request, weights: weights, options: Self.options)
        #expect(proposal.shifts.map(\.personID) == [3 - veteran])
    }

    @Test func aDayAlreadyWorkedInAnotherCentreIsAvoidedToSpareTheTravel() throws {
        let need = CoverNeed(
            weekday: .mardi, start: Self.time("14:00"), end: Self.time("17:00"), activity: .consultation,
            staff: .medecin)
        let elsewhere = try Shift(
            personID: 1, centreID: 2, day: Self.week.days[1], from: Self.time("08:30"), to: Self.time("12:00"),
            activity: .consultation)
        let proposal = WeekPlanner.propose(
            Self.request(
                needs: [need],
                people: [
                    Self.person(1, "Arnaud REY", .medecinGeneraliste),
                    Self.person(2, "Karim DENIS", .medecinGeneraliste, hours: 35),
                ], existing: [elsewhere]), options: Self.options)
        #expect(proposal.shifts.map(\.personID) == [2])
    }
}

/// Default needs for every profession on the staff: nobody with contract hours idle while a need
/// of their profession is open, and no slot staffed beyond its target to fill someone's hours.
@Suite struct StaffDefaultNeedsTests {
    typealias Fixture = WeekPlannerTests

    @Test func theDefaultsOfAStaffGiveEveryProfessionItsOwnWorkAndTargetsAsManyAsThereAre() {
        let hours = Fixture.centre().openingHours
        let needs = CoverNeed.defaults(
            for: hours,
            staff: [
                .medecinGeneraliste, .medecinGeneraliste, .medecinSpecialiste,
                .sageFemme, .infirmier, .secretaireMedical,
            ])
        #expect(Set(needs.map(\.staff)) == [.medecin, .sageFemme, .infirmier, .secretaire])
        #expect(
            needs.filter { $0.staff == .medecin && $0.activity == .consultation }.allSatisfy {
                $0.target == 3 && $0.minimum == 1
            })
        #expect(
            needs.filter { $0.staff == .sageFemme || $0.staff == .infirmier }.allSatisfy {
                $0.minimum == 0 && $0.target == 1
            })
        #expect(CoverNeed.defaults(for: hours, staff: []) == CoverNeed.defaults(for: hours))
    }

    @Test func aProposalFillsEachProfessionsHoursBeforeItOverStaffsAnyone() {
        let people = [
            Fixture.person(1, "Arnaud REY", .medecinGeneraliste), Fixture.person(2, "Karim DENIS", .medecinGeneraliste),
            Fixture.person(3, "Lucie FABRE", .medecinGeneraliste), Fixture.person(4, "Inès MARTY", .sageFemme),
            Fixture.person(5, "Paul ROUX", .infirmier), Fixture.person(6, "Clara DELPECH", .secretaireMedical),
        ]
        let needs = CoverNeed.defaults(for: Fixture.centre().openingHours, staff: people.map(\.profession))
        let proposal = WeekPlanner.propose(Fixture.request(needs: needs, people: people), options: Fixture.options)
        for person in people {
            let minutes = proposal.shifts.filter { $0.personID == person.personID }.map {
                $0.endTime.minutes - $0.startTime.minutes
            }.reduce(0, +)
            let open = proposal.unfilled.contains {
                $0.need.staff.includes(person.profession) && $0.planned < $0.need.target
            }
            #expect(minutes > 0 || !open, "\(person.name) sans travail alors qu’un besoin de son métier est ouvert")
        }
        var settled = Fixture.request(needs: needs, people: people)
        settled.existing += proposal.shifts
        let overStaffed = needs.filter { WeekPlanner.planned(for: $0, in: settled) > $0.target }
        #expect(overStaffed.isEmpty, "\(overStaffed.map(\.french))")
        #expect(
            !proposal.findings.contains { $0.severity == .bloquant && !$0.personIDs.isEmpty }, "\(proposal.findings)")
    }
}
