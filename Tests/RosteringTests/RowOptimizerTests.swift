import Testing

@testable import Rostering

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
        // Without a feasible row, the optimizer may still propose the least broken one.
        guard let best else { return }
        #expect(row != nil)
        guard let row else { return }
        let roster = Roster(assignments: [row.map { $0 < 0 ? nil : Int($0) }])
        #expect(problem.violations(of: roster) == [])
        #expect(problem.objective(of: roster) == best)
    }
}

@Suite struct RowWindowTests {
    @Test(arguments: [31, 32, 33, 34, 35, 36] as [UInt64])
    func itFindsTheBestValuesForAWeekWithTheRestOfTheRowKept(seed: UInt64) {
        var problem = Fixtures.randomProblem(seed: seed, staff: 1, days: 21, types: 2)
        problem.fairness = []
        let compiled = CompiledProblem(problem)
        var search = Search(compiled, seed: seed)
        search.run(maxIterations: 3_000, deadline: .now + .seconds(5), start: .now)
        let state = SearchState(compiled, cells: search.best)
        let current = (0..<21).map { state.value(0, $0) }
        var best: Int?
        for code in 0..<2187 {
            var row = current.map { $0 < 0 ? nil : Int($0) } as [Int?]
            var rest = code
            for day in 7..<14 {
                row[day] = rest % 3 == 0 ? nil : rest % 3 - 1
                rest /= 3
            }
            let roster = Roster(assignments: [row])
            guard problem.violations(of: roster).isEmpty else { continue }
            best = min(best ?? .max, problem.objective(of: roster))
        }
        var optimizer = RowOptimizer()
        let window = optimizer.bestRow(0, in: state, window: 7...13)
        guard let best else { return }
        #expect(window != nil)
        var row = current.map { $0 < 0 ? nil : Int($0) } as [Int?]
        for (offset, value) in (window ?? []).enumerated() { row[7 + offset] = value < 0 ? nil : Int(value) }
        let roster = Roster(assignments: [row])
        #expect(problem.violations(of: roster) == [])
        #expect(problem.objective(of: roster) == best)
    }
}
