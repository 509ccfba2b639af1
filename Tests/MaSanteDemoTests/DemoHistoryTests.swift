import MaSante
import MaSanteDemo
import Testing

/// The demo network as data, before any database: the same seed gives the same history.
@Suite struct DemoHistoryTests {
    @Test func theDefaultSeedGivesThePublishedTotals() throws {
        let history = try DemoNetwork.history()
        #expect(history.seed == DemoNetwork.seed)
        #expect(history.centres.count == 31)
        #expect(history.centres.filter { $0.record.openedOn.map { $0 <= history.horizon } ?? false }.count == 26)
        #expect(history.hires.filter { $0.record.profession.countsTowardGoal }.count == 133)
        #expect(history.candidates.count == 5)
        #expect(history.activity.count == 875)
        #expect(history.activity.reduce(0) { $0 + $1.scheduledConsultations + $1.unscheduledConsultations } == 512_009)
        #expect(history.activity.reduce(0) { $0 + $1.newReferringPatients } == 38_389)
    }

    @Test func theSameSeedGivesTheSameHistoryAndAnotherADifferentOne() throws {
        let names = { (history: NetworkHistory) in history.hires.map { "\($0.record.lastName) \($0.record.firstName)" }
        }
        #expect(names(try DemoNetwork.history()) == names(try DemoNetwork.history()))
        #expect(names(try DemoNetwork.history(seed: 7)) != names(try DemoNetwork.history()))
    }
}
