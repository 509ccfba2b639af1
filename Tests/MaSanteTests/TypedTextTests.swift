import MaSante
import Testing

@Suite struct TypedTextTests {
    func message(_ text: String, as kind: TypedText.Kind) -> String? {
        do {
            try TypedText.check(text, as: kind)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func accentedHyphenatedAndApostrophedNamesAreAccepted() {
        for name in ["DUPONT", "Hélène", "N'Diaye-Lefèvre", "Æsa Ørsted", "李", "O’Neill"] {
            #expect(message(name, as: .name) == nil, "\(name)")
        }
    }

    @Test func anANSIEscapeIsRefusedAndNamedWithoutEchoingIt() throws {
        let refusal = try #require(message("DUPONT\u{1B}[31m", as: .name))
        #expect(refusal.contains("U+001B"))
        #expect(refusal.contains("position 7"))
        #expect(refusal.contains("séquence d'échappement ANSI"))
        #expect(!refusal.contains("\u{1B}"))
    }

    @Test func everyC0AndC1ControlAndDELIsRefused() {
        let controls = (0x00...0x1F).map { $0 } + [0x7F] + (0x80...0x9F).map { $0 }
        for value in controls {
            let text = "A" + String(Unicode.Scalar(UInt32(value))!) + "B"
            #expect(message(text, as: .freeText) != nil, "U+\(String(value, radix: 16))")
        }
    }

    @Test func aNameOfAHundredCharactersPassesAndOneMoreIsRefused() {
        #expect(message(String(repeating: "é", count: 100), as: .name) == nil)
        #expect(
            message(String(repeating: "é", count: 101), as: .name)
                == "texte trop long : 101 caractères, 100 au plus pour un nom")
    }

    @Test func freeTextMayHoldFiveHundredCharacters() {
        #expect(message(String(repeating: "x", count: 500), as: .freeText) == nil)
        #expect(
            message(String(repeating: "x", count: 501), as: .freeText)
                == "texte trop long : 501 caractères, 500 au plus pour un texte libre")
    }

    @Test func combiningMarksCountOneByOne() {
        let stacked = "a" + String(repeating: "\u{0301}", count: 200)
        #expect(message(stacked, as: .name) != nil)
    }

    @Test func aSevenHundredKilobyteNameIsRefusedWithItsLengthOnly() throws {
        let refusal = try #require(message(String(repeating: "A", count: 700_000), as: .name))
        #expect(refusal == "texte trop long : 700000 caractères, 100 au plus pour un nom")
    }

    @Test func anImportLineWithAnEscapeInTheNameSaysLineAndColumn() throws {
        let (line, columns) = try importLine(
            header: ["nom", "prenom", "profession", "rpps", "centre", "date_embauche"],
            ["\u{1B}]0;pwned\u{07}DUPONT", "Jean", "infirmier", "10000000058", "Millas", "2024-01-02"],
            required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns)
        let result = PersonRecord.parse(line, columns: columns)
        #expect(result.record == nil)
        #expect(
            result.issues.map(\.description) == [
                "ligne 2, colonne nom : caractère de contrôle U+001B en position 1 (séquence d'échappement ANSI) : tabulations, sauts de ligne et caractères de contrôle sont refusés"
            ])
    }

    @Test func aTabInsideAPlaceIsRefusedButSpacesAroundItAreTrimmed() throws {
        let header = ["centre", "personne", "jour", "debut", "fin", "activite", "lieu"]
        let fields = ["Millas", "REY Arnaud", "2026-12-01", "08:00", "12:00", "visite_ehpad"]
        let inside = try importLine(
            header: header, fields + ["EHPAD\tLes Tilleuls"],
            required: PlanningRecord.requiredColumns, optional: PlanningRecord.optionalColumns)
        #expect(PlanningRecord.parse(inside.0, columns: inside.1).issues.map(\.column).contains("lieu"))
        let around = try importLine(
            header: header, fields + ["  EHPAD Les Tilleuls  "],
            required: PlanningRecord.requiredColumns, optional: PlanningRecord.optionalColumns)
        #expect(PlanningRecord.parse(around.0, columns: around.1).record?.place == "EHPAD Les Tilleuls")
    }

    @Test func aCentrePartnerIsCheckedLikeAName() throws {
        let (line, columns) = try importLine(
            header: ["nom", "commune", "code_insee", "departement", "statut", "partenaire"],
            ["Centre de santé de Millas", "Millas", "66108", "66", "retenue", "Mairie\u{9B}2J"],
            required: CentreRecord.requiredColumns, optional: CentreRecord.optionalColumns)
        #expect(CentreRecord.parse(line, columns: columns).issues.map(\.column) == ["partenaire"])
    }

    @Test func messagesShowControlCharactersOfOtherFieldsVisibly() throws {
        let (line, columns) = try importLine(
            header: ["nom", "prenom", "profession", "rpps", "centre", "date_embauche"],
            ["DUPONT", "Jean", "\u{1B}[2Jinfirmier", "10000000058", "Millas", "2024-01-02"],
            required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns)
        let issue = try #require(PersonRecord.parse(line, columns: columns).issues.first)
        #expect(issue.message.hasPrefix("profession inconnue « <U+001B>[2Jinfirmier »"))
    }
}
