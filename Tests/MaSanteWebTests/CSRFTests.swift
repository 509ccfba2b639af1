import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("Forms carry the session's anti-CSRF token")
struct CSRFTests {
    @Test("a form posted without its token is refused with 403 in French and writes nothing")
    func postWithoutTokenIsRefused() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let auditBefore = try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self)
                let goal: [(String, String)] = [("cible", "321"), ("echeance", "31/12/2029")]
                let missing = try await browser.send("/region/objectif", method: .post, form: goal)
                #expect(missing.status == .forbidden)
                #expect(missing.text.contains("Ce formulaire a expiré ou ne vient pas de masante"))
                let forged = try await browser.send(
                    "/region/objectif", method: .post, form: [("_csrf", String(repeating: "0", count: 64))] + goal)
                #expect(forged.status == .forbidden)
                #expect(try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self) == auditBefore)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM settings WHERE value->>'cible' = '321'").single(
                        Int.self) == 0)
            }
        }
    }

    @Test("the sign-in form without its cookie's token is refused")
    func signInWithoutTokenIsRefused() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.send(
                    "/connexion", method: .post,
                    form: [("identifiant", fixture.region), ("mot_de_passe", fixture.password)])
                #expect(response.status == .forbidden)
                #expect(browser.cookies["masante_session"] == nil)
            }
        }
    }
}
