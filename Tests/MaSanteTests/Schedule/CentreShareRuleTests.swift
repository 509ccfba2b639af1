import Foundation
import MaSante
import Testing

@Suite struct CentreShareRuleTests {
    let week = Fixture.week

    /// Marie at 60 % in Millas and 40 % in Salviac: 21 h of her 35 h belong to Millas.
    var shared: PersonContext {
        var marie = Fixture.marie
        marie.assignments = [
            CentreAssignment(centreID: Fixture.millas, start: Fixture.dec(1, month: 1), share: 0.6),
            CentreAssignment(centreID: Fixture.salviac, start: Fixture.dec(1, month: 1), share: 0.4),
        ]
        return marie
    }

    func days(_ count: Int, in centre: Int) -> [Shift] {
        week.days.prefix(count).map { Fixture.shift($0, "08:00", "15:00", centre: centre) }
    }

    @Test func aCentreWithinItsShareOfTheContractRaisesNothing() {
        #expect(Fixture.findings(.centreShare, days(3, in: Fixture.millas), people: [shared]).isEmpty)
    }

    @Test func aCentreTakingMoreThanItsShareIsAWarningNamingTheShare() {
        let findings = Fixture.findings(.centreShare, days(4, in: Fixture.millas), people: [shared])
        #expect(
            findings.map(\.message) == [
                "Marie DURAND : 28 h de travail dans ce centre dans la semaine 2026-W50 pour une quotité de 60 % du contrat (21 h) : 7 h de plus"
            ])
        #expect(findings.first?.severity == .avertissement)
        #expect(findings.first?.centreID == Fixture.millas)
    }

    @Test func someoneWithTheWholeContractInACentreIsLeftToTheContractHoursRule() {
        #expect(Fixture.findings(.centreShare, days(5, in: Fixture.millas)).isEmpty)
    }
}
