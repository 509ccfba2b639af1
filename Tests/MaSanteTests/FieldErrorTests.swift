import MaSante
import Testing

@Suite struct FieldErrorTests {
    @Test func itDescribesItselfByItsMessage() {
        #expect(FieldError("date manquante").description == "date manquante")
        #expect("\(FieldError("heure invalide"))" == "heure invalide")
    }
}
