import Rostering
import RosteringCurtois
import Testing

@Suite struct ExplanationTests {
    @Test func itBreaksTheObjectiveDownPerSoftTerm() throws {
        let instance = try Fixtures.instance(Fixtures.week)
        let why = instance.problem.explain(Fixtures.roster(instance, ["DDN----", "D------"]))
        let terms = why.terms.filter { $0.penalty > 0 }.map { "\($0.name) \($0.count) \($0.penalty)" }
        #expect(
            terms == [
                "sous-couverture 1 100", "sur-couverture 1 1", "demande de poste non accordée 1 1",
                "demande de repos non accordée 1 3",
            ])
        #expect(why.objective == 105)
    }

    @Test func itSaysWhyEachCandidateCannotFillAnImpossibleCover() {
        let day = ShiftType(id: "D", minutes: 480)
        let night = ShiftType(id: "N", minutes: 480, forbiddenSuccessors: [0])
        var off = StaffMember(id: "A", shiftTypeCount: 2)
        off.daysOff = [3]
        var other = StaffMember(id: "C", shiftTypeCount: 2)
        other.eligible = [false, true]
        var problem = RosterProblem(
            days: 7, shiftTypes: [day, night],
            staff: [off, StaffMember(id: "B", shiftTypeCount: 2), other])
        problem.covers = [CoverRequirement(day: 3, shift: 0, requirement: 2, weightUnder: 100, weightOver: 1)]
        problem.pinned = [PinnedAssignment(staff: 1, day: 2, shift: 1)]
        let result = RosterSolver.solve(problem, options: SolverOptions(seconds: 5, maxIterations: 5_000, seed: 2))
        #expect(result.feasible && result.objective == 200)

        let gaps = problem.explain(result.roster).unmetCovers
        #expect(gaps.count == 1)
        #expect(gaps.first?.day == 3 && gaps.first?.shift == 0 && gaps.first?.missing == 2)
        #expect(
            gaps.first?.candidates == [
                CandidateReason(staff: 0, alreadyWorking: nil, wouldBreak: [.dayOff(staff: 0, day: 3)]),
                CandidateReason(
                    staff: 1, alreadyWorking: nil,
                    wouldBreak: [.forbiddenSuccession(staff: 1, day: 2, shift: 1, next: 0)]),
            ])
        #expect(
            problem.describe(.forbiddenSuccession(staff: 1, day: 2, shift: 1, next: 0))
                == "B : succession interdite après le jour 2 poste N (poste D le lendemain)")
    }
}

@Suite struct DocumentationExampleTests {
    @Test func theAdapterExampleOfTheDocsRunsAsWritten() {
        let shifts = [
            ShiftType(id: "consultation-matin", minutes: 240),
            ShiftType(id: "soins-non-programmés", minutes: 120),
            ShiftType(id: "tournée-ehpad", minutes: 180),
        ]
        var infirmiere = StaffMember(id: "IDE-1", shiftTypeCount: shifts.count)
        infirmiere.eligible = [false, true, true]
        infirmiere.maxTotalMinutes = 48 * 60
        infirmiere.daysOff = [2]
        infirmiere.targetMinutes = 35 * 60
        infirmiere.targetWeightPerHour = 10
        var probleme = RosterProblem(days: 6, shiftTypes: shifts, staff: [infirmiere])
        probleme.covers = [CoverRequirement(day: 0, shift: 1, requirement: 1, weightUnder: 100, weightOver: 5)]
        probleme.pinned = [PinnedAssignment(staff: 0, day: 1, shift: 2)]
        let resultat = RosterSolver.solve(probleme, options: SolverOptions(seconds: 5, maxIterations: 20_000, seed: 1))
        let pourquoi = probleme.explain(resultat.roster)
        #expect(resultat.feasible)
        #expect(resultat.roster[0, 0] == 1 && resultat.roster[0, 1] == 2 && resultat.roster[0, 2] == nil)
        // Monday's cover outweighs 60 more minutes; Wednesday off: 120 + 4 × 180 = 840 min, 1,260 short of 35 h
        #expect(pourquoi.terms.first { $0.name == "écart à la durée cible" }?.penalty == 210)
        #expect(pourquoi.objective == resultat.objective)
    }
}
