import Foundation
import MaSante
import Testing

/// Ranking who could take a slot, without a database: the week of 7–13 December 2026 at Millas
/// (open 08:00–20:00), two full-time doctors and a secretary.
@Suite struct SlotCandidatesTests {
    static let paulID = 2
    static let claraID = 3
    static let paul = Fixture.person(paulID, "Paul MARTIN")
    static let clara = Fixture.person(claraID, "Clara DELPECH", .secretaireMedical)
    static let people = [Fixture.marie, paul, clara]

    /// Wednesday 9 December 2026, 14:00–18:00, a home visit organised by Millas.
    static func slot(
        _ day: CalendarDate = Fixture.dec(9), _ from: String = "14:00", _ to: String = "18:00",
        activity: Activity = .visiteDomicile
    ) throws -> CandidateSlot {
        try CandidateSlot(
            centreID: Fixture.millas, day: day, from: Fixture.time(from), to: Fixture.time(to), activity: activity)
    }

    static func rank(
        _ slot: CandidateSlot, _ shifts: [Shift], people: [PersonContext] = people,
        candidates: [Int] = [Fixture.marieID, paulID, claraID]
    ) -> [SlotCandidate] {
        SlotCandidates.rank(
            slot: slot, shifts: shifts, people: people, centres: Fixture.centres, candidates: candidates)
    }

    /// Consultations adding up to `hours` hours on Monday, Tuesday, Thursday and Friday (at most
    /// 08:00–12:00 and 13:00–18:00 a day), so that Wednesday stays free.
    static func week(hours: Int, person: Int) -> [Shift] {
        var left = hours, shifts: [Shift] = []
        for day in [7, 8, 10, 11] {
            let morning = min(left, 4)
            if morning > 0 {
                shifts.append(
                    Fixture.shift(Fixture.dec(day), "08:00", String(format: "%02d:00", 8 + morning), person: person))
            }
            let afternoon = min(left - morning, 5)
            if afternoon > 0 {
                shifts.append(
                    Fixture.shift(Fixture.dec(day), "13:00", String(format: "%02d:00", 13 + afternoon), person: person))
            }
            left -= morning + afternoon
        }
        return shifts
    }

    @Test func possibleCandidatesComeBeforeImpossibleOnesWhoseOverlapIsSaidInFrench() throws {
        let busy = Fixture.shift(Fixture.dec(9), "14:00", "17:00", person: Fixture.marieID)
        let ranked = Self.rank(try Self.slot(), [busy])
        #expect(ranked.map(\.person.personID) == [Self.paulID, Fixture.marieID])
        #expect(ranked.map(\.rank) == [1, 2])
        #expect(ranked[0].verdict == .possible)
        #expect(ranked[0].advice == "possible")
        #expect(ranked[1].verdict == .impossible)
        #expect(ranked[1].reasons == ["déjà planifié·e de 14:00 à 17:00 (consultation, Millas)"])
        #expect(ranked[1].advice == "impossible : déjà planifié·e de 14:00 à 17:00 (consultation, Millas)")
    }

    @Test func aSlotThatTakesTheWeekOverFortyEightHoursIsImpossibleWithTheCheckersSentence() throws {
        // Monday to Thursday 08:00–12:00 and 13:00–19:00, Friday 08:00–12:00 and 13:00–17:00: 48 h.
        var shifts: [Shift] = []
        for day in 7...10 {
            shifts += [
                Fixture.shift(Fixture.dec(day), "08:00", "12:00"), Fixture.shift(Fixture.dec(day), "13:00", "19:00"),
            ]
        }
        shifts += [Fixture.shift(Fixture.dec(11), "08:00", "12:00"), Fixture.shift(Fixture.dec(11), "13:00", "17:00")]
        let ranked = Self.rank(try Self.slot(Fixture.dec(12), "08:00", "12:00"), shifts)
        let marie = try #require(ranked.first { $0.person.personID == Fixture.marieID })
        #expect(marie.verdict == .impossible)
        #expect(marie.rank == 2)
        #expect(
            marie.reasons.contains("52 h de travail dans la semaine 2026-W50, au-delà de 48 h (L3121-20)"),
            "\(marie.reasons)")
        #expect(marie.newFindings.contains { $0.rule == .weeklyMax && $0.severity == .bloquant })
        #expect(marie.hoursBefore == 48 * 3600 && marie.hoursAfter == 52 * 3600)
    }

    @Test func aSlotLeavingLessThanElevenHoursOfRestIsImpossibleWithTheReason() throws {
        let thursday = Fixture.shift(Fixture.dec(10), "08:00", "12:00")
        let ranked = Self.rank(try Self.slot(Fixture.dec(9), "20:00", "23:00"), [thursday])
        let marie = try #require(ranked.last)
        #expect(marie.person.personID == Fixture.marieID)
        #expect(marie.verdict == .impossible)
        #expect(
            marie.reasons.contains { $0.contains("entre deux journées") && $0.hasSuffix("(L3131-1)") },
            "\(marie.reasons)")
        #expect(!marie.advice.contains("Marie DURAND"), "the row already names her: \(marie.advice)")
        #expect(ranked.first?.person.personID == Self.paulID)
    }

    @Test func someoneShortOfTheirContractComesBeforeSomeoneTheSlotTakesOverIt() throws {
        let shifts = Self.week(hours: 10, person: Fixture.marieID) + Self.week(hours: 33, person: Self.paulID)
        let ranked = Self.rank(try Self.slot(), shifts)
        #expect(ranked.map(\.person.personID) == [Fixture.marieID, Self.paulID])
        #expect(ranked.allSatisfy { $0.isPossible })
        #expect(
            ranked[0].hoursBefore == 10 * 3600 && ranked[0].hoursAfter == 14 * 3600 && ranked[0].contractHours == 35)
    }

    @Test func amongThoseShortOfTheirContractTheSlotGoesFirstToWhoeverItBringsClosest() throws {
        let shifts = Self.week(hours: 20, person: Fixture.marieID) + Self.week(hours: 30, person: Self.paulID)
        let ranked = Self.rank(try Self.slot(), shifts)
        #expect(ranked.map(\.person.personID) == [Self.paulID, Fixture.marieID])
        #expect(ranked.map(\.verdict) == [.possible, .possible])
    }

    @Test func aNewWarningRanksSomeoneAfterThoseWithNoneAndIsSaid() throws {
        // Paul has no contract-hours warning yet (35 h planned); the slot makes it overtime.
        let shifts = Self.week(hours: 35, person: Self.paulID) + Self.week(hours: 20, person: Fixture.marieID)
        let ranked = Self.rank(try Self.slot(Fixture.dec(12), "08:00", "12:00"), shifts)
        #expect(ranked.map(\.person.personID) == [Fixture.marieID, Self.paulID])
        #expect(ranked[1].verdict == .possibleWithWarnings)
        #expect(ranked[1].advice.hasPrefix("possible avec avertissement : 39 h planifiées"), "\(ranked[1].advice)")
    }

    @Test func overtimeTheSlotAddsToIsANewWarningEvenWhenTheWeekWasAlreadyOver() throws {
        let shifts =
            Self.week(hours: 36, person: Self.paulID) + [
                Fixture.shift(Fixture.dec(12), "08:00", "12:00", person: Self.paulID)
            ]
        let ranked = Self.rank(try Self.slot(), shifts, candidates: [Self.paulID, Fixture.marieID])
        #expect(ranked.map(\.person.personID) == [Fixture.marieID, Self.paulID])
        #expect(
            ranked.first?.verdict == .possible, "Paul's overtime is not Marie's warning: \(ranked.first?.reasons ?? [])"
        )
        #expect(ranked.last?.verdict == .possibleWithWarnings)
        #expect(
            ranked.last?.reasons == [
                "44 h planifiées dans la semaine 2026-W50 pour un contrat de 35 h : 9 h de plus (heures supplémentaires)"
            ],
            "\(ranked.last?.reasons ?? [])")
    }

    @Test func peopleWhoseProfessionMayNotDoTheActivityOrNotAssignedThereAreLeftOut() throws {
        let elsewhere = Fixture.person(4, "Léa ROUX", .infirmier, centres: [Fixture.salviac])
        let ranked = Self.rank(
            try Self.slot(), [], people: Self.people + [elsewhere],
            candidates: [Self.claraID, 4, Fixture.marieID, 99])
        #expect(ranked.map(\.person.personID) == [Fixture.marieID])
        let desk = Self.rank(
            try Self.slot(activity: .secretariat), [], candidates: [Self.claraID, Fixture.marieID, Self.paulID])
        #expect(desk.map(\.person.personID) == [Self.claraID])
    }

    @Test func professionsMayDoTheActivitiesOfTheirJob() {
        for profession in [Profession.medecinGeneraliste, .medecinSpecialiste, .infirmier, .sageFemme] {
            #expect(
                [Activity.consultation, .soinsNonProgrammes, .visiteDomicile, .visiteEHPAD].allSatisfy {
                    profession.mayDo($0)
                })
            #expect(!profession.mayDo(.secretariat))
        }
        #expect(Profession.secretaireMedical.mayDo(.secretariat))
        #expect(!Profession.secretaireMedical.mayDo(.visiteDomicile))
        for profession in Profession.allCases {
            #expect([Activity.administratif, .formation, .conge, .maladie].allSatisfy { profession.mayDo($0) })
        }
    }
}
