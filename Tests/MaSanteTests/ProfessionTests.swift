import MaSante
import Testing

@Suite struct ProfessionTests {
    @Test(arguments: [
        ("Sage-Femme", Profession.sageFemme), ("sage_femme", .sageFemme), ("SAGE FEMME", .sageFemme),
        ("Infirmière", .infirmier), ("infirmier", .infirmier), ("Médecin généraliste", .medecinGeneraliste),
        ("medecin_specialiste", .medecinSpecialiste), ("Secrétaire médicale", .secretaireMedical),
        (" Médecin ", .medecinGeneraliste),
    ])
    func frenchLabelsInAnyCaseAreRecognised(label: String, expected: Profession) {
        #expect(Profession(label: label) == expected)
    }

    @Test func unknownLabelsAreRejected() {
        #expect(Profession(label: "plombier") == nil)
        #expect(Profession(label: "") == nil)
    }

    @Test func onlyHealthProfessionalsCountTowardTheGoal() {
        #expect(
            Profession.allCases.filter(\.countsTowardGoal) == [
                .medecinGeneraliste, .medecinSpecialiste, .infirmier, .sageFemme,
            ])
    }

    @Test func validCodesListEveryProfession() {
        #expect(
            Profession.validCodes
                == "medecin_generaliste, medecin_specialiste, infirmier, sage_femme, secretaire_medical")
    }
}

@Suite struct DepartementTests {
    @Test func occitaniesThirteenDepartementsAreKnownByName() {
        #expect(Departement.occitanie.count == 13)
        #expect(Departement("9")?.description == "09 Ariège")
        #expect(Departement("66")?.isInOccitanie == true)
    }

    @Test func otherDepartementsAreAllowedButNotOccitanie() {
        #expect(Departement("75")?.isInOccitanie == false)
        #expect(Departement("2A")?.code == "2A")
        #expect(Departement("974")?.code == "974")
    }

    @Test(arguments: ["20", "00", "96", "ab", "", "1234", "٣١"])
    func invalidCodesAreRejected(code: String) {
        #expect(Departement(code) == nil)
    }
}
