import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("« Agendas »: HR and managers make and revoke calendar addresses, as `agenda lien|revoquer`")
struct CalendarLinkPageTests {
    static func liveLinks(_ fixture: WebFixture) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM calendar_links WHERE revoked_at IS NULL").single(Int.self)
    }

    /// The address shown once on the page, as a path (`/agenda/….ics`).
    static func feedPath(in html: String) -> String? {
        guard let range = html.range(of: #"/agenda/[0-9a-f]{64}\.ics"#, options: .regularExpression) else { return nil }
        return String(html[range])
    }

    @Test(
        "a manager makes their centre's address, shown once with how to subscribe; the feed answers until it is revoked"
    )
    func managerMakesAndRevokes() async throws {
        try await WebFixture.with { fixture in
            let millas = try fixture.centreID("Centre de santé de Millas")
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let page = try await browser.send("/agendas")
                #expect(page.status == .ok)
                #expect(page.text.contains("Agenda d'un centre"))
                #expect(page.text.contains("href=\"/agendas\""))
                #expect(!page.text.contains("Thuir"))

                let created = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "centre"), ("centre", "\(millas)"), ("action", "creer"),
                    ])
                #expect(created.status == .ok)
                #expect(created.headers[.location] == nil)
                #expect(created.text.contains("Google Agenda"))
                #expect(created.text.contains("Apple Calendrier"))
                #expect(created.text.contains("Outlook"))
                let feed = try #require(Self.feedPath(in: created.text))
                #expect(try Self.liveLinks(fixture) == 1)
                let again = try await browser.send("/agendas")
                #expect(!again.text.contains(feed))
                var subscriber = Browser(client)
                let calendar = try await subscriber.send(feed)
                #expect(calendar.status == .ok)
                #expect(calendar.text.contains("BEGIN:VCALENDAR"))

                let person = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "personne"), ("personne", "REY Arnaud"), ("action", "creer"),
                    ])
                #expect(person.status == .ok)
                #expect(person.text.contains("Arnaud REY"))
                #expect(try Self.liveLinks(fixture) == 2)

                let revoked = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "centre"), ("centre", "\(millas)"), ("action", "revoquer"),
                    ])
                #expect(revoked.status == .seeOther)
                #expect(revoked.headers[.location] == "/agendas?fait=revocation")
                #expect(try await subscriber.send(feed).status == .notFound)
                let none = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "centre"), ("centre", "\(millas)"), ("action", "revoquer"),
                    ])
                #expect(none.headers[.location] == "/agendas?fait=aucun")
            }
        }
    }

    @Test("bad input or another centre's person or centre: a French message beside the field, nothing written")
    func refusalsBesideTheField() async throws {
        try await WebFixture.with { fixture in
            let thuir = try fixture.centreID("Centre de santé de Thuir")
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let empty = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "personne"), ("personne", " "), ("action", "creer"),
                    ])
                #expect(empty.status == .badRequest)
                #expect(empty.text.contains("id=\"personne-erreur\""))
                let otherPerson = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "personne"), ("personne", "FABRE Lucie"), ("action", "creer"),
                    ])
                #expect(otherPerson.status == .unprocessableContent)
                #expect(otherPerson.text.contains("id=\"personne-erreur\""))
                #expect(otherPerson.text.contains("value=\"FABRE Lucie\""))
                let otherCentre = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "centre"), ("centre", "\(thuir)"), ("action", "creer"),
                    ])
                #expect(otherCentre.status == .unprocessableContent)
                #expect(otherCentre.text.contains("id=\"centre-erreur\""))
                #expect(!otherCentre.text.contains("Thuir"))
                #expect(try Self.liveLinks(fixture) == 0)
            }
        }
    }

    @Test("HR makes anyone's address; the Region gets « introuvable »; a form without its token is refused")
    func rolesAndToken() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var hr = Browser(client)
                try await hr.signIn(fixture.rh, password: fixture.password)
                let page = try await hr.send("/agendas")
                let token = try #require(hr.csrfToken(in: page))
                #expect(page.text.contains("Thuir"))
                let noToken = try await hr.send(
                    "/agendas", method: .post,
                    form: [
                        ("pour", "personne"), ("personne", "FABRE Lucie"), ("action", "creer"),
                    ])
                #expect(noToken.status == .forbidden)
                #expect(try Self.liveLinks(fixture) == 0)
                let created = try await hr.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "personne"), ("personne", "FABRE Lucie"), ("action", "creer"),
                    ])
                #expect(created.status == .ok)
                #expect(Self.feedPath(in: created.text) != nil)
                #expect(try Self.liveLinks(fixture) == 1)

                var region = Browser(client)
                try await region.signIn(fixture.region, password: fixture.password)
                let regionPage = try await region.send("/agendas")
                #expect(regionPage.status == .notFound)
                let regionToken = try #require(region.csrfToken(in: try await region.send("/region/rapport")))
                let posted = try await region.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", regionToken), ("pour", "personne"), ("personne", "FABRE Lucie"),
                        ("action", "revoquer"),
                    ])
                #expect(posted.status == .notFound)
                #expect(try Self.liveLinks(fixture) == 1)
            }
        }
    }
}
