import MaSante
import Testing

@Suite struct CSVErrorTests {
    @Test func itNamesItsLineWhenItHasOne() {
        #expect(
            CSVError(line: 3, message: "guillemet jamais refermé").description == "ligne 3 : guillemet jamais refermé")
        #expect(CSVError(message: "fichier vide").description == "fichier vide")
    }
}
