import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("Each role reaches its own pages only")
struct AccessByRoleTests {
    @Test("a region login gets « introuvable » (404) on the managers', HR's and administrators' pages")
    func regionCannotOpenOtherRolesPages() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.region, password: fixture.password)
                for path in ["/centres", "/personnel", "/admin/utilisateurs", "/admin/journal"] {
                    let response = try await browser.send(path)
                    #expect(response.status == .notFound, "\(path)")
                    #expect(response.text.contains("Page introuvable"), "\(path)")
                    #expect(!response.text.contains("Centre de santé de Millas"), "\(path)")
                }
            }
        }
    }

    @Test("an unknown page is a French 404 with the security headers")
    func unknownPageIsAFrench404() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                let response = try await client.execute(uri: "/nulle-part", method: .get)
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Page introuvable"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
        }
    }

    @Test("each role's home page is where sign-in leads, and its menu lists its pages only")
    func homePageFollowsTheRole() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                let homes = [
                    (fixture.region, "/region/rapport"), (fixture.manager, "/centres"),
                    (fixture.rh, "/personnel"), (fixture.admin, "/admin/utilisateurs"),
                ]
                for (login, home) in homes {
                    var browser = Browser(client)
                    let response = try await browser.signIn(login, password: fixture.password)
                    #expect(response.headers[.location] == home, "\(login)")
                    let page = try await browser.send(home)
                    #expect(page.status == .ok, "\(login) \(home)")
                    #expect(
                        page.text.contains("href=\"/admin/journal\"") == (home == "/admin/utilisateurs"), "\(login)")
                }
            }
        }
    }

    @Test("a manager sees their own centre and not the other one")
    func managerSeesOwnCentresOnly() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var browser = Browser(client)
                try await browser.signIn(fixture.manager, password: fixture.password)
                let page = try await browser.send("/centres")
                #expect(page.text.contains("Centre de santé de Millas"))
                #expect(!page.text.contains("Centre de santé de Thuir"))
            }
        }
    }
}
