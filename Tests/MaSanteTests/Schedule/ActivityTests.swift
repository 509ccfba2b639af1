import MaSante
import Testing

@Suite struct ActivityTests {
    @Test(arguments: [
        ("consultation", Activity.consultation), ("Soins non programmés", .soinsNonProgrammes),
        ("VISITE_DOMICILE", .visiteDomicile),
        ("Visite en EHPAD", .visiteEHPAD), ("secrétariat", .secretariat), ("administratif", .administratif),
        ("formation", .formation), ("Congé", .conge), ("maladie", .maladie),
    ])
    func codesAndLabelsAreRead(text: String, activity: Activity) throws {
        #expect(try Activity.parse(text) == activity)
        #expect(try Activity.parse(activity.rawValue) == activity)
        #expect(try Activity.parse(activity.label) == activity)
    }

    @Test func anUnknownActivityListsTheCodes() {
        #expect(
            throws: FieldError(
                "activité invalide « garde » : valeurs possibles consultation, soins_non_programmes, visite_domicile, visite_ehpad, secretariat, administratif, formation, conge, maladie"
            )
        ) {
            try Activity.parse(" garde ")
        }
    }

    @Test func absencesAreNotWorkButTrainingIs() {
        #expect(Activity.allCases.filter(\.isAbsence) == [.conge, .maladie])
        #expect(Activity.formation.isWork)
        #expect(!Activity.maladie.isWork)
        #expect(
            Activity.allCases.filter(\.isOnSite) == [.consultation, .soinsNonProgrammes, .secretariat, .administratif])
    }
}
