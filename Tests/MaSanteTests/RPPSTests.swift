import MaSante
import Testing

@Suite struct RPPSTests {
    @Test(arguments: ["10005173140", "10002727377"])
    func publishedNumbersPassTheLuhnCheck(number: String) throws {
        #expect(try RPPS.parse(number).digits == number)
        #expect(RPPS.isValid(number))
    }

    @Test func generatedNumbersAreValidAndEveryOtherCheckDigitIsNot() throws {
        for payload in ["1000000000", "1000517314", "1234567890", "1999999999"] {
            let good = RPPS.checkDigit(for: payload)
            #expect(RPPS.isValid(payload + String(good)))
            for wrong in (0...9).filter({ $0 != good }) {
                #expect(!RPPS.isValid(payload + String(wrong)))
            }
        }
        #expect(RPPS.checkDigit(for: "1000000000") == 9)
    }

    @Test func spacesAroundAndBetweenDigitsAreIgnored() throws {
        #expect(try RPPS.parse(" 100 051 731 40 ").digits == "10005173140")
        #expect(try RPPS.parse("1000\u{00A0}5173140").description == "10005173140")
    }

    @Test func aWrongCheckDigitIsExplained() {
        #expect(throws: FieldError("RPPS invalide « 10005173141 » : chiffre de contrôle incorrect")) {
            try RPPS.parse("10005173141")
        }
    }

    @Test(arguments: ["123", "100051731400", "1000517314A", "", "1,00052E+10", "١٠٠٠٥١٧٣١٤٠"])
    func anythingButElevenDigitsIsRefused(text: String) {
        #expect(throws: FieldError("RPPS invalide « \(text) » : 11 chiffres attendus")) { try RPPS.parse(text) }
        #expect(!RPPS.isValid(text))
    }
}
