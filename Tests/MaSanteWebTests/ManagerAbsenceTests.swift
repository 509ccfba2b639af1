import Foundation
import Hummingbird
import HummingbirdTesting
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import Testing

@Suite("A manager re-plans the days of someone absent, as `planning proposer --absence`")
struct ManagerAbsenceTests {
    /// A few shifts of Millas in the week (written by the use case, not the planner, so that the
    /// tests stay light on a loaded machine); returns their count and the reference (as the form's
    /// select names them) of Arnaud REY, who works all Monday 30 November.
    static func plannedWeek(_ fixture: WebFixture) throws -> (Int, String) {
        let session = Session(connection: fixture.superuser)
        let monday = CalendarDate(year: 2026, month: 11, day: 30)!,
            tuesday = CalendarDate(year: 2026, month: 12, day: 1)!
        let shifts: [(String, CalendarDate, String, String, Activity)] = [
            ("REY Arnaud", monday, "08:30", "12:30", .consultation),
            ("REY Arnaud", monday, "13:30", "19:00", .consultation),
            ("DENIS Karim", tuesday, "08:30", "12:30", .consultation),
            ("DELPECH Clara", monday, "08:30", "12:30", .secretariat),
        ]
        for (person, day, start, end, activity) in shifts {
            _ = try AddShift(session).run(
                PlanningRecord(
                    centre: "Centre de santé de Millas", person: person, day: day,
                    start: try TimeOfDay.parse(start), end: try TimeOfDay.parse(end),
                    activity: activity))
        }
        let reference = try fixture.superuser.query(
            """
            SELECT coalesce(rpps, last_name || ' ' || first_name) FROM people WHERE last_name = 'REY' AND first_name = 'Arnaud'
            """
        ).single(String.self)
        return (try fixture.shiftCount(), reference)
    }

    /// Marks Millas's week published, as if « Publier » had passed (its few shifts leave needs
    /// short, which publication refuses; these tests are about what follows).
    static func publish(_ fixture: WebFixture) throws {
        try fixture.superuser.execute(
            """
            UPDATE planning_weeks SET status = 'publiee', published_at = now(), published_by = 'test'
            WHERE centre_id = \(try fixture.centreID("Centre de santé de Millas")) AND week = \(WebFixture.week)
            """)
    }

    static func absentShifts(_ fixture: WebFixture) throws -> Int {
        try fixture.superuser.query("SELECT count(*) FROM shifts WHERE activity = 'conge'").single(Int.self)
    }

    @Test(
        "the preview writes nothing and says which shifts become the absence; « Enregistrer » writes them and the re-planning"
    )
    func previewThenAccept() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let (planned, reference) = try Self.plannedWeek(fixture)
                let week = try await browser.send(path)
                #expect(week.text.contains("Absence : replanifier des jours"))
                #expect(week.text.contains("action=\"\(path)/absence\""))

                let form = [
                    ("_csrf", token), ("personne", reference), ("type", "conge"), ("du", "2026-11-30"),
                    ("au", "2026-11-30"),
                ]
                let preview = try await browser.send("\(path)/absence", method: .post, form: form)
                #expect(preview.status == .ok)
                #expect(preview.text.contains("Replanifier une absence"))
                #expect(preview.text.contains("rien n'a encore été enregistré"))
                #expect(preview.text.contains("« Congé »"))
                #expect(preview.text.contains("lundi 30 novembre 2026"))
                #expect(try fixture.shiftCount() == planned)
                #expect(try Self.absentShifts(fixture) == 0)

                let fingerprint = try #require(ManagerWeekTests.field("empreinte", in: preview.text))
                let accepted = try await browser.send(
                    "\(path)/proposition", method: .post,
                    form: form + [
                        ("graine", "1"), ("empreinte", fingerprint), ("motif", ""),
                    ])
                #expect(accepted.status == .seeOther)
                #expect(accepted.headers[.location] == "\(path)?fait=absence")
                #expect(try Self.absentShifts(fixture) > 0)
                let after = try await browser.send("\(path)?fait=absence")
                #expect(after.text.contains("Absence enregistrée et jours replanifiés."))
            }
        }
    }

    @Test("bad input: a French message beside each field, the values kept, nothing proposed nor written")
    func badInputWritesNothing() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let (planned, reference) = try Self.plannedWeek(fixture)
                let audited = try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self)
                let refused = try await browser.send(
                    "\(path)/absence", method: .post,
                    form: [
                        ("_csrf", token), ("personne", "FABRE Lucie"), ("type", "vacances"), ("du", "2026-12-25"),
                        ("au", "2027-01-01"),
                    ])
                #expect(refused.status == .badRequest)
                for field in ["personne", "type", "du", "au"] {
                    #expect(refused.text.contains("id=\"absence-\(field)-erreur\""), "\(field)")
                }
                #expect(refused.text.contains("Choisissez la personne absente dans la liste"))
                #expect(refused.text.contains("Choisissez le type d&#39;absence"))

                let backwards = try await browser.send(
                    "\(path)/absence", method: .post,
                    form: [
                        ("_csrf", token), ("personne", reference), ("type", "maladie"), ("du", "2026-12-02"),
                        ("au", "2026-11-30"),
                    ])
                #expect(backwards.status == .badRequest)
                #expect(backwards.text.contains("id=\"absence-au-erreur\""))
                #expect(backwards.text.contains("ne peut pas précéder le premier"))

                let sunday = try await browser.send(
                    "\(path)/absence", method: .post,
                    form: [
                        ("_csrf", token), ("personne", reference), ("type", "formation"), ("du", "2026-12-06"),
                        ("au", "2026-12-06"),
                    ])
                #expect(sunday.status == .unprocessableContent)
                #expect(sunday.text.contains("id=\"absence-personne-erreur\""))
                #expect(sunday.text.contains("rien à replanifier"))
                #expect(try fixture.shiftCount() == planned)
                #expect(try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self) == audited)
            }
        }
    }

    @Test("a published week asks for a « motif »; with one the absence is written and its history gives the reason")
    func publishedWeekNeedsAReason() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let path = try fixture.millasWeek()
                let (planned, reference) = try Self.plannedWeek(fixture)
                try Self.publish(fixture)
                let form = [
                    ("_csrf", token), ("personne", reference), ("type", "maladie"), ("du", "2026-11-30"),
                    ("au", "2026-11-30"),
                ]
                let refused = try await browser.send("\(path)/absence", method: .post, form: form)
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains("id=\"absence-motif-erreur\""))

                let withReason = form + [("motif", "Arrêt maladie")]
                let preview = try await browser.send("\(path)/absence", method: .post, form: withReason)
                #expect(preview.status == .ok)
                #expect(try fixture.shiftCount() == planned)
                let fingerprint = try #require(ManagerWeekTests.field("empreinte", in: preview.text))
                let accepted = try await browser.send(
                    "\(path)/proposition", method: .post,
                    form: withReason + [("graine", "1"), ("empreinte", fingerprint)])
                #expect(accepted.status == .seeOther)
                #expect(
                    try fixture.superuser.query("SELECT count(*) FROM shifts WHERE activity = 'maladie'").single(
                        Int.self) > 0)
                let history = try await browser.send("\(path)/historique")
                #expect(history.text.contains("motif : Arrêt maladie"))
            }
        }
    }

    @Test("another centre's absence form is « introuvable », other roles too, and a form without its token is refused")
    func refusedOutsideTheManagersCentres() async throws {
        try await WebFixture.with { fixture in
            let thuir = try fixture.centreID("Centre de santé de Thuir")
            try await fixture.withApp { client in
                var (browser, token) = try await fixture.signedInManager(client)
                let form = [("personne", "FABRE Lucie"), ("type", "conge"), ("du", "2026-11-30"), ("au", "2026-11-30")]
                let other = try await browser.send(
                    "/planning/\(thuir)/\(WebFixture.week)/absence", method: .post,
                    form: [("_csrf", token)] + form)
                #expect(other.status == .notFound)
                #expect(other.text.contains("Page introuvable"))
                #expect(!other.text.contains("FABRE"))
                let path = try fixture.millasWeek()
                let noToken = try await browser.send("\(path)/absence", method: .post, form: form)
                #expect(noToken.status == .forbidden)

                var hr = Browser(client)
                try await hr.signIn(fixture.rh, password: fixture.password)
                let hrPage = try await hr.send("/personnel")
                let hrToken = try #require(hr.csrfToken(in: hrPage))
                let asHR = try await hr.send("\(path)/absence", method: .post, form: [("_csrf", hrToken)] + form)
                #expect(asHR.status == .notFound)
                #expect(try fixture.shiftCount() == 0)
            }
        }
    }
}
