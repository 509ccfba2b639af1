import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Long absences: HR records them, the report and the planning take them into account")
struct LongAbsenceActionsTests {
    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    static func request(
        _ person: String = "DENIS Karim", _ kind: LongAbsenceKind = .maladieLongue, from first: String = "2026-12-07",
        to last: String? = "2027-01-31"
    ) throws -> RecordLongAbsence.Request {
        try RecordLongAbsence.Request(
            person: person, kind: kind, first: day(first), last: last.map(day), note: "arrêt prolongé")
    }

    @Test("HR records an absence under its own role; the report counts the person in post but not present that day")
    func hrRecordsAnAbsence() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let person = try db.as(.rh) { try RecordLongAbsence(db.session).run(Self.request()) }
        #expect(person.lastName == "DENIS")
        #expect(try db.count("SELECT count(*) FROM long_absences WHERE person_id = \(person.id)") == 1)

        let during = try db.as(.region) { try ProgressQueries(db.session).report(asOf: Self.day("2026-12-08")) }
        #expect(during.inPost == 3 && during.present == 2)
        #expect(abs(during.fte - 3) < 1e-9 && abs(during.presentFTE - 2) < 1e-9)
        let before = try ProgressQueries(db.session).report(asOf: Self.day("2026-12-06"))
        #expect(before.present == before.inPost)
    }

    @Test("an absence outside every contract, or overlapping another, is refused in French and nothing is written")
    func badAbsencesAreRefused() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        #expect {
            try RecordLongAbsence(db.session).run(Self.request(from: "2023-06-01", to: "2023-09-01"))
        } throws: { error in
            "\(error)".contains("doit tenir dans un contrat (contrat depuis le 01/01/2024)")
        }
        _ = try RecordLongAbsence(db.session).run(Self.request())
        #expect {
            try RecordLongAbsence(db.session).run(Self.request("DENIS Karim", .paternite, from: "2027-01-31", to: nil))
        } throws: { error in
            "\(error)".contains("son arrêt maladie de longue durée (du 07/12/2026 au 31/01/2027) couvre déjà")
        }
        #expect(throws: RegistryError.self) { try Self.request(from: "2027-01-31", to: "2027-01-30") }
        #expect(try db.count("SELECT count(*) FROM long_absences") == 1)
    }

    @Test("the database itself refuses overlapping absences and absences outside a contract")
    func theDatabaseGuardsAbsences() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let denis = try db.count("SELECT id FROM people WHERE last_name = 'DENIS'")
        let insert = { (start: String, end: String) in
            try db.session.transaction {
                try db.session.connection.execute(
                    "INSERT INTO long_absences (person_id, kind, starts_on, ends_on) VALUES (\(denis), 'sans_solde', \(Self.day(start)), \(Self.day(end)))"
                )
            }
        }
        try insert("2026-03-01", "2026-03-31")
        for (start, end, constraint) in [
            ("2026-03-15", "2026-04-15", "long_absences_no_overlap"),
            ("2023-03-15", "2023-04-15", "long_absences_within_contract"),
        ] {
            #expect {
                try insert(start, end)
            } throws: { error in
                (error as? PQError)?.constraintName == constraint
            }
        }
        #expect(try db.count("SELECT count(*) FROM long_absences") == 1)
    }

    @Test("a manager may read their staff's absences but not record one, and cannot plan work during one")
    func managersPlanAroundAbsences() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        _ = try RecordLongAbsence(db.session).run(Self.request())
        try db.asMillasManager { () throws -> Void in
            #expect(try db.count("SELECT count(*) FROM long_absences") == 1)
            #expect {
                _ = try RecordLongAbsence(db.session).run(Self.request("REY Arnaud"))
            } throws: { isPermissionDenied($0) }
        }
        let denis = try db.count("SELECT id FROM people WHERE last_name = 'DENIS'")
        let millas = try db.count("SELECT id FROM centres WHERE name = 'Centre de santé de Millas'")
        try db.session.connection.execute("INSERT INTO planning_weeks (centre_id, week) VALUES (\(millas), '2026-W50')")
        let shift = { (activity: String) in
            try db.asMillasManager {
                try db.session.connection.execute(
                    """
                    INSERT INTO shifts (person_id, centre_id, starts_at, ends_at, activity)
                    VALUES (\(denis), \(millas), '2026-12-08 08:00 Europe/Paris', '2026-12-08 12:00 Europe/Paris', \(activity)::activity)
                    """)
            }
        }
        #expect {
            _ = try shift("consultation")
        } throws: { error in
            (error as? PQError)?.constraintName == "shifts_outside_long_absence"
        }
        #expect(try shift("conge") == 1)
    }

    @Test("a departure ends the absence running that day and drops those after it")
    func departureEndsAbsences() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        try db.session.connection.execute(
            "INSERT INTO recruitment_events (person_id, stage, occurred_on) SELECT id, 'en_poste', '2024-01-01' FROM people WHERE last_name = 'DENIS'"
        )
        _ = try RecordLongAbsence(db.session).run(Self.request(to: nil))
        _ = try RecordDeparture(db.session).run(.init(person: "DENIS Karim", date: Self.day("2026-12-31"), reason: nil))
        #expect(try db.count("SELECT count(*) FROM long_absences WHERE ends_on = '2026-12-31'") == 1)
    }

    @Test("an early return ends the absence that day; the deadlines list the returns and contract ends to come")
    func returnsAndDeadlines() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        _ = try RecordLongAbsence(db.session).run(Self.request())
        let (_, ended) = try RecordLongAbsence(db.session).end(person: "DENIS Karim", lastDay: Self.day("2026-12-20"))
        #expect(ended.period == "du 07/12/2026 au 20/12/2026")
        #expect(throws: StoreError.self) {
            try RecordLongAbsence(db.session).end(person: "REY Arnaud", lastDay: Self.day("2026-12-20"))
        }
        try db.session.connection.runScript(
            """
            UPDATE assignments SET ends_on = '2027-01-15' FROM people p WHERE p.id = person_id AND p.last_name = 'FABRE';
            UPDATE contracts SET kind = 'CDD', ends_on = '2027-01-15' FROM people p WHERE p.id = person_id AND p.last_name = 'FABRE';
            """)
        let deadlines = try db.as(.rh) {
            try ListDeadlines(db.session).run(days: 60, today: Self.day("2026-12-01"))
        }
        #expect(
            deadlines.map { "\($0.deadline.date) \($0.deadline.kind.rawValue) \($0.person.lastName) \($0.centres)" }
                == [
                    "2026-12-20 fin_absence DENIS Centre de santé de Millas",
                    "2027-01-15 fin_contrat FABRE Centre de santé de Thuir",
                ])
        #expect(throws: RegistryError.self) { try ListDeadlines(db.session).run(days: 0) }
    }
}
