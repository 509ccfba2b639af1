import MaSante
import Testing

@Suite struct SpecialtyTests {
    @Test(arguments: [
        ("pediatrie", "pediatrie"), ("Pédiatrie", "pediatrie"), ("pédiatre", "pediatrie"), ("ORL", "orl"),
        ("Gynécologie-Obstétrique", "gynecologie_obstetrique"), ("gynécologie médicale", "gynecologie_medicale"),
        ("Médecine physique et réadaptation", "medecine_physique_et_readaptation"), ("cardiologue", "cardiologie"),
        ("gastro-entérologie", "gastro_enterologie"), ("Addictologie", "addictologie"),
    ])
    func codesLabelsAndSpecialistNamesAreRecognised(text: String, code: String) throws {
        #expect(try Specialty.parse(text).code == code)
    }

    @Test func codesAreUniqueAndReadBackExactly() throws {
        #expect(Set(Specialty.all.map(\.code)).count == Specialty.all.count)
        for specialty in Specialty.all {
            #expect(Specialty(code: specialty.code) == specialty)
            #expect(try Specialty.parse(specialty.label) == specialty)
        }
        #expect(Specialty(code: "Pédiatrie") == nil)
    }

    @Test func anUnknownSpecialtyListsTheValidCodes() {
        #expect(
            throws: FieldError(
                "spécialité inconnue « chirurgie cardiaque » : valeurs possibles \(Specialty.validCodes)")
        ) {
            try Specialty.parse("chirurgie cardiaque")
        }
        #expect(Specialty.validCodes.hasPrefix("pediatrie, gynecologie_medicale, "))
    }
}
