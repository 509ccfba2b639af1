import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

/// An accepted file's warnings reach the page HR lands on, as the CLI prints them on stderr.
@Suite("HR imports a centres file through the web, and sees its warnings")
struct HRImportWarningsTests {
    static let header =
        "nom;commune;code_insee;departement;statut;date_ouverture;partenaire;lundi;mardi;mercredi;jeudi;vendredi;samedi"

    static func centres(_ fixture: WebFixture) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM centres").single(Int.self)
    }

    @Test("a file with warnings is written and its page shows the summary and each warning, none in the address")
    func warningsShownAfterTheImport() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let form = try await rh.send("/personnel/importer")
                #expect(form.text.contains("<option value=\"centres\">Centres de santé</option>"))
                let token = try #require(rh.csrfToken(in: form))
                let before = try Self.centres(fixture)
                let csv = [Self.header, "Centre test;Paris;75056;75;retenue;;;;;;;;"].joined(separator: "\r\n")
                let done = try await rh.send(
                    "/personnel/importer", method: .post,
                    form: [("_csrf", token), ("type", "centres"), ("contenu", csv)])
                #expect(done.status == .ok)
                #expect(done.headers[.location] == nil)
                #expect(
                    done.text.contains(
                        "Import des centres terminé — 1 ligne(s) : 1 créée(s), 0 mise(s) à jour, 0 inchangée(s)."))
                #expect(
                    done.text.contains(
                        "<li>Attention : ligne 2, colonne departement : département 75 hors Occitanie</li>"))
                #expect(try Self.centres(fixture) == before + 1)

                let clean = [Self.header, "Centre de Salviac;Salviac;46297;46;en préparation;;;;;;;;"].joined(
                    separator: "\r\n")
                let redirected = try await rh.send(
                    "/personnel/importer", method: .post,
                    form: [("_csrf", token), ("type", "centres"), ("contenu", clean)])
                #expect(redirected.status == .seeOther)
                let summary = try await rh.send(try #require(redirected.headers[.location]))
                #expect(summary.text.contains("Import des centres terminé — 1 ligne(s) : 1 créée(s)"))
                #expect(!summary.text.contains("Attention"))
            }
        }
    }

    @Test("a centres file with an error writes nothing; the Region and managers cannot import; no token, no import")
    func refusedFileAndRoles() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let token = try #require(rh.csrfToken(in: try await rh.send("/personnel/importer")))
                let before = try Self.centres(fixture)
                let bad = [Self.header, "Centre de Millas bis;Millas;66108;31;ouvert;;;;;;;;"].joined(separator: "\r\n")
                let refused = try await rh.send(
                    "/personnel/importer", method: .post,
                    form: [("_csrf", token), ("type", "centres"), ("contenu", bad)])
                #expect(refused.status == .badRequest)
                #expect(
                    refused.text.contains(
                        "ligne 2, colonne departement : le département 31 ne correspond pas au code INSEE 66108"))
                let noToken = try await rh.send(
                    "/personnel/importer", method: .post,
                    form: [("type", "centres"), ("contenu", bad)])
                #expect(noToken.status == .forbidden)
                var (manager, managerToken) = try await fixture.signedInManager(client)
                let asManager = try await manager.send(
                    "/personnel/importer", method: .post,
                    form: [("_csrf", managerToken), ("type", "centres"), ("contenu", bad)])
                #expect(asManager.status == .notFound)
                #expect(try Self.centres(fixture) == before)
            }
        }
    }
}
