import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("Signing in to the web application")
struct SignInTests {
    @Test("a wrong password is refused in French and opens no session")
    func wrongPasswordIsRefused() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.signIn(fixture.region, password: "pas-le-bon-mot-de-passe")
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("Identifiant ou mot de passe incorrect."))
                #expect(browser.cookies["masante_session"] == nil)
                #expect(try await browser.send("/region/rapport").headers[.location] == "/connexion")
            }
        }
    }

    @Test("the right password opens a session on the person's home page, with a strict cookie")
    func rightPasswordOpensASession() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.signIn(fixture.region, password: fixture.password)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/region/rapport")
                let cookie = try #require(
                    response.headers[values: .setCookie].first { $0.hasPrefix("masante_session=") })
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
                #expect(cookie.contains("Path=/"))
                #expect(!cookie.contains("Secure"), "plain HTTP on loopback: a Secure cookie would never come back")
                let token = try #require(browser.cookies["masante_session"])
                #expect(token.count == 64)
                let stored = try fixture.superuser.query(
                    "SELECT count(*) FROM web_sessions WHERE login = \(fixture.region)"
                ).single(Int.self)
                #expect(stored == 1)
                let clear = try fixture.superuser.query(
                    "SELECT count(*) FROM web_sessions WHERE token_hash = convert_to(\(token), 'UTF8')"
                ).single(Int.self)
                #expect(clear == 0, "the table keeps the token's hash, not the token")
            }
        }
    }

    @Test("behind a TLS proxy the session cookie is Secure")
    func cookieIsSecureBehindTLS() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.send("/connexion", headers: [HTTPFields.Element.Name("X-Forwarded-Proto")!: "https"])
                let token = try #require(browser.cookies["masante_connexion"])
                let response = try await browser.send(
                    "/connexion", method: .post,
                    form: [("_csrf", token), ("identifiant", fixture.admin), ("mot_de_passe", fixture.password)],
                    headers: [HTTPFields.Element.Name("X-Forwarded-Proto")!: "https"])
                let cookie = try #require(
                    response.headers[values: .setCookie].first { $0.hasPrefix("masante_session=") })
                #expect(cookie.contains("Secure"))
            }
        }
    }

    @Test("signing out ends the session in the database")
    func signingOutEndsTheSession() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                let page = try await browser.send("/region/rapport")
                let token = try #require(browser.csrfToken(in: page))
                let stolen = browser.cookies
                let out = try await browser.send("/deconnexion", method: .post, form: [("_csrf", token)])
                #expect(out.headers[.location] == "/connexion")
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM web_sessions WHERE login = \(fixture.region)")
                        .single(Int.self) == 0)
                var replay = Browser(client)
                replay.cookies = stolen
                #expect(try await replay.send("/region/rapport").headers[.location] == "/connexion")
            }
        }
    }

    @Test("a session opened by one server is honoured by another (sessions live in PostgreSQL)")
    func sessionsAreSharedBetweenServers() async throws {
        try await WebFixture.with { fixture in
            let shared = try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                return browser.cookies
            }
            try await fixture.withApp { client in
                var browser = Browser(client)
                browser.cookies = shared
                let page = try await browser.send("/region/rapport")
                #expect(page.status == .ok)
            }
        }
    }

    @Test("the superuser cannot sign in, even where the socket trusts it")
    func superuserIsNotAPerson() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.signIn("postgres", password: "n-importe-quoi")
                #expect(response.status == .unauthorized)
                #expect(browser.cookies["masante_session"] == nil)
            }
        }
    }
}
