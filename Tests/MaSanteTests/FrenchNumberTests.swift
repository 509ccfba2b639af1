import MaSante
import Testing

@Suite struct FrenchNumberTests {
    @Test(arguments: [
        ("17,5", 17.5), ("17.5", 17.5), (" 35 ", 35), ("1 234,5", 1234.5), ("1\u{00A0}234,5", 1234.5),
        ("1\u{202F}234", 1234), ("0,25", 0.25), ("-2", -2), ("12 345 678", 12_345_678),
    ])
    func frenchAndEnglishDecimalsAreRead(text: String, expected: Double) throws {
        #expect(try FrenchNumber.parseDecimal(text) == expected)
    }

    @Test(arguments: ["abc", "1,2,3", "1.234,5", "NaN", "inf", "1e3", "17,", ",5", "12 34", "1 2345", "--1", "٣٥"])
    func anythingElseIsRefused(text: String) {
        #expect(throws: FieldError("nombre invalide « \(text) » : attendu par exemple 17,5 ou 35")) {
            try FrenchNumber.parseDecimal(text)
        }
    }

    @Test func anEmptyNumberIsReportedAsMissing() {
        #expect(throws: FieldError("nombre manquant : attendu par exemple 17,5 ou 35")) {
            try FrenchNumber.parseDecimal("")
        }
    }

    @Test func numbersAreWrittenTheFrenchWay() {
        #expect(FrenchNumber.format(17.5) == "17,5")
        #expect(FrenchNumber.format(35) == "35")
        #expect(FrenchNumber.format(1234) == "1\u{202F}234")
        #expect(FrenchNumber.format(1_234_567.891) == "1\u{202F}234\u{202F}567,89")
        #expect(FrenchNumber.format(0.125, maxFractionDigits: 1) == "0,1")
        #expect(FrenchNumber.format(-0.001) == "0")
        #expect(FrenchNumber.format(-1234.5) == "-1\u{202F}234,5")
        #expect(FrenchNumber.format(2.0 / 3.0) == "0,67")
    }
}
