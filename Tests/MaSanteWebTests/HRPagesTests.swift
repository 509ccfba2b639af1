import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

/// HR's pages against a real database: search and filters, a candidate added, moved and hired,
/// a departure, refused forms that write nothing, and who may open a person's page.
@Suite("HR's pages: people, a person's page, candidates, hires, departures")
struct HRPagesTests {
    /// The id of the fixture's person named `lastName`.
    static func id(_ fixture: WebFixture, _ lastName: String) throws -> Int {
        try fixture.superuser.query("SELECT id FROM people WHERE last_name = \(lastName)").single(Int.self)
    }

    @Test("the search box and each filter narrow the list, and each name links to the person's page")
    func searchAndFilters() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.runScript(
                """
                UPDATE assignments SET ends_on = '2099-06-30' WHERE person_id = (SELECT id FROM people WHERE last_name = 'FABRE');
                UPDATE contracts SET ends_on = '2099-06-30' WHERE person_id = (SELECT id FROM people WHERE last_name = 'FABRE');
                """)
            let rey = try Self.id(fixture, "REY")
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let all = try await rh.send("/personnel")
                #expect(all.status == .ok)
                #expect(all.text.contains("5 personne(s) trouvée(s)"))
                #expect(all.text.contains("<a href=\"/personnel/\(rey)\">REY</a>"))
                let byName = try await rh.send("/personnel?q=rey")
                #expect(byName.text.contains(">REY<") && !byName.text.contains(">DENIS<"))
                let thuir = try await rh.send("/personnel?centre=Centre+de+sant%C3%A9+de+Thuir")
                #expect(
                    thuir.text.contains(">REY<") && thuir.text.contains(">FABRE<") && !thuir.text.contains(">DENIS<"))
                #expect(thuir.text.contains("<option value=\"Centre de santé de Thuir\" selected>"))
                let secretaries = try await rh.send("/personnel?profession=secretaire_medical")
                #expect(
                    secretaries.text.contains(">DELPECH<") && secretaries.text.contains(">MULLER<")
                        && !secretaries.text.contains(">REY<"))
                let ending = try await rh.send("/personnel?fin_avant=2099-12-31")
                #expect(ending.text.contains("1 personne(s) trouvée(s)") && ending.text.contains(">FABRE<"))
                let badDate = try await rh.send("/personnel?fin_avant=32%2F13%2F2025")
                #expect(badDate.status == .badRequest)
                #expect(
                    badDate.text.contains(
                        "<span class=\"ms-error\" id=\"fin_avant-erreur\">Date invalide « 32/13/2025 » : ce jour n&#39;existe pas.</span>"
                    ))
                let badCentre = try await rh.send("/personnel?centre=Perpignan")
                #expect(badCentre.status == .badRequest)
                #expect(badCentre.text.contains("id=\"centre-erreur\""))
            }
        }
    }

    @Test("HR adds a candidate, moves them on, hires them with a contract, then records their departure")
    func candidateToHireToDeparture() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let form = try await rh.send("/personnel/candidat")
                #expect(form.text.contains("<label for=\"nom\">Nom"))
                let token = try #require(rh.csrfToken(in: form))
                let added = try await rh.send(
                    "/personnel/candidat", method: .post,
                    form: [
                        ("_csrf", token), ("nom", "MARTY"), ("prenom", "Léa"), ("profession", "infirmier"),
                        ("specialite", ""),
                        ("rpps", ""), ("date", "2025-01-10"), ("note", "rencontrée au salon"),
                    ])
                #expect(added.status == .seeOther)
                let marty = try Self.id(fixture, "MARTY")
                #expect(added.headers[.location] == "/personnel/\(marty)?fait=candidat")
                let page = try await rh.send("/personnel/\(marty)?fait=candidat")
                #expect(page.text.contains("Le candidat a été enregistré"))
                #expect(page.text.contains("<strong>candidat</strong> le 10/01/2025 — rencontrée au salon"))
                #expect(page.text.contains("<option value=\"entretien\">entretien</option>"))
                #expect(!page.text.contains("<option value=\"candidat\">"))

                let moved = try await rh.send(
                    "/personnel/\(marty)/etape", method: .post,
                    form: [("_csrf", token), ("etape", "entretien"), ("date", "2025-02-01"), ("note", "")])
                #expect(moved.headers[.location] == "/personnel/\(marty)?fait=etape")
                let events = try fixture.superuser.query("SELECT count(*) FROM recruitment_events").single(Int.self)
                let back = try await rh.send(
                    "/personnel/\(marty)/etape", method: .post,
                    form: [("_csrf", token), ("etape", "candidat"), ("date", "2025-02-02")])
                #expect(back.status == .badRequest)
                #expect(back.text.contains("retour en arrière impossible : de « entretien » à « candidat »"))
                let early = try await rh.send(
                    "/personnel/\(marty)/etape", method: .post,
                    form: [("_csrf", token), ("etape", "promesse"), ("date", "2025-01-15")])
                #expect(early.text.contains("précède l&#39;étape « entretien » du 01/02/2025"))
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM recruitment_events").single(Int.self) == events)

                let hireForm = try await rh.send("/personnel/embaucher?personne=\(marty)")
                #expect(hireForm.text.contains("id=\"nom\" name=\"nom\" value=\"MARTY\""))
                var hire: [(String, String)] = [
                    ("_csrf", token), ("personne", "\(marty)"), ("nom", "MARTY"), ("prenom", "Léa"),
                    ("profession", "infirmier"), ("specialite", ""), ("rpps", "10000000017"), ("centre", ""),
                    ("date_embauche", "2025-03-01"), ("heures_hebdo", "28"), ("type_contrat", "CDI"), ("date_fin", ""),
                ]
                let noCentre = try await rh.send("/personnel/embaucher", method: .post, form: hire)
                #expect(noCentre.status == .badRequest)
                #expect(noCentre.text.contains("id=\"centre-erreur\""))
                #expect(noCentre.text.contains("value=\"10000000017\""))
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM contracts WHERE person_id = \(marty)").single(
                        Int.self) == 0)
                hire[7] = ("centre", "Centre de santé de Millas")
                let hired = try await rh.send("/personnel/embaucher", method: .post, form: hire)
                #expect(hired.headers[.location] == "/personnel/\(marty)?fait=embauche")
                let hiredPage = try await rh.send("/personnel/\(marty)")
                #expect(hiredPage.text.contains("<td>Centre de santé de Millas</td><td>01/03/2025</td>"))
                #expect(hiredPage.text.contains("<dd>en poste</dd>"))
                #expect(hiredPage.text.contains("Contrat CDI ajouté : à partir du 01/03/2025, 28 h par semaine."))

                let left = try await rh.send(
                    "/personnel/\(marty)/depart", method: .post,
                    form: [("_csrf", token), ("date_depart", "2025-09-30"), ("motif", "mutation")])
                #expect(left.headers[.location] == "/personnel/\(marty)?fait=depart")
                let gone = try await rh.send("/personnel/\(marty)")
                #expect(gone.text.contains("<dd>parti·e</dd>"))
                #expect(gone.text.contains("<td>CDI</td><td>01/03/2025</td><td>30/09/2025</td>"))
            }
        }
    }

    @Test("a candidate form with bad fields gives the CLI's French message beside each field and writes nothing")
    func badCandidateWritesNothing() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let token = try #require(rh.csrfToken(in: try await rh.send("/personnel/candidat")))
                let people = try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self)
                let refused = try await rh.send(
                    "/personnel/candidat", method: .post,
                    form: [
                        ("_csrf", token), ("nom", ""), ("prenom", "Léa"), ("profession", "medecin_specialiste"),
                        ("specialite", ""),
                        ("rpps", "123"), ("date", "31/02/2025"),
                    ])
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains("<span class=\"ms-error\" id=\"nom-erreur\">Nom manquant.</span>"))
                #expect(refused.text.contains("id=\"rpps-erreur\">RPPS invalide"))
                #expect(
                    refused.text.contains(
                        "id=\"date-erreur\">Date invalide « 31/02/2025 » : ce jour n&#39;existe pas.</span>"))
                #expect(refused.text.contains("value=\"Léa\""))
                let specialist = try await rh.send(
                    "/personnel/candidat", method: .post,
                    form: [
                        ("_csrf", token), ("nom", "NOVA"), ("prenom", "Léa"), ("profession", "medecin_specialiste"),
                        ("specialite", ""),
                        ("date", "2025-02-01"),
                    ])
                #expect(
                    specialist.text.contains("id=\"specialite-erreur\">Obligatoire pour un médecin spécialiste.</span>")
                )
                #expect(try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self) == people)
            }
        }
    }

    @Test("a form posted without its token is refused (403) and writes nothing")
    func formWithoutTokenWritesNothing() async throws {
        try await WebFixture.with { fixture in
            let rey = try Self.id(fixture, "REY")
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let people = try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self)
                let candidate = try await rh.send(
                    "/personnel/candidat", method: .post,
                    form: [
                        ("nom", "MARTY"), ("prenom", "Léa"), ("profession", "infirmier"), ("date", "2025-01-10"),
                    ])
                #expect(candidate.status == .forbidden)
                #expect(candidate.text.contains("Ce formulaire a expiré ou ne vient pas de masante"))
                let departure = try await rh.send(
                    "/personnel/\(rey)/depart", method: .post,
                    form: [("_csrf", String(repeating: "0", count: 64)), ("date_depart", "2025-01-31")])
                #expect(departure.status == .forbidden)
                #expect(try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self) == people)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM contracts WHERE ends_on IS NOT NULL").single(
                        Int.self) == 0)
            }
        }
    }

    @Test("names holding markup are shown inert on the list and on the person's page")
    func markupInNamesIsInert() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.execute(
                """
                UPDATE people SET last_name = \(EscapingTests.script), first_name = \(EscapingTests.attribute) WHERE last_name = 'REY'
                """)
            let rey = try fixture.superuser.query("SELECT id FROM people WHERE first_name = \(EscapingTests.attribute)")
                .single(Int.self)
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let list = try await rh.send("/personnel")
                let page = try await rh.send("/personnel/\(rey)")
                #expect(page.status == .ok)
                for response in [list, page] {
                    #expect(!response.text.contains("<script>alert"))
                    #expect(!response.text.contains("<img"))
                    #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                    #expect(response.text.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
                }
            }
        }
    }

    @Test("the Region cannot open a person's page; a manager opens their centre's staff only")
    func whoOpensAPersonsPage() async throws {
        try await WebFixture.with { fixture in
            let fabre = try Self.id(fixture, "FABRE"), denis = try Self.id(fixture, "DENIS")
            try await fixture.withApp { client in
                var region = Browser(client)
                try await region.signIn(fixture.region, password: fixture.password)
                for path in ["/personnel/\(denis)", "/personnel/candidat", "/personnel/importer"] {
                    let response = try await region.send(path)
                    #expect(response.status == .notFound, "\(path)")
                    #expect(response.text.contains("Page introuvable"), "\(path)")
                    #expect(!response.text.contains("DENIS"), "\(path)")
                }
                var manager = Browser(client)
                try await manager.signIn(fixture.manager, password: fixture.password)
                let other = try await manager.send("/personnel/\(fabre)")
                #expect(other.status == .notFound)
                #expect(other.text.contains("Page introuvable") && !other.text.contains("FABRE"))
                let own = try await manager.send("/personnel/\(denis)")
                #expect(own.status == .ok)
                #expect(own.text.contains("DENIS") && !own.text.contains("action=\"/personnel/\(denis)/etape\""))
                #expect(!own.text.contains("Historique"))
                let list = try await manager.send("/personnel")
                #expect(list.text.contains(">DENIS<") && !list.text.contains(">FABRE<"))
                let token = try #require(manager.csrfToken(in: own))
                let move = try await manager.send(
                    "/personnel/\(denis)/depart", method: .post,
                    form: [("_csrf", token), ("date_depart", "2025-01-31")])
                #expect(move.status == .notFound)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM contracts WHERE ends_on IS NOT NULL").single(
                        Int.self) == 0)
            }
        }
    }
}
