import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("Throttling sign-in attempts")
struct ThrottlingTests {
    @Test("after 5 failures in 15 minutes even the right password is not checked, and the message says why")
    func fiveFailuresBlockTheIdentifiant() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                for _ in 1...5 {
                    #expect(
                        try await browser.signIn(fixture.rh, password: "mauvais-mot-de-passe").status == .unauthorized)
                }
                let blocked = try await browser.signIn(fixture.rh, password: fixture.password)
                #expect(blocked.status == .tooManyRequests)
                #expect(
                    blocked.text.contains("Trop d&#39;essais pour cet identifiant")
                        || blocked.text.contains("Trop d'essais pour cet identifiant"))
                #expect(browser.cookies["masante_session"] == nil)
                // Another identifiant is not affected.
                #expect(try await browser.signIn(fixture.region, password: fixture.password).status == .seeOther)
            }
        }
    }
}
