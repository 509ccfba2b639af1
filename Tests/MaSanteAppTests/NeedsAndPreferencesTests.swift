import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import Testing

@Suite("A centre's needs and the staff's preferences")
struct NeedsAndPreferencesTests {
    static let needsHeader = "jour;debut;fin;activite;personnel;minimum;cible"

    @Test("a centre without recorded needs lists those of its opening hours, in weekday order")
    func needsFollowOpeningHours() throws {
        try PlanningNetwork.with { network in
            let listed = try CoverNeeds(network.session).list(centre: network.millas)
            #expect(!listed.recorded)
            #expect(!listed.needs.isEmpty)
            #expect(listed.needs.map(\.weekday) == listed.needs.map(\.weekday).sorted())
        }
    }

    @Test("a needs file replaces the centre's needs")
    func needsFileReplacesTheNeeds() throws {
        try PlanningNetwork.with { network in
            let needs = CoverNeeds(network.session)
            let reader = try PlanningNetwork.csv(Self.needsHeader, "lundi;08:30;12:30;consultation;medecin;1;2")

            #expect(try needs.replace(centre: network.millas, with: reader) == 1)
            let listed = try needs.list(centre: network.millas)
            #expect(listed.recorded)
            #expect(listed.needs.map(\.target) == [2])
        }
    }

    @Test("a needs file with a bad line replaces nothing")
    func badNeedsFileWritesNothing() throws {
        try PlanningNetwork.with { network in
            let before = try network.state()
            let reader = try PlanningNetwork.csv(
                Self.needsHeader, "lundi;08:30;12:30;consultation;medecin;1;2",
                "dimanche;10:00;09:00;consultation;dentiste;2;1")
            #expect(throws: ImportRejected.self) {
                try CoverNeeds(network.session).replace(centre: network.millas, with: reader)
            }
            #expect(try network.state() == before)
        }
    }

    @Test("preferences are imported per person")
    func preferencesAreImported() throws {
        try PlanningNetwork.with { network in
            let reader = try PlanningNetwork.csv(
                "personne;jour;debut;fin;preference", "REY Arnaud;mercredi;08:00;20:00;indisponible",
                "DENIS Karim;lundi;08:00;12:00;souhaite")
            #expect(try ImportPreferences(network.session).run(reader) == .init(preferences: 2, people: 2))
        }
    }

    @Test("a preferences file naming an unknown person writes nothing")
    func badPreferencesWriteNothing() throws {
        try PlanningNetwork.with { network in
            let before = try network.state()
            let reader = try PlanningNetwork.csv(
                "personne;jour;debut;fin;preference", "REY Arnaud;mercredi;08:00;20:00;indisponible",
                "INCONNU Jean;lundi;08:00;12:00;souhaite")
            #expect(throws: ImportRejected.self) { try ImportPreferences(network.session).run(reader) }
            #expect(try network.state() == before)
        }
    }
}
