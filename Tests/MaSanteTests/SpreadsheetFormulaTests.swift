import MaSante
import Testing

@Suite struct SpreadsheetFormulaTests {
    @Test(arguments: [
        "=HYPERLINK(\"http://x\";\"clic\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tDUPONT", "\rDUPONT",
    ])
    func aFormulaLikeTextGetsAQuoteAndComesBackUnchanged(_ text: String) {
        let cell = SpreadsheetFormula.neutralised(text)
        #expect(cell == "'" + text)
        #expect(SpreadsheetFormula.restored(cell) == text)
    }

    @Test(arguments: ["-12", "+4,5", "-0.25", "DUPONT", "Jean-Marc", "", "2026-12-01", "10000000058"])
    func numbersAndOrdinaryTextAreLeftAlone(_ text: String) {
        #expect(SpreadsheetFormula.neutralised(text) == text)
        #expect(SpreadsheetFormula.restored(text) == text)
    }

    @Test func onlyAQuoteBeforeAFormulaCharacterIsRemovedOnImport() {
        #expect(SpreadsheetFormula.restored("'Ouest") == "'Ouest")
        #expect(SpreadsheetFormula.restored("'") == "'")
        #expect(SpreadsheetFormula.restored("''=A1") == "''=A1")
    }

    @Test func aNumberWithTwoSeparatorsIsNotAPlainNumber() {
        #expect(SpreadsheetFormula.neutralised("-1,2.3") == "'-1,2.3")
        #expect(SpreadsheetFormula.neutralised("-1e5") == "'-1e5")
    }

    @Test func importedFieldsLoseTheExportersQuote() throws {
        let (line, columns) = try importLine(
            header: ["nom", "prenom", "profession", "rpps", "centre", "date_embauche"],
            ["'=DUPONT", "'-Jean", "infirmier", "10000000058", "Millas", "2024-01-02"],
            required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns)
        let record = try #require(PersonRecord.parse(line, columns: columns).record)
        #expect(record.lastName == "=DUPONT")
        #expect(record.firstName == "-Jean")
    }
}
