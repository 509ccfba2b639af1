import MaSante
import Testing

@Suite struct FrenchTextTests {
    @Test func deIsElidedBeforeAVowelWhateverItsCaseOrAccent() {
        #expect(FrenchText.of("Espalion") == "d'Espalion")
        #expect(FrenchText.of("Élodie MARTIN") == "d'Élodie MARTIN")
        #expect(FrenchText.of("yves BERNARD") == "d'yves BERNARD")
    }

    @Test func deStaysWholeBeforeAConsonantOrNothing() {
        #expect(FrenchText.of("Millas") == "de Millas")
        #expect(FrenchText.of("Marie DURAND") == "de Marie DURAND")
        #expect(FrenchText.of("") == "de ")
    }

    @Test func comparisonKeysIgnoreCaseAccentsAndSeparators() {
        #expect(FrenchText.key("Sage-Femme ") == FrenchText.key("sage_femme"))
    }
}
