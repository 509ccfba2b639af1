import Testing

@testable import Rostering

/// The directed neighbourhoods: a cover gap filled, an unmet request served.
@Suite struct MovesTests {
    /// Two shift types on one day, one person: `people` of them are eligible for both.
    private func oneDay(people: Int) -> RosterProblem {
        let members = (0..<people).map { StaffMember(id: "P\($0)", shiftTypeCount: 2) }
        return RosterProblem(
            days: 1, shiftTypes: [ShiftType(id: "M", minutes: 480), ShiftType(id: "S", minutes: 480)], staff: members)
    }

    @Test func aCoverGapIsFilledBySomeoneWorkingASlotAboveItsRequirement() {
        var problem = oneDay(people: 1)
        problem.covers = [
            CoverRequirement(day: 0, shift: 0, requirement: 1, weightUnder: 100, weightOver: 1),
            CoverRequirement(day: 0, shift: 1, requirement: 0, weightUnder: 100, weightOver: 1),
        ]
        var search = Search(CompiledProblem(problem), seed: 4, from: [1])
        search.temperature = 0
        #expect(search.state.soft == 101)
        search.fillGap()
        #expect(search.state.cells == [0])
        #expect(search.state.soft == 0)
    }

    @Test func aSlotLeftUnderItsRequirementByTheGapMoveIsTakenOverBySomeoneOff() {
        var problem = oneDay(people: 2)
        problem.staff[1].eligible = [false, true]
        problem.covers = [
            CoverRequirement(day: 0, shift: 0, requirement: 1, weightUnder: 100, weightOver: 1),
            CoverRequirement(day: 0, shift: 1, requirement: 1, weightUnder: 50, weightOver: 1),
        ]
        // P0 holds S, P1 (who may only work S) is off: P0 moves to M and P1 takes S over.
        var search = Search(CompiledProblem(problem), seed: 9, from: [1, -1])
        search.temperature = 0
        for _ in 0..<50 where search.state.soft > 0 { search.fillGap() }
        #expect(search.state.cells == [0, 1])
        #expect(search.state.soft == 0)
    }

    @Test func anUnmetRequestIsServedByExchangingWithSomeoneOnTheWantedShift() {
        var problem = oneDay(people: 2)
        problem.covers = [
            CoverRequirement(day: 0, shift: 0, requirement: 1, weightUnder: 100, weightOver: 100),
            CoverRequirement(day: 0, shift: 1, requirement: 1, weightUnder: 100, weightOver: 100),
        ]
        problem.requests = [ShiftRequest(.on, staff: 0, day: 0, shift: 1, weight: 3)]
        // Giving P0 the S shift alone would cost 200 in cover; the exchange costs nothing.
        var search = Search(CompiledProblem(problem), seed: 2, from: [0, 1])
        search.temperature = 0
        #expect(search.state.soft == 3)
        for _ in 0..<50 where search.state.soft > 0 { search.serveRequest() }
        #expect(search.state.cells == [1, 0])
        #expect(search.state.soft == 0)
    }

    @Test(arguments: [1, 2] as [UInt64])
    func theDirectedMovesKeepThePenaltiesExactWhetherKeptOrUndone(seed: UInt64) {
        var problem = Fixtures.randomProblem(seed: seed, staff: 6, days: 21, types: 3)
        for s in problem.staff.indices {
            problem.requests.append(ShiftRequest(.on, staff: s, day: s, shift: 0, weight: 2))
            problem.requests.append(ShiftRequest(.off, staff: s, day: s + 7, shift: 1, weight: 3))
        }
        var search = Search(CompiledProblem(problem), seed: seed)
        search.temperature = 50
        for step in 1...2_000 {
            if step % 2 == 0 { search.fillGap() } else { search.serveRequest() }
            guard step % 100 == 0 else { continue }
            var roster = Roster(staff: problem.staff.count, days: problem.days)
            for i in search.state.cells.indices where search.state.cells[i] >= 0 {
                roster[i / problem.days, i % problem.days] = Int(search.state.cells[i])
            }
            #expect(search.state.soft == problem.objective(of: roster))
            let kept = problem.violations(of: roster).allSatisfy {
                switch $0 {
                case .dayOff, .ineligible, .pinnedChanged: false
                default: true
                }
            }
            #expect(kept)
        }
    }
}
