import Foundation
import Hummingbird
import HummingbirdTesting
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The calendars people subscribe to (`/agenda/{token}.ics`): read back by Python's icalendar,
/// only the link's own published shifts, a deleted shift cancelled and a moved one with a higher
/// SEQUENCE, a revoked link « introuvable », links made under the manager's own rights.
@Suite struct CalendarFeedTests {
    /// Next week's shifts, published: REY in Millas on Monday and Tuesday and in Thuir on
    /// Wednesday, DENIS in Millas on Monday.
    static let plannedWeek = """
        CREATE TEMP VIEW next_monday AS
            SELECT (date_trunc('week', now() AT TIME ZONE 'Europe/Paris')::date + 7) AS day;
        INSERT INTO planning_weeks (centre_id, week)
            SELECT c.id, paris_iso_week(((SELECT day FROM next_monday) + time '09:00') AT TIME ZONE 'Europe/Paris') FROM centres c
            ON CONFLICT DO NOTHING;
        INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity)
            SELECT p.id, c.id, ((SELECT day FROM next_monday) + v.offset_days + time '09:00') AT TIME ZONE 'Europe/Paris',
                   ((SELECT day FROM next_monday) + v.offset_days + time '12:00') AT TIME ZONE 'Europe/Paris', 'consultation'
            FROM (VALUES ('REY', 'Millas', 0), ('REY', 'Millas', 1), ('REY', 'Thuir', 2), ('DENIS', 'Millas', 0))
                AS v(last_name, commune, offset_days)
            JOIN people p ON p.last_name = v.last_name JOIN centres c ON c.commune = v.commune;
        UPDATE planning_weeks SET status = 'publiee';
        """

    /// One event of a calendar as Python's icalendar reads it.
    struct Event: Hashable {
        var uid: String
        var status: String
        var sequence: Int
        var start: String
        var summary: String
    }

    @Test func aPersonsCalendarFollowsDeletionsAndMovesAndDiesWhenRevoked() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.runScript(Self.plannedWeek)
            let ids = try Self.shiftIDs(fixture)
            let manager = try fixture.connect(as: fixture.manager)
            defer { manager.close() }
            let rey = try Self.personID(fixture, "REY")
            let token = try CalendarLinks(connection: manager).create(for: .person(id: rey))

            let first = try await Self.fetch(fixture, token: token)
            #expect(
                Set(first.map(\.uid))
                    == Set([ids["REY Millas 0"], ids["REY Millas 1"], ids["REY Thuir 2"]].compactMap { $0 }))
            #expect(first.allSatisfy { $0.status == "CONFIRMED" && $0.sequence == 0 })
            #expect(!first.contains { $0.uid == ids["DENIS Millas 0"] }, "un service d'une autre personne apparaît")

            try Self.change(manager, reason: "Absence imprévue") {
                try manager.execute("DELETE FROM shifts WHERE id = \(try Self.uuid(ids["REY Millas 0"]))")
                try manager.execute(
                    """
                    UPDATE shifts SET starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour'
                    WHERE id = \(try Self.uuid(ids["REY Millas 1"]))
                    """)
            }
            let second = try await Self.fetch(fixture, token: token)
            let byUID = Dictionary(uniqueKeysWithValues: second.map { ($0.uid, $0) })
            #expect(second.count == 3, "un service supprimé doit rester, annulé")
            #expect(byUID[ids["REY Millas 0"]!]?.status == "CANCELLED")
            #expect(byUID[ids["REY Millas 0"]!]?.sequence == 1)
            #expect(byUID[ids["REY Millas 1"]!]?.status == "CONFIRMED")
            #expect(byUID[ids["REY Millas 1"]!]?.sequence == 1)
            #expect(byUID[ids["REY Millas 1"]!]?.start.hasSuffix("10:00") == true)
            #expect(byUID[ids["REY Thuir 2"]!]?.sequence == 0)

            #expect(try CalendarLinks(connection: manager).revoke(.person(id: rey)))
            try await fixture.withApp { client in
                var browser = Browser(client)
                let response = try await browser.send("/agenda/\(token).ics")
                #expect(response.status == .notFound)
                #expect(response.text.contains("Page introuvable"))
            }
        }
    }

    @Test func aCentresCalendarShowsItsPublishedWeeksAndAMovedAwayShiftCancelled() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.runScript(Self.plannedWeek)
            let ids = try Self.shiftIDs(fixture)
            let manager = try fixture.connect(as: fixture.manager)
            defer { manager.close() }
            let millas = try fixture.superuser.query("SELECT id FROM centres WHERE commune = 'Millas'").single(Int.self)
            let token = try CalendarLinks(connection: manager).create(for: .centre(id: millas))
            let first = try await Self.fetch(fixture, token: token)
            #expect(
                Set(first.map(\.uid))
                    == Set([ids["REY Millas 0"], ids["REY Millas 1"], ids["DENIS Millas 0"]].compactMap { $0 }))
            #expect(first.contains { $0.summary.hasPrefix("Karim DENIS") })

            // REY's Tuesday moves to DENIS: still Millas's, now DENIS's, with a higher SEQUENCE.
            try Self.change(manager, reason: "Remplacement") {
                try manager.execute(
                    """
                    UPDATE shifts SET person_id = (SELECT id FROM people WHERE last_name = 'DENIS')
                    WHERE id = \(try Self.uuid(ids["REY Millas 1"]))
                    """)
            }
            let second = try await Self.fetch(fixture, token: token)
            let moved = second.first { $0.uid == ids["REY Millas 1"] }
            #expect(
                moved?.status == "CONFIRMED" && moved?.sequence == 1 && moved?.summary.hasPrefix("Karim DENIS") == true)

            // REY's own calendar has it cancelled.
            let rey = try Self.personID(fixture, "REY")
            let reyToken = try CalendarLinks(connection: manager).create(for: .person(id: rey))
            let reys = try await Self.fetch(fixture, token: reyToken)
            #expect(reys.first { $0.uid == ids["REY Millas 1"] }?.status == "CANCELLED")
        }
    }

    @Test func linksAreTheManagersOwnStaffsAndOnlyTheServerReadsAFeed() async throws {
        try await WebFixture.with { fixture in
            try fixture.superuser.runScript(Self.plannedWeek)
            let manager = try fixture.connect(as: fixture.manager)
            defer { manager.close() }
            // FABRE works in Thuir only: the manager of Millas cannot make her link.
            let fabre = try Self.personID(fixture, "FABRE")
            #expect(throws: PQError.self) { try CalendarLinks(connection: manager).create(for: .person(id: fabre)) }
            let rh = try fixture.connect(as: fixture.rh)
            defer { rh.close() }
            let token = try CalendarLinks(connection: rh).create(for: .person(id: fabre))
            // A person's login cannot read a feed, even with the token.
            #expect(throws: PQError.self) {
                try manager.query("SELECT * FROM calendar_feed(sha256(convert_to(\(token), 'UTF8')))")
            }
            #expect(
                try rh.query(
                    "SELECT count(*) FROM calendar_links WHERE token_hash = sha256(convert_to(\(token), 'UTF8'))"
                ).single(Int.self) == 1)
            // A new link revokes the previous one.
            let newer = try CalendarLinks(connection: rh).create(for: .person(id: fabre))
            #expect(try await Self.fetch(fixture, token: newer).isEmpty, "FABRE n'a aucun service publié")
            try await fixture.withApp { client in
                for uri in [
                    "/agenda/\(token).ics", "/agenda/\(String(repeating: "0", count: 64)).ics",
                    "/agenda/pas-un-jeton.ics",
                ] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
        }
    }

    // MARK: - Helpers

    /// Runs `body` in one transaction with the reason a change to a published week needs.
    static func change(_ connection: Connection, reason: String, _ body: () throws -> Void) throws {
        try connection.transaction {
            try connection.execute("SELECT set_config('masante.motif', \(reason), true)")
            try body()
        }
    }

    /// The shift id of an event's UID.
    static func uuid(_ uid: String?) throws -> UUID {
        try #require(uid.flatMap { UUID(uuidString: String($0.prefix(36))) })
    }

    /// The shifts' UIDs in the feed, keyed « LASTNAME Commune dayOffset ».
    static func shiftIDs(_ fixture: WebFixture) throws -> [String: String] {
        let rows = try fixture.superuser.query(
            """
            SELECT p.last_name || ' ' || c.commune || ' ' ||
                   ((s.starts_at AT TIME ZONE 'Europe/Paris')::date - date_trunc('week', s.starts_at AT TIME ZONE 'Europe/Paris')::date),
                   s.id::text || '@masante.laregion.fr'
            FROM shifts s JOIN people p ON p.id = s.person_id JOIN centres c ON c.id = s.centre_id
            """)
        return Dictionary(uniqueKeysWithValues: try rows.map { try $0.decode((String, String).self) })
    }

    static func personID(_ fixture: WebFixture, _ lastName: String) throws -> Int {
        try fixture.superuser.query("SELECT id FROM people WHERE last_name = \(lastName)").single(Int.self)
    }

    /// GET `/agenda/{token}.ics` without a session, then Python's icalendar reads it.
    static func fetch(_ fixture: WebFixture, token: String) async throws -> [Event] {
        let ics: String = try await fixture.withApp { client in
            let response = try await client.execute(uri: "/agenda/\(token).ics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
            return String(buffer: response.body)
        }
        let python = try #require(
            Python.withICalendar(),
            "Le module Python « icalendar » est introuvable : installez python3-icalendar ou indiquez MASANTE_PYTHON3.")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "masante-agenda-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("agenda.ics")
        try Data(ics.utf8).write(to: file)
        let script = folder.appendingPathComponent("lire.py")
        try """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for event in cal.walk('VEVENT'):
            print(str(event['UID']), str(event['STATUS']), int(event['SEQUENCE']),
                  event.decoded('DTSTART').strftime('%Y-%m-%d %H:%M'), str(event['SUMMARY']), sep='|')
        """.write(to: script, atomically: true, encoding: .utf8)
        let run = try Python.run(python, [script.path, file.path], in: folder)
        try #require(run.status == 0, "python3 : \(run.errors)")
        return run.output.split(separator: "\n").map { line in
            let field = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            return Event(
                uid: field[0], status: field[1], sequence: Int(field[2]) ?? -1, start: field[3], summary: field[4])
        }
    }
}
