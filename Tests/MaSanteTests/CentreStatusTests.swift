import MaSante
import Testing

@Suite struct CentreStatusTests {
    static let allowed: Set<String> = [
        "candidature>retenue", "candidature>convention_signee", "candidature>en_preparation", "candidature>ouvert",
        "retenue>convention_signee", "retenue>en_preparation", "retenue>ouvert",
        "convention_signee>en_preparation", "convention_signee>ouvert",
        "en_preparation>ouvert",
        "ouvert>ferme",
    ]

    @Test(arguments: CentreStatus.allCases)
    func centresMoveForwardAndOnlyOpenOnesClose(from: CentreStatus) {
        for to in CentreStatus.allCases {
            #expect(from.canMove(to: to) == Self.allowed.contains("\(from.rawValue)>\(to.rawValue)"), "\(from) → \(to)")
        }
    }

    @Test func refusalsAreExplainedInFrench() {
        #expect(
            CentreStatus.transitionError(from: .retenue, to: .ferme)
                == FieldError("seul un centre ouvert peut fermer (statut actuel « retenue »)"))
        #expect(
            CentreStatus.transitionError(from: .ouvert, to: .retenue)
                == FieldError("retour en arrière impossible : de « ouvert » à « retenue »"))
        #expect(
            CentreStatus.transitionError(from: .ferme, to: .ouvert)
                == FieldError("un centre fermé ne change plus de statut"))
    }

    @Test(arguments: [
        ("Ouvert", CentreStatus.ouvert), ("convention signée", .conventionSignee), ("fermé", .ferme),
        ("en_preparation", .enPreparation),
        ("En préparation (travaux, recrutement)", .enPreparation), ("Candidature AMI", .candidature),
        ("travaux", .enPreparation),
    ])
    func codesAndLabelsAreRead(text: String, status: CentreStatus) throws {
        #expect(try CentreStatus.parse(text) == status)
    }

    @Test func anUnknownStatusListsTheCodes() {
        #expect(
            throws: FieldError(
                "statut de centre inconnu « actif » : valeurs possibles candidature, retenue, convention_signee, en_preparation, ouvert, ferme"
            )
        ) {
            try CentreStatus.parse("actif")
        }
    }
}
