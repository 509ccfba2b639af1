import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

/// A long absence recorded from a person's page, as `personnel absence ajouter`.
@Suite("HR records a long absence on a person's page")
struct HRLongAbsenceTests {
    static func absences(_ fixture: WebFixture) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM long_absences").single(Int.self)
    }

    @Test("HR records one; the page lists it and its history; a bad form writes nothing; a manager only reads it")
    func recordsAnAbsence() async throws {
        try await WebFixture.with { fixture in
            let denis = try HRPagesTests.id(fixture, "DENIS")
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let page = try await rh.send("/personnel/\(denis)")
                #expect(page.text.contains("Aucune absence longue."))
                #expect(page.text.contains("<option value=\"maladie_longue\">arrêt maladie de longue durée</option>"))
                let token = try #require(rh.csrfToken(in: page))

                let backwards = try await rh.send(
                    "/personnel/\(denis)/absence", method: .post,
                    form: [
                        ("_csrf", token), ("type_absence", "maternite"), ("absence_du", "2026-12-07"),
                        ("absence_au", "2026-12-01"), ("absence_motif", ""),
                    ])
                #expect(backwards.status == .badRequest)
                #expect(
                    backwards.text.contains("id=\"absence_au-erreur\">Le dernier jour (01/12/2026) précède le premier"))
                let unknownKind = try await rh.send(
                    "/personnel/\(denis)/absence", method: .post,
                    form: [("_csrf", token), ("type_absence", "vacances"), ("absence_du", "2026-12-07")])
                #expect(unknownKind.text.contains("id=\"type_absence-erreur\">Type d&#39;absence longue inconnu"))
                #expect(try Self.absences(fixture) == 0)

                let recorded = try await rh.send(
                    "/personnel/\(denis)/absence", method: .post,
                    form: [
                        ("_csrf", token), ("type_absence", "maladie_longue"), ("absence_du", "2026-12-07"),
                        ("absence_au", ""), ("absence_motif", "arrêt prolongé"),
                    ])
                #expect(recorded.headers[.location] == "/personnel/\(denis)?fait=absence")
                let after = try await rh.send("/personnel/\(denis)?fait=absence")
                #expect(after.text.contains("L&#39;absence longue a été enregistrée."))
                #expect(
                    after.text.contains("<td>arrêt maladie de longue durée</td><td>07/12/2026</td><td>non daté</td>"))
                #expect(
                    after.text.contains(
                        "Absence longue (arrêt maladie de longue durée) ajoutée : à partir du 07/12/2026, retour non daté (arrêt prolongé)."
                    ))
                #expect(try Self.absences(fixture) == 1)

                let overlapping = try await rh.send(
                    "/personnel/\(denis)/absence", method: .post,
                    form: [("_csrf", token), ("type_absence", "sans_solde"), ("absence_du", "2027-02-01")])
                #expect(overlapping.status == .badRequest)
                #expect(overlapping.text.contains("couvre déjà une partie de ces dates"))
                #expect(try Self.absences(fixture) == 1)
            }
            try await fixture.withApp { client in
                var manager = Browser(client)
                try await manager.signIn(fixture.manager, password: fixture.password)
                let page = try await manager.send("/personnel/\(denis)")
                #expect(page.text.contains("<td>arrêt maladie de longue durée</td>"))
                #expect(!page.text.contains("action=\"/personnel/\(denis)/absence\""))
                let token = try #require(manager.csrfToken(in: page))
                let refused = try await manager.send(
                    "/personnel/\(denis)/absence", method: .post,
                    form: [("_csrf", token), ("type_absence", "parental"), ("absence_du", "2028-01-03")])
                #expect(refused.status == .notFound)
                #expect(try Self.absences(fixture) == 1)
            }
        }
    }
}
