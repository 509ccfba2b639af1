import MaSante
import Testing

@Suite struct SIRETTests {
    @Test func toulouseTownHallsSIRETIsValid() throws {
        let siret = try SIRET.parse("213 105 554 00017")
        #expect(siret.digits == "21310555400017")
        #expect(siret.siren == "213105554")
    }

    @Test func aWrongCheckDigitIsExplained() {
        #expect(throws: FieldError("SIRET invalide « 21310555400018 » : chiffre de contrôle incorrect")) {
            try SIRET.parse("21310555400018")
        }
    }

    @Test func laPosteEstablishmentsFollowTheirOwnRule() throws {
        #expect(try SIRET.parse("35600000000001").digits == "35600000000001")
        #expect(throws: FieldError.self) { try SIRET.parse("35600000000002") }
    }

    @Test(arguments: ["2131055540001", "213105554000170", "2131055540001A", ""])
    func anythingButFourteenDigitsIsRefused(text: String) {
        #expect(throws: FieldError("SIRET invalide « \(text) » : 14 chiffres attendus")) { try SIRET.parse(text) }
    }
}
