import Foundation
import Hummingbird
import HummingbirdTesting
import PQ
import Testing

@Suite("A manager plans a week through the web pages")
struct ManagerWeekTests {
    @Test("« Mes centres » links the centre's week; the week shows the grid, its days and « Aucune anomalie »")
    func centresLeadToTheWeek() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, _) = try await fixture.signedInManager(client)
                let centres = try await browser.send("/centres")
                let millasID = try fixture.centreID("Centre de santé de Millas")
                #expect(centres.text.contains("href=\"/planning/\(millasID)/"))
                #expect(!centres.text.contains("Thuir"))
                let week = try await browser.send(try fixture.millasWeek())
                #expect(week.status == .ok)
                #expect(week.text.contains("Centre de santé de Millas — semaine 2026-W49"))
                #expect(week.text.contains("Lundi 30/11"))
                #expect(week.text.contains("Karim DENIS"))
                #expect(week.text.contains("href=\"/planning/\(millasID)/2026-W48\""))
                #expect(week.text.contains("href=\"/planning/\(millasID)/2026-W50\""))
                #expect(week.text.contains("href=\"/static/planning.css\""))
            }
        }
    }

    @Test(
        "adding a too-long day makes a blocking finding; changing it clears it; deleting removes it (each a 303 to the week)"
    )
    func addChangeDelete() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let added = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "REY Arnaud"), ("jour", "2026-11-30"), ("debut", "07:00"),
                        ("fin", "19:00"),
                        ("activite", "consultation"), ("lieu", ""),
                    ])
                #expect(added.status == .seeOther)
                #expect(added.headers[.location] == "\(path)?fait=ajout")
                let week = try await browser.send("\(path)?fait=ajout")
                #expect(week.text.contains("Service ajouté."))
                #expect(week.text.contains("07:00–19:00"))
                #expect(week.text.contains("Arnaud REY : 12 h de travail le lundi 30 novembre 2026, au-delà de 10 h"))
                let id = try fixture.superuser.query("SELECT id::text FROM shifts").single(String.self)
                #expect(week.text.contains("\(path)/services/\(id)"))

                let form = try await browser.send("\(path)/services/\(id)")
                #expect(form.status == .ok)
                #expect(form.text.contains("value=\"07:00\""))
                let changed = try await browser.send(
                    "\(path)/services/\(id)", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "REY Arnaud"), ("jour", "2026-11-30"), ("debut", "08:30"),
                        ("fin", "12:30"),
                    ])
                #expect(changed.status == .seeOther)
                let after = try await browser.send(path)
                #expect(after.text.contains("08:30–12:30"))
                #expect(!after.text.contains("au-delà de 10 h"))
                #expect(try fixture.superuser.query("SELECT id::text FROM shifts").single(String.self) == id)

                let deleted = try await browser.send(
                    "\(path)/services/\(id)/supprimer", method: .post, form: [("_csrf", token)])
                #expect(deleted.status == .seeOther)
                #expect(try fixture.shiftCount() == 0)
            }
        }
    }

    @Test("bad input: a French message beside each field, the values kept, nothing written")
    func badInputWritesNothing() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let audited = try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self)
                let refused = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "FABRE Lucie"), ("jour", "2026-12-25"), ("debut", "25:99"),
                        ("fin", ""),
                        ("activite", "sieste"),
                    ])
                #expect(refused.status == .badRequest)
                for field in ["personne", "jour", "debut", "fin", "activite"] {
                    #expect(refused.text.contains("id=\"\(field)-erreur\""), "\(field)")
                }
                #expect(refused.text.contains("Choisissez une personne de la liste"))
                #expect(refused.text.contains("value=\"25:99\""))
                #expect(try fixture.shiftCount() == 0)
                #expect(try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self) == audited)

                let ehpad = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "REY Arnaud"), ("jour", "2026-11-30"), ("debut", "14:00"),
                        ("fin", "16:00"),
                        ("activite", "visite_ehpad"), ("lieu", ""),
                    ])
                #expect(ehpad.status == .badRequest)
                #expect(ehpad.text.contains("id=\"lieu-erreur\""))
                #expect(try fixture.shiftCount() == 0)
            }
        }
    }

    @Test(
        "a published week refuses a change without « motif »; with one it is written and the history says it in words")
    func publishedWeekNeedsAReason() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let preview = try await browser.send("\(path)/proposition")
                let fingerprint = try #require(Self.field("empreinte", in: preview.text))
                let accepted = try await browser.send(
                    "\(path)/proposition", method: .post,
                    form: [("_csrf", token), ("graine", "1"), ("empreinte", fingerprint)])
                #expect(accepted.status == .seeOther)
                let published = try await browser.send("\(path)/publier", method: .post, form: [("_csrf", token)])
                #expect(published.status == .seeOther)
                let week = try await browser.send(path)
                #expect(week.text.contains("Publiée"))
                #expect(week.text.contains("id=\"motif\""))
                let planned = try fixture.shiftCount()

                let training: [(String, String)] = [
                    ("personne", "MULLER Quentin"), ("jour", "2026-12-05"), ("debut", "14:00"),
                    ("fin", "15:00"), ("activite", "formation"),
                ]
                let refused = try await browser.send(
                    "\(path)/services", method: .post, form: [("_csrf", token)] + training)
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains("id=\"motif-erreur\""))
                #expect(try fixture.shiftCount() == planned)

                let added = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [("_csrf", token), ("motif", "Formation urgences")] + training)
                #expect(added.status == .seeOther)
                #expect(try fixture.shiftCount() == planned + 1)
                let history = try await browser.send("\(path)/historique")
                #expect(history.status == .ok)
                #expect(history.text.contains("semaine publiée"))
                #expect(history.text.contains("service ajouté"))
                #expect(history.text.contains("motif : Formation urgences"))
                #expect(history.text.contains("Quentin MULLER"))
                #expect(history.text.contains("de 14:00 à 15:00"))
                let id = try fixture.superuser.query(
                    """
                    SELECT s.id::text FROM shifts s JOIN people p ON p.id = s.person_id WHERE p.last_name = 'MULLER' AND s.activity = 'formation'
                    """
                ).single(String.self)
                #expect(!history.text.contains(id))
            }
        }
    }

    @Test("« Proposer la semaine »: the preview writes nothing; « Accepter » writes that very proposal")
    func proposeThenAccept() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let preview = try await browser.send("\(path)/proposition")
                #expect(preview.status == .ok)
                #expect(preview.text.contains("rien n'a encore été enregistré"))
                #expect(try fixture.shiftCount() == 0)
                let html = preview.text
                let fingerprint = try #require(Self.field("empreinte", in: html))
                let count = try #require(Self.proposedCount(in: html))
                #expect(count > 0)
                let accepted = try await browser.send(
                    "\(path)/proposition", method: .post,
                    form: [("_csrf", token), ("graine", "1"), ("empreinte", fingerprint)])
                #expect(accepted.status == .seeOther)
                #expect(try fixture.shiftCount() == count)
            }
        }
    }

    @Test("« Accepter » with a fingerprint that is not the week's proposal writes nothing and shows the new one")
    func staleProposalIsNotWritten() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let stale = try await browser.send(
                    "\(path)/proposition", method: .post,
                    form: [("_csrf", token), ("graine", "1"), ("empreinte", "0")])
                #expect(stale.status == .conflict)
                #expect(stale.text.contains("La semaine a changé depuis"))
                #expect(try fixture.shiftCount() == 0)
            }
        }
    }

    @Test("« Qui peut prendre ce créneau ? » lists the centre's doctors for a consultation and writes nothing")
    func suggestSlotTakers() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, _) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let page = try await browser.send(
                    "\(path)/creneau?jour=2026-12-01&debut=13%3A30&fin=19%3A00&activite=consultation&lieu=")
                #expect(page.status == .ok)
                #expect(page.text.contains("Karim DENIS"))
                #expect(page.text.contains("Arnaud REY"))
                #expect(!page.text.contains("Clara DELPECH"))
                #expect(page.text.contains("peuvent prendre ce créneau"))
                #expect(try fixture.shiftCount() == 0)
            }
        }
    }

    static func field(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"([^\"]+)\"", options: .regularExpression) else {
            return nil
        }
        return html[range].split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    static func proposedCount(in html: String) -> Int? {
        guard let range = html.range(of: #"Services proposés \(([0-9]+)\)"#, options: .regularExpression) else {
            return nil
        }
        return Int(html[range].filter(\.isNumber))
    }
}
