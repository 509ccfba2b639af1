import MaSante
import Testing

@testable import MaSanteReports

@Suite struct RegistryListingsTests {
    static let communes = Listing(
        columns: ["code_insee", "commune", "montagne"],
        rows: [[.text("66108"), .text("Millas"), .text("non")], [.text("66149"), .text("Prades"), .text("oui")]])

    @Test func theTextOfTheCommunesEndsWithTheirCount() {
        let text = RegistryListings.communes(Self.communes, as: .texte)
        #expect(text == ListingRenderer(listing: Self.communes).text + "2 commune(s)\n")
    }

    @Test func theDataFormatsOfTheCommunesHoldOnlyTheRows() {
        #expect(RegistryListings.communes(Self.communes, as: .csv) == ListingRenderer(listing: Self.communes).csv)
        #expect(RegistryListings.communes(Self.communes, as: .json) == ListingRenderer(listing: Self.communes).json)
    }
}
