import MaSante
import Testing

@Suite struct RecruitmentStageTests {
    static let allowed: Set<String> = [
        "candidat>entretien", "candidat>promesse", "candidat>embauche", "candidat>en_poste", "candidat>abandon",
        "entretien>promesse", "entretien>embauche", "entretien>en_poste", "entretien>abandon",
        "promesse>embauche", "promesse>en_poste", "promesse>abandon",
        "embauche>en_poste", "embauche>parti",
        "en_poste>parti",
        "parti>candidat", "parti>embauche", "parti>en_poste", "abandon>candidat", "abandon>embauche",
        "abandon>en_poste",
    ]

    @Test(arguments: RecruitmentStage.allCases)
    func onlyTheListedMovesAreAllowed(from: RecruitmentStage) {
        for to in RecruitmentStage.allCases {
            let expected = Self.allowed.contains("\(from.rawValue)>\(to.rawValue)")
            #expect(from.canMove(to: to) == expected, "\(from) → \(to)")
            #expect((RecruitmentStage.transitionError(from: from, to: to) == nil) == expected)
        }
    }

    @Test func aPersonEntersAsACandidateOrAlreadyHired() {
        let first = RecruitmentStage.allCases.filter { RecruitmentStage.transitionError(from: nil, to: $0) == nil }
        #expect(first == [.candidat, .embauche, .enPoste])
        #expect(
            RecruitmentStage.transitionError(from: nil, to: .parti)
                == FieldError(
                    "première étape « parti·e » impossible : une personne entre comme candidat, embauché·e ou en poste")
        )
    }

    @Test(arguments: [
        (
            RecruitmentStage.enPoste, RecruitmentStage.entretien,
            "retour en arrière impossible : de « en poste » à « entretien »"
        ),
        (.entretien, .entretien, "la personne est déjà à l'étape « entretien »"),
        (
            .parti, .entretien,
            "après l'étape « parti·e », une personne revient comme candidat, embauché·e ou en poste : passage à « entretien » impossible"
        ),
        (
            .abandon, .entretien,
            "après l'étape « abandon », une personne revient comme candidat, embauché·e ou en poste : passage à « entretien » impossible"
        ),
        (
            .enPoste, .abandon,
            "abandon impossible après l'embauche (étape « en poste ») : enregistrer un départ (parti·e)"
        ),
        (
            .candidat, .parti,
            "départ impossible à l'étape « candidat » : la personne n'a pas été embauchée (utiliser abandon)"
        ),
    ])
    func refusalsAreExplainedInFrench(from: RecruitmentStage, to: RecruitmentStage, message: String) {
        #expect(RecruitmentStage.transitionError(from: from, to: to) == FieldError(message))
    }

    @Test func aPersonWhoLeftOrGaveUpMayStartAgainAsOnTheirFirstEvent() {
        for end in [RecruitmentStage.parti, .abandon] {
            let again = RecruitmentStage.allCases.filter { RecruitmentStage.transitionError(from: end, to: $0) == nil }
            #expect(again == [.candidat, .embauche, .enPoste])
        }
    }

    @Test func hiresCountForGood() {
        #expect(RecruitmentStage.allCases.filter(\.countsAsHired) == [.embauche, .enPoste, .parti])
    }

    @Test(arguments: [
        ("embauché", RecruitmentStage.embauche), ("Embauchée", .embauche), ("embauché·e", .embauche),
        ("En poste", .enPoste),
        ("en_poste", .enPoste), ("Promesse d'embauche", .promesse), ("partie", .parti), ("ABANDON", .abandon),
        ("candidate", .candidat),
    ])
    func codesAndLabelsAreRead(text: String, stage: RecruitmentStage) throws {
        #expect(try RecruitmentStage.parse(text) == stage)
    }

    @Test func anUnknownStageListsTheCodes() {
        #expect(
            throws: FieldError(
                "étape de recrutement inconnue « stage » : valeurs possibles candidat, entretien, promesse, embauche, en_poste, parti, abandon"
            )
        ) {
            try RecruitmentStage.parse("stage")
        }
    }
}
