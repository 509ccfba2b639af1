import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("The audit trail names the person behind a web request")
struct AuditThroughWebTests {
    @Test("a goal changed through the web is audited under the Region's login, not the server's")
    func auditNamesThePerson() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let page = try await browser.send("/region/rapport")
                let token = try #require(browser.csrfToken(in: page))
                let saved = try await browser.send(
                    "/region/objectif", method: .post,
                    form: [("_csrf", token), ("cible", "250"), ("echeance", "31/12/2029"), ("au", "")])
                #expect(saved.status == .seeOther)
                let row = try fixture.superuser.query(
                    """
                    SELECT login, acting_role FROM audit_log WHERE table_name = 'settings' ORDER BY id DESC LIMIT 1
                    """
                ).first
                let (login, acting) = try #require(row).decode((String, String?).self)
                #expect(login == fixture.region)
                #expect(acting == fixture.region)
                #expect(login != fixture.authenticator)
                #expect(
                    try fixture.superuser.query(
                        "SELECT value->>'cible' FROM settings WHERE key = 'objectif_recrutement'"
                    ).single(String.self) == "250")
            }
        }
    }

    @Test("a bad goal is explained beside its field and nothing is written")
    func badGoalWritesNothing() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let page = try await browser.send("/region/rapport")
                let token = try #require(browser.csrfToken(in: page))
                let before = try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self)
                let refused = try await browser.send(
                    "/region/objectif", method: .post,
                    form: [("_csrf", token), ("cible", "-3"), ("echeance", "31/02/2029")])
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains("id=\"cible-erreur\""))
                #expect(refused.text.contains("id=\"echeance-erreur\""))
                #expect(try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self) == before)
            }
        }
    }
}
