import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

/// Shares, moves and amendments from a person's page, as `personnel affecter|mutation|avenant`.
@Suite("HR changes a person's centres and contract on their page")
struct HRContractFormsTests {
    static func count(_ fixture: WebFixture, _ sql: Query) throws -> Int {
        try fixture.superuser.query(sql).single(Int.self)
    }

    static let assignments: Query =
        "SELECT count(*) FROM assignments a JOIN people p ON p.id = a.person_id WHERE p.last_name = 'DENIS'"
    static let amendments: Query = "SELECT count(*) FROM contract_amendments"

    @Test("a share above 100 % and a bad share write nothing; a move keeps the history; an amendment is recorded")
    func hrAssignsMovesAndAmends() async throws {
        try await WebFixture.with { fixture in
            let denis = try HRPagesTests.id(fixture, "DENIS")
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let page = try await rh.send("/personnel/\(denis)")
                #expect(page.text.contains("action=\"/personnel/\(denis)/affectation\""))
                #expect(page.text.contains("action=\"/personnel/\(denis)/mutation\""))
                #expect(page.text.contains("action=\"/personnel/\(denis)/avenant\""))
                #expect(page.text.contains("<option value=\"Centre de santé de Thuir\">"))
                let token = try #require(rh.csrfToken(in: page))
                let before = try Self.count(fixture, Self.assignments)

                let badShare = try await rh.send(
                    "/personnel/\(denis)/affectation", method: .post,
                    form: [
                        ("_csrf", token), ("affectation_centre", "Centre de santé de Thuir"), ("quotite", "120"),
                        ("affectation_du", "2027-01-04"),
                    ])
                #expect(badShare.status == .badRequest)
                #expect(badShare.text.contains("id=\"quotite-erreur\">Quotité invalide « 120 »"))
                let tooMuch = try await rh.send(
                    "/personnel/\(denis)/affectation", method: .post,
                    form: [
                        ("_csrf", token), ("affectation_centre", "Centre de santé de Thuir"), ("quotite", "40"),
                        ("affectation_du", "2027-01-04"),
                    ])
                #expect(tooMuch.status == .badRequest)
                #expect(tooMuch.text.contains("140 % du contrat"), "\(tooMuch.text)")
                #expect(try Self.count(fixture, Self.assignments) == before)

                let moved = try await rh.send(
                    "/personnel/\(denis)/mutation", method: .post,
                    form: [("_csrf", token), ("vers", "Centre de santé de Thuir"), ("mutation_le", "2027-01-04")])
                #expect(moved.headers[.location]?.hasPrefix("/personnel/\(denis)?fait=mutation") == true)
                let after = try await rh.send(moved.headers[.location] ?? "")
                #expect(after.text.contains("La mutation a été enregistrée."))
                #expect(after.text.contains("<td>Centre de santé de Millas</td><td>01/01/2024</td><td>03/01/2027</td>"))
                #expect(
                    after.text.contains("<td>Centre de santé de Thuir</td><td>04/01/2027</td><td>—</td><td>100 %</td>"))

                let nothing = try await rh.send(
                    "/personnel/\(denis)/avenant", method: .post,
                    form: [("_csrf", token), ("avenant_le", "2027-02-01"), ("heures-hebdo", "35")])
                #expect(nothing.status == .badRequest)
                #expect(nothing.text.contains("id=\"heures-hebdo-erreur\">L&#39;avenant ne change rien"))
                let amended = try await rh.send(
                    "/personnel/\(denis)/avenant", method: .post,
                    form: [
                        ("_csrf", token), ("avenant_le", "2027-02-01"), ("heures-hebdo", "28"),
                        ("avenant_motif", "temps partiel choisi"),
                    ])
                #expect(amended.headers[.location] == "/personnel/\(denis)?fait=avenant")
                #expect(try Self.count(fixture, Self.amendments) == 1)
                let final = try await rh.send("/personnel/\(denis)?fait=avenant")
                #expect(final.text.contains("L&#39;avenant a été enregistré."))
                #expect(final.text.contains("<td>CDI</td><td>01/01/2024</td><td>31/01/2027</td><td>35</td><td>—</td>"))
                #expect(
                    final.text.contains(
                        "<td>CDI</td><td>01/02/2027</td><td>—</td><td>28</td><td>avenant (temps partiel choisi)</td>"))
                #expect(
                    final.text.contains(
                        "Avenant au contrat ajouté : à partir du 01/02/2027, heures 35 h → 28 h (temps partiel choisi)."
                    ))
            }
            try await fixture.withApp { client in
                var manager = Browser(client)
                try await manager.signIn(fixture.manager, password: fixture.password)
                let page = try await manager.send("/personnel/\(denis)")
                #expect(!page.text.contains("action=\"/personnel/\(denis)/avenant\""))
                let token = try #require(manager.csrfToken(in: page))
                let refused = try await manager.send(
                    "/personnel/\(denis)/avenant", method: .post,
                    form: [("_csrf", token), ("avenant_le", "2027-03-01"), ("heures-hebdo", "17,5")])
                #expect(refused.status == .notFound)
                #expect(try Self.count(fixture, Self.amendments) == 1)
            }
        }
    }
}
