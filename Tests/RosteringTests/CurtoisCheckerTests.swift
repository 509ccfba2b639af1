import Rostering
import RosteringCurtois
import Testing

@Suite struct CurtoisCheckerTests {
    @Test func itScoresAFeasibleRosterAsComputedByHand() throws {
        let instance = try Fixtures.instance(Fixtures.week)
        let roster = Fixtures.roster(instance, ["DDN----", "D------"])
        let report = CurtoisChecker.check(instance, roster: roster)
        // over-cover day 0 (1), one D missing day 1 (100), B's on-request (1), A's off-request (3)
        #expect(report.objective == 105)
        #expect(report.violations == [])
        #expect(instance.problem.objective(of: roster) == 105)
        #expect(instance.problem.violations(of: roster) == [])
    }

    @Test func itScoresAnEmptyRosterAsComputedByHand() throws {
        let instance = try Fixtures.instance(Fixtures.week)
        let report = CurtoisChecker.check(instance, roster: Fixtures.roster(instance, ["-------", "-------"]))
        // covers 100 + 200 + 50, on-requests 2 + 1; A works too little
        #expect(report.objective == 353)
        #expect(report.violations == ["A : 0 minutes, minimum 960"])
    }

    @Test(arguments: [
        (["DD----D", "D------"], "jour de repos"),
        (["-ND----", "D------"], "ne peut pas suivre"),
        (["NNN----", "D------"], "postes N"),
        (["DD-----", "DDDDD--"], "minutes, maximum"),
        (["D------", "D------"], "minutes, minimum"),
        (["DDDD---", "D------"], "de suite"),
        (["-D--DD-", "D------"], "travaillé(s) seulement"),
        (["DD-DD--", "D------"], "de repos seulement"),
        (["DD-----", "-----D-"], "week-ends"),
    ])
    func itFindsEachHardRuleBrokenAlone(rows: [String], words: String) throws {
        let instance = try Fixtures.instance(Fixtures.week)
        let roster = Fixtures.roster(instance, rows)
        let report = CurtoisChecker.check(instance, roster: roster)
        #expect(report.violations.count == 1)
        #expect(report.violations.first?.contains(words) == true, "\(report.violations)")
        #expect(instance.problem.violations(of: roster).count == 1)
    }

    @Test func itExemptsRunsTouchingTheHorizonEndsFromTheMinima() throws {
        let instance = try Fixtures.instance(Fixtures.week)
        // A: a single worked day at each end, a single day off at the start: all allowed
        let report = CurtoisChecker.check(instance, roster: Fixtures.roster(instance, ["-DD---D", "D------"]))
        #expect(report.violations == ["A : travaille le jour 6, jour de repos"])
    }

    @Test func itWritesOneLinePerStaffMember() throws {
        let instance = try Fixtures.instance(Fixtures.week)
        let text = instance.rosterText(Fixtures.roster(instance, ["DDN----", "D------"]))
        #expect(text == "A\tD\tD\tN\t\t\t\t\nB\tD\t\t\t\t\t\t\n")
    }
}
