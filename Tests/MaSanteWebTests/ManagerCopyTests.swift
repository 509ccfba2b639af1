import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("A manager copies a week or a template into the week shown, as `planning copier` and `planning modele`")
struct ManagerCopyTests {
    static func shifts(_ fixture: WebFixture, week: String) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM shifts WHERE week = \(week)").single(Int.self)
    }

    @Test("a week saved as a template is offered on another week, and copied there; a week is copied likewise")
    func saveThenCopyTemplate() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let (planned, _) = try ManagerAbsenceTests.plannedWeek(fixture)
                let saved = try await browser.send(
                    "\(path)/modele", method: .post, form: [("_csrf", token), ("nom", "Semaine type")])
                #expect(saved.status == .seeOther)
                #expect(saved.headers[.location] == "\(path)?fait=modele")

                let next = path.replacingOccurrences(of: "2026-W49", with: "2026-W50")
                let page = try await browser.send(next)
                #expect(page.text.contains("value=\"modele:Semaine type\""))
                #expect(page.text.contains("Modèle « Semaine type »"))
                let copied = try await browser.send(
                    "\(next)/copier", method: .post, form: [("_csrf", token), ("de", "modele:Semaine type")])
                #expect([.seeOther, .ok].contains(copied.status))
                #expect(try Self.shifts(fixture, week: "2026-W50") > 0)
                #expect(try Self.shifts(fixture, week: "2026-W49") == planned)

                let later = path.replacingOccurrences(of: "2026-W49", with: "2026-W51")
                let fromWeek = try await browser.send(
                    "\(later)/copier", method: .post, form: [("_csrf", token), ("de", "semaine:2026-W49")])
                #expect([.seeOther, .ok].contains(fromWeek.status))
                #expect(try Self.shifts(fixture, week: "2026-W51") > 0)
            }
        }
    }

    @Test("bad input: a French message beside the field, nothing written")
    func badInputWritesNothing() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let empty = try await browser.send(
                    "\(path)/copier", method: .post, form: [("_csrf", token), ("de", "")])
                #expect(empty.status == .badRequest)
                #expect(empty.text.contains("id=\"copie-de-erreur\""))
                let itself = try await browser.send(
                    "\(path)/copier", method: .post, form: [("_csrf", token), ("de", "semaine:2026-W49")])
                #expect(itself.status == .badRequest)
                #expect(itself.text.contains("id=\"copie-de-erreur\""))
                let unnamed = try await browser.send(
                    "\(path)/modele", method: .post, form: [("_csrf", token), ("nom", "  ")])
                #expect(unnamed.status == .badRequest)
                #expect(unnamed.text.contains("id=\"modele-nom-erreur\""))
                let tooLong = try await browser.send(
                    "\(path)/modele", method: .post,
                    form: [("_csrf", token), ("nom", String(repeating: "x", count: 101))])
                #expect(tooLong.status == .badRequest)
                #expect(tooLong.text.contains("id=\"modele-nom-erreur\""))
                let emptyWeek = try await browser.send(
                    "\(path)/modele", method: .post, form: [("_csrf", token), ("nom", "Vide")])
                #expect(emptyWeek.status == .unprocessableContent)
                #expect(emptyWeek.text.contains("aucun service à enregistrer comme modèle"))
                #expect(try fixture.superuser.query("SELECT count(*) FROM planning_templates").single(Int.self) == 0)

                let (planned, _) = try ManagerAbsenceTests.plannedWeek(fixture)
                let next = path.replacingOccurrences(of: "2026-W49", with: "2026-W50")
                _ = try await browser.send(
                    "\(next)/copier", method: .post, form: [("_csrf", token), ("de", "semaine:2026-W49")])
                let copied = try Self.shifts(fixture, week: "2026-W50")
                let again = try await browser.send(
                    "\(next)/copier", method: .post, form: [("_csrf", token), ("de", "semaine:2026-W49")])
                #expect(again.status == .conflict)
                #expect(again.text.contains("cochez « Remplacer les services déjà saisis »"))
                #expect(again.text.contains("id=\"copie-de-erreur\""))
                #expect(try Self.shifts(fixture, week: "2026-W50") == copied)

                try ManagerAbsenceTests.publish(fixture)
                let published = try await browser.send(
                    "\(path)/copier", method: .post,
                    form: [("_csrf", token), ("de", "semaine:2026-W50"), ("remplacer", "oui")])
                #expect(published.status == .badRequest)
                #expect(published.text.contains("id=\"copie-motif-erreur\""))
                #expect(try Self.shifts(fixture, week: "2026-W49") == planned)
            }
        }
    }

    @Test(
        "another centre's copy and template forms are « introuvable », other roles too; a form without its token is refused"
    )
    func refusedOutsideTheManagersCentres() async throws {
        try await WebFixture.with { fixture in
            let thuir = try fixture.centreID("Centre de santé de Thuir")
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let other = "/planning/\(thuir)/\(WebFixture.week)"
                let copied = try await browser.send(
                    "\(other)/copier", method: .post, form: [("_csrf", token), ("de", "semaine:2026-W48")])
                #expect(copied.status == .notFound)
                let saved = try await browser.send(
                    "\(other)/modele", method: .post, form: [("_csrf", token), ("nom", "Intrus")])
                #expect(saved.status == .notFound)
                let path = try fixture.millasWeek()
                let noToken = try await browser.send("\(path)/modele", method: .post, form: [("nom", "Sans jeton")])
                #expect(noToken.status == .forbidden)
                let copyNoToken = try await browser.send(
                    "\(path)/copier", method: .post, form: [("de", "semaine:2026-W48")])
                #expect(copyNoToken.status == .forbidden)

                var region = Browser(client)
                try await region.signIn(fixture.region, password: fixture.password)
                let regionPage = try await region.send("/region/rapport")
                let regionToken = try #require(region.csrfToken(in: regionPage))
                let asRegion = try await region.send(
                    "\(path)/copier", method: .post, form: [("_csrf", regionToken), ("de", "semaine:2026-W48")])
                #expect(asRegion.status == .notFound)
                #expect(try fixture.superuser.query("SELECT count(*) FROM planning_templates").single(Int.self) == 0)
                #expect(try fixture.shiftCount() == 0)
            }
        }
    }
}
