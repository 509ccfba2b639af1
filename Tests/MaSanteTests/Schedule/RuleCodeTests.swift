import MaSante
import Testing

/// Rules are typed by their French code; the codes settings store are still accepted.
@Suite struct RuleCodeTests {
    @Test func aRuleIsReadByItsFrenchCodeWithoutRegardToCaseOrAccents() throws {
        #expect(try RuleID.parse("presence_medecin_secretaire") == .doctorAndSecretaryPresent)
        #expect(try RuleID.parse(" Amplitude_Ouverture ") == .openingAmplitude)
        #expect(try RuleID.parse("durée_hebdomadaire") == .weeklyMax)
    }

    @Test func theStoredEnglishCodesAreStillAccepted() throws {
        #expect(try RuleID.parse("doctorAndSecretaryPresent") == .doctorAndSecretaryPresent)
        #expect(try RuleID.parse("dailyrest") == .dailyRest)
    }

    @Test func anUnknownRuleListsTheFrenchCodes() {
        #expect(throws: FieldError.self) { try RuleID.parse("repos") }
        do {
            _ = try RuleID.parse("repos")
        } catch {
            #expect(error.message.contains("repos_quotidien, repos_hebdomadaire"), "\(error.message)")
            #expect(!error.message.contains("dailyRest"))
        }
    }

    @Test func everyRuleHasItsOwnCode() {
        #expect(Set(RuleID.allCases.map(\.code)).count == RuleID.allCases.count)
        #expect(
            RuleID.allCases.allSatisfy {
                $0.code.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            })
    }
}
