import MaSante
import Testing

@Suite struct FINESSTests {
    @Test(arguments: ["750712184", "310781406"])
    func publishedNumbersAreAccepted(code: String) throws {
        #expect(try FINESS.parse(code).code == code)
    }

    @Test func corsicanNumbersCountTheLetterAsZero() throws {
        #expect(try FINESS.parse("2a0000008").code == "2A0000008")
        #expect(try FINESS.parse("2B0000008").code == "2B0000008")
        #expect(throws: FieldError("FINESS invalide « 2A0000001 » : chiffre de contrôle incorrect")) {
            try FINESS.parse("2A0000001")
        }
    }

    @Test func aWrongCheckDigitIsExplained() {
        #expect(throws: FieldError("FINESS invalide « 310781407 » : chiffre de contrôle incorrect")) {
            try FINESS.parse("310781407")
        }
    }

    @Test(arguments: ["31078140", "3107814060", "2C0000001", "31078140X", ""])
    func otherShapesAreRefused(text: String) {
        #expect(
            throws: FieldError(
                "FINESS invalide « \(text) » : 9 caractères attendus (2 chiffres ou 2A/2B, puis 7 chiffres)")
        ) {
            try FINESS.parse(text)
        }
    }
}
