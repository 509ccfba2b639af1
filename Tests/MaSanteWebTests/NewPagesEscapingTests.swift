import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("Names holding markup stay inert on the absence preview and the calendars page")
struct NewPagesEscapingTests {
    @Test("the absence's preview and the new calendar address name the person escaped")
    func markupInNamesIsInert() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.execute(
                "UPDATE people SET last_name = \(EscapingTests.script), first_name = \(EscapingTests.attribute) WHERE last_name = 'REY'"
            )
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let week = try await browser.send(path)
                let reference = try #require(
                    ManagerSecurityTests.optionValue(containing: "&lt;script&gt;", in: week.text))
                let added = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", reference), ("jour", "2026-11-30"), ("debut", "08:30"),
                        ("fin", "12:30"),
                        ("activite", "consultation"),
                    ])
                #expect(added.status == .seeOther)
                let preview = try await browser.send(
                    "\(path)/absence", method: .post,
                    form: [
                        ("_csrf", token), ("personne", reference), ("type", "conge"), ("du", "2026-11-30"),
                        ("au", "2026-11-30"),
                    ])
                let id = try fixture.superuser.query(
                    "SELECT id FROM people WHERE first_name = \(EscapingTests.attribute)"
                ).single(Int.self)
                let calendar = try await browser.send(
                    "/agendas", method: .post,
                    form: [
                        ("_csrf", token), ("pour", "personne"), ("personne", "\(id)"), ("action", "creer"),
                    ])
                for page in [preview, calendar] {
                    #expect(page.status == .ok)
                    #expect(!page.text.contains("<script"))
                    #expect(!page.text.contains("<img"))
                    #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                }
            }
        }
    }
}
