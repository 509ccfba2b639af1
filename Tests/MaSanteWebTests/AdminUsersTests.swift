import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("An administrator adds, links and removes logins, as `utilisateur ajouter|retirer`")
struct AdminUsersTests {
    /// A browser signed in as the fixture's administrator, and its CSRF token.
    static func signedInAdmin(_ fixture: WebFixture, _ client: any TestClientProtocol) async throws -> (Browser, String)
    {
        var browser = Browser(client)
        try await browser.signIn(fixture.admin, password: fixture.password)
        let page = try await browser.send("/admin/utilisateurs")
        return (browser, try #require(browser.csrfToken(in: page)))
    }

    static func logins(_ fixture: WebFixture, _ login: String) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM logins WHERE login = \(login)").single(Int.self)
    }

    /// Drops `login` if a test left it (roles are server-wide).
    static func cleanUp(_ fixture: WebFixture, _ login: String) {
        _ = try? fixture.superuser.execute("SELECT masante_drop_login(\(login))")
    }

    @Test(
        "a manager's login is made with its centre, its password shown once in the page (no redirect), then linked, unlinked, removed"
    )
    func addLinkRemove() async throws {
        try await WebFixture.with { fixture in
            let created = "nouveau.\(fixture.suffix)"
            defer { Self.cleanUp(fixture, created) }
            let millas = try fixture.centreID("Centre de santé de Millas")
            let thuir = try fixture.centreID("Centre de santé de Thuir")
            try await fixture.withApp { client in
                var (browser, token) = try await Self.signedInAdmin(fixture, client)
                let page = try await browser.send("/admin/utilisateurs")
                #expect(page.text.contains("Ajouter un compte"))
                #expect(page.text.contains("id=\"centre-\(millas)\""))

                let added = try await browser.send(
                    "/admin/utilisateurs", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", created), ("role", "responsable"),
                        ("centre-\(millas)", "oui"),
                    ])
                #expect(added.status == .ok)
                #expect(added.headers[.location] == nil)
                #expect(added.headers[.cacheControl] == "no-store")
                #expect(
                    added.text.contains(
                        "Compte « \(created) » créé : responsable de centre (centres : Centre de santé de Millas)."))
                let html = added.text
                let range = try #require(
                    html.range(of: #"<code class="ms-secret">[^<]+</code>"#, options: .regularExpression))
                let password = String(
                    html[range].dropFirst(#"<code class="ms-secret">"#.count).dropLast("</code>".count))
                #expect(password.count == 20)
                let again = try await browser.send("/admin/utilisateurs")
                #expect(!again.text.contains(password))

                var manager = Browser(client)
                try await manager.signIn(created, password: password)
                let centres = try await manager.send("/centres")
                #expect(centres.status == .ok)
                #expect(centres.text.contains("Centre de santé de Millas"))

                let linked = try await browser.send(
                    "/admin/utilisateurs/centres", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", created), ("centre", "\(thuir)"),
                    ])
                #expect(linked.status == .seeOther)
                let count = {
                    try fixture.superuser.query("SELECT count(*) FROM centre_managers WHERE login = \(created)").single(
                        Int.self)
                }
                #expect(try count() == 2)
                let unlinked = try await browser.send(
                    "/admin/utilisateurs/centres", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", created), ("centre", "\(thuir)"), ("action", "retirer"),
                    ])
                #expect(unlinked.status == .seeOther)
                let last = try await browser.send(
                    "/admin/utilisateurs/centres", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", created), ("centre", "\(millas)"), ("action", "retirer"),
                    ])
                #expect(last.status == .unprocessableContent)
                #expect(last.text.contains("au moins un centre"))
                #expect(try count() == 1)

                let asked = try await browser.send(
                    "/admin/utilisateurs/supprimer", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", created),
                    ])
                #expect(asked.status == .ok)
                #expect(asked.text.contains("Supprimer le compte « \(created) » ?"))
                #expect(try Self.logins(fixture, created) == 1)
                let removed = try await browser.send(
                    "/admin/utilisateurs/supprimer", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", created), ("confirmer", "oui"),
                    ])
                #expect(removed.status == .seeOther)
                #expect(try Self.logins(fixture, created) == 0)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM pg_roles WHERE rolname = \(created)").single(
                        Int.self) == 0)
            }
        }
    }

    @Test("bad input: a French message beside each field, the values kept, no login made")
    func badInputMakesNothing() async throws {
        try await WebFixture.with { fixture in
            let thuir = try fixture.centreID("Centre de santé de Thuir")
            try await fixture.withApp { client in
                var (browser, token) = try await Self.signedInAdmin(fixture, client)
                let before = try fixture.superuser.query("SELECT count(*) FROM logins").single(Int.self)
                let refused = try await browser.send(
                    "/admin/utilisateurs", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", "Marie Durand"), ("role", "chef"),
                    ])
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains("id=\"identifiant-erreur\""))
                #expect(refused.text.contains("id=\"role-erreur\""))
                #expect(refused.text.contains("value=\"Marie Durand\""))

                let managerWithout = try await browser.send(
                    "/admin/utilisateurs", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", "sans.centre"), ("role", "responsable"),
                    ])
                #expect(managerWithout.status == .badRequest)
                #expect(managerWithout.text.contains("id=\"centres-erreur\""))
                #expect(managerWithout.text.contains("doit être rattaché à au moins un centre"))

                let hrWith = try await browser.send(
                    "/admin/utilisateurs", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", "rh.centre"), ("role", "rh"), ("centre-\(thuir)", "oui"),
                    ])
                #expect(hrWith.status == .badRequest)
                #expect(hrWith.text.contains("Seul un responsable de centre est rattaché à des centres"))

                let taken = try await browser.send(
                    "/admin/utilisateurs", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", fixture.rh), ("role", "rh"),
                    ])
                #expect(taken.status == .unprocessableContent)
                #expect(taken.text.contains("id=\"identifiant-erreur\""))
                #expect(taken.text.contains("existe déjà"))

                let unknown = try await browser.send(
                    "/admin/utilisateurs/supprimer", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", "personne.inconnue"), ("confirmer", "oui"),
                    ])
                #expect(unknown.status == .notFound)
                let selfRemoval = try await browser.send(
                    "/admin/utilisateurs/supprimer", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", fixture.admin),
                    ])
                #expect(selfRemoval.status == .unprocessableContent)
                #expect(selfRemoval.text.contains("votre propre compte"))
                let linkHR = try await browser.send(
                    "/admin/utilisateurs/centres", method: .post,
                    form: [
                        ("_csrf", token), ("identifiant", fixture.rh), ("centre", "\(thuir)"),
                    ])
                #expect(linkHR.status == .unprocessableContent)
                #expect(try fixture.superuser.query("SELECT count(*) FROM logins").single(Int.self) == before)
                #expect(try fixture.superuser.query("SELECT count(*) FROM centre_managers").single(Int.self) == 1)
            }
        }
    }

    @Test("another role gets « introuvable », and a form without its token is refused; nothing is made")
    func otherRolesAndMissingToken() async throws {
        try await WebFixture.with { fixture in
            let created = "intrus.\(fixture.suffix)"
            defer { Self.cleanUp(fixture, created) }
            try await fixture.withApp { client in
                let form = [("identifiant", created), ("role", "admin")]
                var (manager, managerToken) = try await fixture.signedInManager(client)
                for path in ["/admin/utilisateurs", "/admin/utilisateurs/supprimer", "/admin/utilisateurs/centres"] {
                    let posted = try await manager.send(path, method: .post, form: [("_csrf", managerToken)] + form)
                    #expect(posted.status == .notFound, "\(path)")
                }
                var hr = Browser(client)
                try await hr.signIn(fixture.rh, password: fixture.password)
                let page = try await hr.send("/admin/utilisateurs")
                #expect(page.status == .notFound)
                #expect(!page.text.contains(fixture.manager))

                var (admin, _) = try await Self.signedInAdmin(fixture, client)
                let noToken = try await admin.send("/admin/utilisateurs", method: .post, form: form)
                #expect(noToken.status == .forbidden)
                let removeNoToken = try await admin.send(
                    "/admin/utilisateurs/supprimer", method: .post,
                    form: [("identifiant", fixture.rh), ("confirmer", "oui")])
                #expect(removeNoToken.status == .forbidden)
                #expect(try Self.logins(fixture, created) == 0)
                #expect(try Self.logins(fixture, fixture.rh) == 1)
            }
        }
    }
}
