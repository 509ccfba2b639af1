import Testing

@testable import Rostering

@Suite struct SearchStateTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func itsIncrementalPenaltiesMatchARecountFromScratch(seed: UInt64) {
        let problem = Fixtures.randomProblem(seed: seed, staff: 5, days: 21, types: 3)
        var state = SearchState(CompiledProblem(problem))
        var rng = SplitMix(seed: seed &+ 100)
        for step in 1...3_000 {
            let s = rng.below(problem.staff.count), day = rng.below(problem.days)
            state.set(s, day, Int16(rng.below(problem.shiftTypes.count + 1) - 1))
            guard step % 150 == 0 else { continue }
            var roster = Roster(staff: problem.staff.count, days: problem.days)
            for i in state.cells.indices where state.cells[i] >= 0 {
                roster[i / problem.days, i % problem.days] = Int(state.cells[i])
            }
            #expect(state.soft == problem.objective(of: roster))
            // days off and eligibility are kept by the moves, not counted by the state
            let counted = problem.violations(of: roster).filter {
                switch $0 {
                case .dayOff, .ineligible, .pinnedChanged: false
                default: true
                }
            }
            #expect((state.hard == 0) == counted.isEmpty)
        }
    }
}
