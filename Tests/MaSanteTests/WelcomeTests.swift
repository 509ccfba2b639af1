import MaSante
import Testing

@Suite struct WelcomeTests {
    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    @Test func dueOffsetsReadDaysFromTheHireAndRefuseTheOutOfRangeInFrench() throws {
        #expect(try DueOffset.parse("J+30").days == 30)
        #expect(try DueOffset.parse("-15").french == "J-15")
        #expect(try DueOffset.parse("j").french == "J")
        #expect(try DueOffset.parse("+7").due(from: Self.day("2026-11-30")) == Self.day("2026-12-07"))
        #expect {
            try DueOffset.parse("400")
        } throws: { error in
            (error as? FieldError)?.message
                == "délai invalide « 400 » : un nombre de jours depuis l'embauche, de -90 à 365 (ex. 30, J+30, -15)"
        }
        #expect(throws: FieldError.self) { try DueOffset.parse("trente") }
    }

    @Test func theWelcomeWordsReadCodesAndFrenchNamesAndListTheValidValues() throws {
        #expect(try WelcomeGroup.parse("Premier jour") == .premierJour)
        #expect(try WelcomeOwner.parse("mairie") == .commune)
        #expect(try WelcomeStatus.parse("sans objet") == .sansObjet)
        #expect {
            try WelcomeStatus.parse("terminé")
        } throws: { error in
            (error as? FieldError)?.message
                == "statut inconnu « terminé » : valeurs possibles a_faire, fait, sans_objet"
        }
        #expect(WelcomeOwner.validCodes == "rh, responsable, commune")
    }

    @Test func aWelcomeIsLateWhenAnItemIsOpenPastItsDueDayAndFinishedWhenAllAreClosed() throws {
        let start = Self.day("2026-09-01")
        let keys = WelcomeStep(label: "Clés", group: .premierJour, owner: .responsable, offset: .zero)
        let visit = WelcomeStep(label: "Visite", group: .administratif, owner: .rh, offset: DueOffset(days: 90)!)
        var items = [
            WelcomeItem(step: keys, status: .fait, closedOn: Self.day("2026-09-03"), note: nil),
            WelcomeItem(step: visit, status: .aFaire, closedOn: nil, note: nil),
        ]
        #expect(WelcomeProgress(items: items, start: start, on: Self.day("2026-09-02")) == .enRetard)
        #expect(WelcomeProgress(items: items, start: start, on: Self.day("2026-09-03")) == .enCours)
        #expect(WelcomeProgress(items: items, start: start, on: Self.day("2026-12-01")) == .enRetard)
        items[1].status = .sansObjet
        items[1].closedOn = Self.day("2026-10-01")
        #expect(WelcomeProgress(items: items, start: start, on: Self.day("2026-12-01")) == .termine)
        #expect(WelcomeProgress(items: [], start: start, on: start) == .termine)
    }
}
