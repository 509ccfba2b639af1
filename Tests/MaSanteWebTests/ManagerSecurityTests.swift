import Foundation
import Hummingbird
import HummingbirdTesting
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import Testing

@Suite("The manager pages keep to the manager's centres and rights")
struct ManagerSecurityTests {
    @Test("another centre's week, shift, history or form by URL is « introuvable » (404), and nothing is written")
    func anotherCentreIsNotFound() async throws {
        try await WebFixture.with { fixture in
            let thuir = try fixture.centreID("Centre de santé de Thuir")
            _ = try AddShift(Session(connection: fixture.superuser)).run(
                PlanningRecord(
                    centre: "Centre de santé de Thuir", person: "FABRE Lucie",
                    day: CalendarDate(year: 2026, month: 12, day: 1)!,
                    start: try TimeOfDay.parse("08:30"), end: try TimeOfDay.parse("12:30"), activity: .consultation))
            let shiftID = try fixture.superuser.query("SELECT id::text FROM shifts").single(String.self)
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let thuirWeek = "/planning/\(thuir)/\(WebFixture.week)"
                for path in [
                    thuirWeek, "\(thuirWeek)/historique", "\(thuirWeek)/proposition",
                    "\(thuirWeek)/services/\(shiftID)",
                    "\(try fixture.millasWeek())/services/\(shiftID)", "/planning/99999/\(WebFixture.week)",
                    "/planning/\(thuir)/2026-W99",
                ] {
                    let page = try await browser.send(path)
                    #expect(page.status == .notFound, "\(path)")
                    #expect(page.text.contains("Page introuvable"), "\(path)")
                    #expect(!page.text.contains("FABRE") && !page.text.contains("Lucie"), "\(path)")
                }
                let posted = try await browser.send(
                    "\(thuirWeek)/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "FABRE Lucie"), ("jour", "2026-12-02"), ("debut", "08:30"),
                        ("fin", "12:30"),
                        ("activite", "consultation"),
                    ])
                #expect(posted.status == .notFound)
                let deleted = try await browser.send(
                    "\(try fixture.millasWeek())/services/\(shiftID)/supprimer", method: .post,
                    form: [("_csrf", token)])
                #expect(deleted.status == .notFound)
                let published = try await browser.send("\(thuirWeek)/publier", method: .post, form: [("_csrf", token)])
                #expect(published.status == .notFound)
                #expect(try fixture.shiftCount() == 1)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM planning_weeks WHERE status = 'publiee'").single(
                        Int.self) == 0)
            }
        }
    }

    @Test("a shift form posted without its CSRF token is refused (403) and nothing is written")
    func formWithoutTokenIsRefused() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, _) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let form = [
                    ("personne", "REY Arnaud"), ("jour", "2026-11-30"), ("debut", "08:30"), ("fin", "12:30"),
                    ("activite", "consultation"),
                ]
                let refused = try await browser.send("\(path)/services", method: .post, form: form)
                #expect(refused.status == .forbidden)
                #expect(refused.text.contains("été enregistré"))
                let forged = try await browser.send(
                    "\(path)/services", method: .post, form: [("_csrf", String(repeating: "0", count: 64))] + form)
                #expect(forged.status == .forbidden)
                let publish = try await browser.send("\(path)/publier", method: .post, form: [])
                #expect(publish.status == .forbidden)
                #expect(try fixture.shiftCount() == 0)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM planning_weeks WHERE status = 'publiee'").single(
                        Int.self) == 0)
            }
        }
    }

    @Test("names holding markup are shown inert on the week page, the shift page and the suggestions")
    func markupInNamesIsInert() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.execute(
                "UPDATE people SET last_name = \(EscapingTests.script), first_name = \(EscapingTests.attribute) WHERE last_name = 'REY'"
            )
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let week = try await browser.send(path)
                let reference = try #require(Self.optionValue(containing: "&lt;script&gt;", in: week.text))
                let added = try await browser.send(
                    "\(path)/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", reference), ("jour", "2026-11-30"), ("debut", "07:00"),
                        ("fin", "19:00"),
                        ("activite", "consultation"),
                    ])
                #expect(added.status == .seeOther)
                let id = try fixture.superuser.query("SELECT id::text FROM shifts").single(String.self)
                let pages = [
                    try await browser.send(path), try await browser.send("\(path)/services/\(id)"),
                    try await browser.send(
                        "\(path)/creneau?jour=2026-12-01&debut=14%3A00&fin=18%3A00&activite=consultation"),
                ]
                for page in pages {
                    #expect(page.status == .ok)
                    #expect(!page.text.contains("<script"))
                    #expect(!page.text.contains("<img"))
                    #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                }
            }
        }
    }

    @Test("a shift added through the web is audited under the manager's login, not the server's")
    func auditNamesTheManager() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let added = try await browser.send(
                    "\(try fixture.millasWeek())/services", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "DENIS Karim"), ("jour", "2026-11-30"), ("debut", "08:30"),
                        ("fin", "12:30"),
                        ("activite", "consultation"),
                    ])
                #expect(added.status == .seeOther)
                let row = try fixture.superuser.query(
                    """
                    SELECT login, acting_role FROM audit_log WHERE table_name = 'shifts' ORDER BY id DESC LIMIT 1
                    """
                ).first
                let (login, acting) = try #require(row).decode((String, String?).self)
                #expect(login == fixture.manager)
                #expect(acting == fixture.manager)
                #expect(login != fixture.authenticator)
            }
        }
    }

    /// The value of the select's option whose label holds `text` (the escaped reference as posted back, unescaped).
    static func optionValue(containing text: String, in html: String) -> String? {
        for line in html.split(separator: "\n") where line.hasPrefix("<option value=\"") && line.contains(text) {
            let value = line.dropFirst("<option value=\"".count).prefix { $0 != "\"" }
            return String(value).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        return nil
    }
}
