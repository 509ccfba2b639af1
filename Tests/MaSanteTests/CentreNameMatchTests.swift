import MaSante
import Testing

@Suite struct CentreNameMatchTests {
    static let names = [
        "Centre de santé de Millas", "Centre de santé de Thuir", "Centre de santé de Sainte-Croix-Volvestre",
        "Centre de santé de Saint-Girons", "Centre de santé de Pézenas",
    ]

    @Test(arguments: ["millas", "MILLAS", "  Millas ", "Centre de sante de millas", "de Millas"])
    func aCentreIsFoundByItsNameOrAPartWithoutCaseOrAccents(typed: String) {
        #expect(CentreNameMatch(typed: typed, among: Self.names) == .found("Centre de santé de Millas"))
    }

    @Test func accentsAndHyphensNeedNotBeTyped() {
        #expect(CentreNameMatch(typed: "pezenas", among: Self.names) == .found("Centre de santé de Pézenas"))
        #expect(
            CentreNameMatch(typed: "sainte croix", among: Self.names)
                == .found("Centre de santé de Sainte-Croix-Volvestre"))
        #expect(
            CentreNameMatch(typed: "volv", among: Self.names) == .found("Centre de santé de Sainte-Croix-Volvestre"))
    }

    @Test func aPartSharedByTwoCentresIsAmbiguousAndNamesThem() {
        #expect(
            CentreNameMatch(typed: "sain", among: Self.names)
                == .ambiguous(["Centre de santé de Saint-Girons", "Centre de santé de Sainte-Croix-Volvestre"]))
        #expect(CentreNameMatch(typed: "centre", among: Self.names) == .ambiguous(Self.names.sorted()))
    }

    @Test func aWholeWordWinsOverTheSameLettersInsideAnotherName() {
        #expect(CentreNameMatch(typed: "saint", among: Self.names) == .found("Centre de santé de Saint-Girons"))
    }

    @Test func theWholeNameWinsOverALongerNameThatContainsIt() {
        let names = ["Centre de santé de Foix", "Centre de santé de Foix — annexe"]
        #expect(CentreNameMatch(typed: "centre de santé de foix", among: names) == .found("Centre de santé de Foix"))
        #expect(CentreNameMatch(typed: "foix", among: names) == .ambiguous(names))
    }

    @Test(arguments: ["Perpignan", "", "   ", "-"])
    func aNameNoCentreHasIsUnknown(typed: String) {
        #expect(CentreNameMatch(typed: typed, among: Self.names) == .unknown)
    }
}
