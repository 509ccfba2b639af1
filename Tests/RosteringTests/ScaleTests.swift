import RosteringCurtois
import Testing

@testable import Rostering

/// The engine on rows too long for a whole-row dynamic programme, and its first feasible roster.
@Suite struct ScaleTests {
    /// 12 weeks, 10 people, 3 shift types of 240 to 480 minutes and up to 480 hours a row: rows
    /// too large to re-optimise whole.
    private var longProblem: RosterProblem {
        var problem = Fixtures.randomProblem(seed: 77, staff: 10, days: 84, types: 3)
        problem.fairness = []
        for s in problem.staff.indices {
            problem.staff[s].maxTotalMinutes = 60 * 480
            problem.staff[s].minTotalMinutes = 20 * 480
            problem.staff[s].maxWeekends = 6
        }
        return problem
    }

    @Test func itReoptimisesWindowsOfWeeksWhenAWholeRowIsTooLarge() {
        let compiled = CompiledProblem(longProblem)
        var search = Search(compiled, seed: 3)
        search.run(maxIterations: 100_000, deadline: .now + .seconds(30), start: .now)
        #expect(search.rowWeeks < 12)
        #expect(search.rowWeeks >= 1)
    }

    @Test func itGivesTheSameRosterForTheSameSeedAndBudgetOnLongRows() {
        let options = SolverOptions(seconds: 30, maxIterations: 60_000, seed: 8)
        let first = RosterSolver.solve(longProblem, options: options)
        let second = RosterSolver.solve(longProblem, options: options)
        #expect(first.roster == second.roster)
        #expect(first.objective == second.objective)
        #expect(longProblem.explain(first.roster).objective == first.objective)
    }

    @Test func itSaysWhenItFirstHeldAFeasibleRoster() throws {
        guard let text = Fixtures.benchmark("Instance3") else { return }
        let instance = try CurtoisInstance(text: text)
        let result = RosterSolver.solve(
            instance.problem, options: SolverOptions(seconds: 10, maxIterations: 20_000, seed: 1))
        #expect(result.feasible)
        let first = try #require(result.firstFeasibleSeconds)
        #expect(first >= 0 && first <= result.seconds)
    }

    @Test func itSaysNothingFeasibleWasFoundWhenNoneWas() {
        var person = StaffMember(id: "Z", shiftTypeCount: 1)
        person.minTotalMinutes = 8 * 480
        let problem = RosterProblem(days: 7, shiftTypes: [ShiftType(id: "J", minutes: 480)], staff: [person])
        let result = RosterSolver.solve(problem, options: SolverOptions(seconds: 5, maxIterations: 2_000, seed: 1))
        #expect(result.firstFeasibleSeconds == nil)
    }

    @Test func theConstructionKeepsTheDaysOffAndPinsAndMostRules() throws {
        guard let text = Fixtures.benchmark("Instance8") else { return }
        let problem = try CurtoisInstance(text: text).problem
        let compiled = CompiledProblem(problem)
        var rng = SplitMix(seed: 5)
        let cells = Construction(problem: compiled).build(&rng)
        let state = SearchState(compiled, cells: cells)
        for i in cells.indices where compiled.fixed[i] { #expect(cells[i] == compiled.initial[i]) }
        // Starting all off breaks the minimum minutes of every person (8160 of 8640 at most).
        #expect(state.hard < SearchState(compiled).hard / 4)
    }
}
