import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

/// The welcome checklist on a person's page: HR ticks any item, a manager the items in their
/// charge, as `accueil cocher`.
@Suite("The welcome checklist on a person's page")
struct HRWelcomeTests {
    static func closed(_ fixture: WebFixture) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM welcome_items WHERE status <> 'a_faire'").single(Int.self)
    }

    /// DENIS (GP, Millas) hired on 2026-09-01, his checklist opened from the template.
    static func hireDenis(_ fixture: WebFixture) throws -> Int {
        let denis = try HRPagesTests.id(fixture, "DENIS")
        try fixture.superuser.runScript(
            """
            INSERT INTO recruitment_events (person_id, stage, occurred_on) VALUES (\(denis), 'embauche', '2026-09-01');
            WITH c AS (INSERT INTO welcome_checklists (person_id, starts_on) VALUES (\(denis), '2026-09-01') RETURNING id, person_id)
            INSERT INTO welcome_items (checklist_id, person_id, label, item_group, owner, due_offset)
            SELECT c.id, c.person_id, t.label, t.item_group, t.owner, t.due_offset
            FROM c JOIN welcome_template_items t ON t.profession = 'medecin_generaliste';
            """)
        return denis
    }

    @Test("HR ticks an item; a day to come writes nothing; a manager ticks only the items in their charge")
    func ticksAnItem() async throws {
        try await WebFixture.with { fixture in
            let denis = try Self.hireDenis(fixture)
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let page = try await rh.send("/personnel/\(denis)")
                #expect(page.text.contains("Liste d'accueil depuis le 01/09/2026"))
                #expect(page.text.contains("<option value=\"8\">8. Carte CPS commandée</option>"))
                let token = try #require(rh.csrfToken(in: page))
                let future = try await rh.send(
                    "/personnel/\(denis)/accueil", method: .post,
                    form: [
                        ("_csrf", token), ("accueil_element", "8"), ("accueil_statut", "fait"),
                        ("accueil_le", "2099-01-01"), ("accueil_note", ""),
                    ])
                #expect(future.status == .badRequest)
                #expect(future.text.contains("id=\"accueil_le-erreur\">Le 01/01/2099 est à venir"))
                #expect(try Self.closed(fixture) == 0)
                let ticked = try await rh.send(
                    "/personnel/\(denis)/accueil", method: .post,
                    form: [
                        ("_csrf", token), ("accueil_element", "8"), ("accueil_statut", "fait"),
                        ("accueil_le", "2026-09-10"), ("accueil_note", "commandée à l'ANS"),
                    ])
                #expect(ticked.headers[.location] == "/personnel/\(denis)?fait=accueil#accueil")
                let after = try await rh.send("/personnel/\(denis)?fait=accueil")
                #expect(after.text.contains("L&#39;élément d&#39;accueil a été enregistré."))
                #expect(
                    after.text.contains(
                        "<td>Carte CPS commandée</td><td>RH du GIP</td><td>fait</td><td>10/09/2026</td>"))
                #expect(after.text.contains("Liste d&#39;accueil ajoutée : à partir de l&#39;embauche du 01/09/2026."))
                #expect(
                    after.text.contains(
                        "Élément d&#39;accueil « Carte CPS commandée » modifié : fait le aucune → 10/09/2026, "
                            + "note aucune → « commandée à l&#39;ANS », statut « à faire » → « fait »."))
                #expect(try Self.closed(fixture) == 1)
            }
            try await fixture.withApp { client in
                var manager = Browser(client)
                try await manager.signIn(fixture.manager, password: fixture.password)
                let page = try await manager.send("/personnel/\(denis)")
                #expect(page.text.contains("<td>Carte CPS commandée</td>"))
                #expect(page.text.contains("<option value=\"7\">7. Remise des clés et des badges</option>"))
                #expect(!page.text.contains("<option value=\"1\">"))
                let token = try #require(manager.csrfToken(in: page))
                let notTheirs = try await manager.send(
                    "/personnel/\(denis)/accueil", method: .post,
                    form: [("_csrf", token), ("accueil_element", "1"), ("accueil_statut", "fait")])
                #expect(notTheirs.status == .badRequest)
                #expect(notTheirs.text.contains("est à la charge de : RH du GIP"))
                #expect(try Self.closed(fixture) == 1)
                let keys = try await manager.send(
                    "/personnel/\(denis)/accueil", method: .post,
                    form: [("_csrf", token), ("accueil_element", "7"), ("accueil_statut", "fait")])
                #expect(keys.headers[.location] == "/personnel/\(denis)?fait=accueil#accueil")
                #expect(try Self.closed(fixture) == 2)
            }
        }
    }
}
