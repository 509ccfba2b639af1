import Foundation
import MaSante
import Testing

@Suite struct RuleSettingsTests {
    let tuesday = Fixture.dec(8)
    var eleven: [Shift] { [Fixture.shift(tuesday, "07:00", "12:00"), Fixture.shift(tuesday, "12:30", "19:00")] }

    @Test func defaultsFollowTheDomain() {
        let settings = RuleSettings.defaults
        #expect(RuleID.allCases.allSatisfy(settings.isEnabled))
        #expect(
            RuleID.allCases.filter { settings[$0].severity == .avertissement }
                == [.contractHours, .centreShare, .withinOpeningHours, .homeVisitsEachWeek, .openingAmplitude])
        #expect(settings.limits.dailyMaxWork == 10 * 3600)
        #expect(settings.limits.weeklyRest == 35 * 3600)
        #expect(settings.limits.openingTarget[.samedi]?.description == "08:00-12:00")
        #expect(settings.limits.openingTarget[.dimanche] == nil)
    }

    @Test func aRuleSwitchedOffInTheCentreGivesNoFinding() {
        var settings = RuleSettings.defaults
        settings[.dailyMaxHours].isEnabled = false
        let centres = [Fixture.centre(settings: settings), Fixture.centre(Fixture.salviac, "Salviac")]
        #expect(Fixture.findings(.dailyMaxHours, eleven, centres: centres).isEmpty)
        settings[.doctorAndSecretaryPresent].isEnabled = false
        let coverage = Fixture.findings(
            .doctorAndSecretaryPresent, eleven, centres: [Fixture.centre(settings: settings)])
        #expect(coverage.isEmpty)
        #expect(!Fixture.findings(.doctorAndSecretaryPresent, eleven, centres: [Fixture.centre()]).isEmpty)
    }

    @Test func oneCentreCannotSwitchOffTheLawForAnother() {
        var off = RuleSettings.defaults
        off[.dailyMaxHours].isEnabled = false
        let centres = [Fixture.centre(settings: off), Fixture.centre(Fixture.salviac, "Salviac")]
        let split = [
            Fixture.shift(tuesday, "07:00", "12:00"), Fixture.shift(tuesday, "12:30", "19:00", centre: Fixture.salviac),
        ]
        #expect(Fixture.findings(.dailyMaxHours, split, centres: centres).count == 1)
    }

    @Test func severityOverridesApply() {
        var settings = RuleSettings.defaults
        settings[.dailyMaxHours].severity = .avertissement
        settings[.homeVisitsEachWeek].severity = .bloquant
        let centres = [Fixture.centre(settings: settings)]
        #expect(Fixture.findings(.dailyMaxHours, eleven, centres: centres).map(\.severity) == [.avertissement])
        #expect(Fixture.findings(.homeVisitsEachWeek, eleven, centres: centres).map(\.severity) == [.bloquant])
    }

    @Test func limitOverridesApply() {
        var settings = RuleSettings.defaults
        settings.limits.dailyMaxWork = 8 * 3600
        let nine = [Fixture.shift(tuesday, "08:00", "12:00"), Fixture.shift(tuesday, "13:00", "18:00")]
        #expect(
            Fixture.findings(.dailyMaxHours, nine, centres: [Fixture.centre(settings: settings)]).map(\.message)
                == ["Marie DURAND : 9 h de travail le mardi 8 décembre 2026, au-delà de 8 h (L3121-18)"])
        #expect(Fixture.findings(.dailyMaxHours, nine).isEmpty)
    }

    @Test func theStrictestOfSeveralSettingsBinds() {
        var lax = RuleSettings.defaults, strict = RuleSettings.defaults
        lax[.weeklyMax].isEnabled = false
        lax[.contractHours] = RuleSetting(isEnabled: false, severity: .bloquant)
        lax.limits.dailyRest = 9 * 3600
        strict[.dailyRest].severity = .avertissement
        strict.limits.dailyMaxWork = 9 * 3600
        strict.limits.contractHoursTolerance = 0
        let merged = RuleSettings.strictest([lax, strict])
        #expect(merged.isEnabled(.weeklyMax))
        #expect(merged[.contractHours] == RuleSetting(isEnabled: true, severity: .avertissement))
        #expect(merged[.dailyRest].severity == .bloquant)
        #expect(merged.limits.dailyRest == 11 * 3600)
        #expect(merged.limits.dailyMaxWork == 9 * 3600)
        #expect(merged.limits.contractHoursTolerance == 0)
        #expect(RuleSettings.strictest([]) == .defaults)
    }

    @Test func rulesAreNamedInFrenchWithTheirLegalReference() {
        #expect(RuleID.dailyRest.label == "Repos quotidien")
        #expect(RuleID.weeklyRest.reference == "L3132-2")
        #expect(RuleID.overlap.reference == nil)
        #expect(RuleID.allCases.count == 20)
        #expect(RuleID.outsideLongAbsence.code == "hors_absence_longue")
        #expect(Severity.bloquant > .avertissement)
    }
}
