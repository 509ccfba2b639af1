import Hummingbird
import HummingbirdTesting
import MaSanteWeb
import PQ
import Testing

@Suite("When the database is unreachable")
struct DatabaseOutageTests {
    @Test("pages that need the database answer 503 « Base de données indisponible » in French")
    func unreachableDatabaseGives503() async throws {
        let conninfo = "host=/nonexistent-socket-dir port=1 dbname=masante user=personne connect_timeout=2"
        let pool = DatabasePool(conninfo: conninfo, size: 1)
        defer { pool.close() }
        let router = try await WebApplication.router(pool: pool, conninfo: conninfo)
        try await Application(router: router).test(.router) { client in
            var browser = Browser(client)
            let form = try await browser.send("/connexion")
            #expect(form.status == .ok, "the sign-in page itself needs no database")
            let token = try #require(browser.cookies["masante_connexion"])
            let signIn = try await browser.send(
                "/connexion", method: .post,
                form: [("_csrf", token), ("identifiant", "region.x"), ("mot_de_passe", "un-mot-de-passe")])
            #expect(signIn.status == .serviceUnavailable)
            #expect(signIn.text.contains("Base de données indisponible"))
            browser.cookies["masante_session"] = String(repeating: "a", count: 64)
            let page = try await browser.send("/region/rapport")
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.contentSecurityPolicy] != nil)
            let css = try await browser.send("/static/masante.css")
            #expect(css.status == .ok, "the 503 page keeps its style")
        }
    }

    @Test("a connection the server cut is reopened: one request fails with 503, the next is served")
    func brokenConnectionIsReopened() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp(size: 1) { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                #expect(try await browser.send("/region/rapport").status == .ok)
                try fixture.superuser.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(fixture.authenticator)")
                let during = try await browser.send("/region/rapport")
                #expect(during.status == .serviceUnavailable)
                #expect(try await browser.send("/region/rapport").status == .ok)
            }
        }
    }
}
