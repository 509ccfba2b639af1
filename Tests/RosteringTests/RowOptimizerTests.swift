@testable import Rostering
import Testing

@Suite struct RowOptimizerTests {
    @Test(arguments: [21, 22, 23, 24, 25] as [UInt64])
    func itFindsTheBestRowOfALoneStaffMember(seed: UInt64) {
        var problem = Fixtures.randomProblem(seed: seed, staff: 1, days: 7, types: 2)
        problem.fairness = []
        var best: Int?
        for code in 0..<2187 {
            var roster = Roster(staff: 1, days: 7)
            var rest = code
            for day in 0..<7 {
                roster[0, day] = rest % 3 == 0 ? nil : rest % 3 - 1
                rest /= 3
            }
            guard problem.violations(of: roster).isEmpty else { continue }
            best = min(best ?? .max, problem.objective(of: roster))
        }
        var optimizer = RowOptimizer()
        let row = optimizer.bestRow(0, in: SearchState(CompiledProblem(problem)))
        #expect((row == nil) == (best == nil))
        guard let row else { return }
        let roster = Roster(assignments: [row.map { $0 < 0 ? nil : Int($0) }])
        #expect(problem.violations(of: roster) == [])
        #expect(problem.objective(of: roster) == best)
    }
}
