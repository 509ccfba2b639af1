import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("A manager changes a shift's activity on its page: the same shift, modified")
struct ManagerShiftActivityTests {
    @Test(
        "the activity and place change and the shift keeps its id; a visit without its place is refused beside the field"
    )
    func changeActivity() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let slot = [("personne", "REY Arnaud"), ("jour", "2026-12-01"), ("debut", "14:00"), ("fin", "16:00")]
                let added = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [("_csrf", token), ("activite", "consultation")] + slot)
                #expect(added.status == .seeOther)
                let id = try fixture.superuser.query("SELECT id::text FROM shifts").single(String.self)
                let page = try await browser.send("\(path)/services/\(id)")
                #expect(page.text.contains("<option value=\"consultation\" selected>"))

                let noPlace = try await browser.send(
                    "\(path)/services/\(id)", method: .post,
                    form: [("_csrf", token), ("activite", "visite_ehpad"), ("lieu", "")] + slot)
                #expect(noPlace.status == .badRequest)
                #expect(noPlace.text.contains("id=\"lieu-erreur\""))
                let noToken = try await browser.send(
                    "\(path)/services/\(id)", method: .post,
                    form: [("activite", "visite_ehpad"), ("lieu", "EHPAD Les Tilleuls")] + slot)
                #expect(noToken.status == .forbidden)
                #expect(
                    try fixture.superuser.query("SELECT activity::text FROM shifts").single(String.self)
                        == "consultation")

                let changed = try await browser.send(
                    "\(path)/services/\(id)", method: .post,
                    form: [("_csrf", token), ("activite", "visite_ehpad"), ("lieu", "EHPAD Les Tilleuls")] + slot)
                #expect(changed.status == .seeOther)
                let row = try fixture.superuser.query("SELECT id::text, activity::text, place FROM shifts").first
                let (after, activity, place) = try #require(row).decode((String, String, String?).self)
                #expect(after == id)
                #expect(activity == "visite_ehpad")
                #expect(place == "EHPAD Les Tilleuls")
                #expect(try fixture.shiftCount() == 1)
            }
        }
    }
}
