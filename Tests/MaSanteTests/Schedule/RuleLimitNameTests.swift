import Testing

@testable import MaSante

@Suite struct RuleLimitNameTests {
    @Test func limitsAreReadAndWrittenInTheirOwnUnits() throws {
        var limits = RuleLimits()
        try RuleLimitName.toleranceContrat.set(2, in: &limits)
        try RuleLimitName.pauseMin.set(30, in: &limits)
        try RuleLimitName.joursTravaillesMax.set(5, in: &limits)
        #expect(limits.contractHoursTolerance == 2 * 3600)
        #expect(limits.minimumBreak == 30 * 60)
        #expect(limits.maxWorkingDays == 5)
        #expect(RuleLimitName.reposQuotidien.value(in: limits) == 11)
        #expect(RuleLimitName.pauseMin.text(in: limits) == "30 min")
        #expect(RuleLimitName.joursTravaillesMax.text(in: limits) == "5")
    }

    @Test func aCountThatIsNotWholeOrADurationOverAWeekIsRefusedInFrench() {
        var limits = RuleLimits()
        #expect(throws: FieldError.self) { try RuleLimitName.joursTravaillesMax.set(5.5, in: &limits) }
        #expect(throws: FieldError.self) { try RuleLimitName.dureeHebdoMax.set(200, in: &limits) }
        #expect(throws: FieldError.self) { try RuleLimitName.semainesMoyenne.set(53, in: &limits) }
        #expect(limits == RuleLimits())
    }

    @Test func anUnknownLimitNameListsTheValidOnes() throws {
        #expect(throws: FieldError.self) { try RuleLimitName.parse("repos") }
        #expect(try RuleLimitName.parse("Repos_Quotidien") == .reposQuotidien)
    }

    @Test func lessRestOrMoreWorkThanTheLawIsLooserButStricterIsNot() throws {
        var limits = RuleLimits()
        try RuleLimitName.reposQuotidien.set(9, in: &limits)
        try RuleLimitName.dureeQuotidienneMax.set(8, in: &limits)
        #expect(RuleLimitName.reposQuotidien.isLooserThanDefault(in: limits))
        #expect(!RuleLimitName.dureeQuotidienneMax.isLooserThanDefault(in: limits))
        #expect(!RuleLimitName.reposHebdo.isLooserThanDefault(in: limits))
    }

    @Test func everyLimitBelongsToARuleThatHasIt() {
        for name in RuleLimitName.allCases { #expect(name.rule.isPersonRule) }
    }
}
