import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Searching people and reading a person's page, under each role")
struct PeopleReadingTests {
    static let today = CalendarDate.today()

    /// DENIS on a CDD ending in 30 days, REY moved to « en_poste ».
    static func prepared() throws -> RegistryDatabase {
        let db = try RegistryDatabase()
        try db.session.connection.execute(
            """
            UPDATE assignments SET ends_on = \(today.adding(days: 30))
            WHERE person_id = (SELECT id FROM people WHERE last_name = 'DENIS')
            """)
        try db.session.connection.execute(
            """
            UPDATE contracts SET kind = 'CDD', ends_on = \(today.adding(days: 30))
            WHERE person_id = (SELECT id FROM people WHERE last_name = 'DENIS')
            """)
        _ = try MoveRecruitmentStage(db.session).run(
            .init(person: "REY Arnaud", stage: .enPoste, date: today, note: nil))
        return db
    }

    static func names(_ rows: [PersonSummary]) -> [String] { rows.map(\.lastName) }

    @Test("HR finds people by part of the name, centre, profession, stage and contract ending soon")
    func hrSearchesWithEveryFilter() throws {
        let db = try Self.prepared()
        defer { db.drop() }

        try db.as(.rh) { () throws -> Void in
            let search = SearchPeople(db.session)
            #expect(Self.names(try search.run(.init(text: "arnaud"))) == ["REY"])
            #expect(Self.names(try search.run(.init(centre: "thuir"))) == ["FABRE", "REY"])
            #expect(Self.names(try search.run(.init(profession: .secretaireMedical))) == ["DELPECH", "MULLER"])
            #expect(Self.names(try search.run(.init(stage: .enPoste))) == ["REY"])
            #expect(Self.names(try search.run(.init(contractEndingBefore: Self.today.adding(days: 60)))) == ["DENIS"])
            #expect(
                try search.run(.init(text: "rey")).first?.centres == [
                    "Centre de santé de Millas", "Centre de santé de Thuir",
                ])
        }
    }

    @Test("a manager finds only the staff of their centres, and another centre is unknown to them")
    func managerSearchesTheirCentreOnly() throws {
        let db = try Self.prepared()
        defer { db.drop() }

        try db.asMillasManager { () throws -> Void in
            let search = SearchPeople(db.session)
            #expect(Self.names(try search.run(.init())) == ["DELPECH", "DENIS", "MULLER", "REY"])
            #expect(try search.run(.init(text: "fabre")).isEmpty)
            #expect(throws: StoreError.self) { try search.run(.init(centre: "thuir")) }
        }
    }

    @Test("the Region may not search people: the database refuses")
    func regionIsRefusedTheSearch() throws {
        let db = try Self.prepared()
        defer { db.drop() }

        do {
            _ = try db.as(.region) { try SearchPeople(db.session).run(.init()) }
            Issue.record("the Region read people")
        } catch {
            #expect(isPermissionDenied(error), "\(error)")
        }
    }

    @Test("HR reads a person's contracts, assignments, stages and the history of their rows")
    func hrReadsTheWholePage() throws {
        let db = try Self.prepared()
        defer { db.drop() }

        let file = try db.as(.rh) { try ReadPersonFile(db.session).run(person: "REY Arnaud") }

        #expect(file.contracts.map(\.kind) == [.cdi])
        #expect(file.assignments.map(\.centre) == ["Centre de santé de Millas", "Centre de santé de Thuir"])
        #expect(file.stages.map(\.stage) == [.enPoste])
        #expect(
            file.history?.map(\.table).sorted() == [
                "assignments", "assignments", "contracts", "people", "recruitment_events", "welcome_checklists",
            ])
    }

    @Test("a manager reads their staff's page without the history; someone else's is not found")
    func managerReadsTheirStaffOnly() throws {
        let db = try Self.prepared()
        defer { db.drop() }

        try db.asMillasManager { () throws -> Void in
            let file = try ReadPersonFile(db.session).run(person: "DENIS Karim")
            #expect(file.contracts.map(\.end) == [Self.today.adding(days: 30)])
            #expect(file.history == nil)
            #expect(throws: StoreError.self) { try ReadPersonFile(db.session).run(person: "FABRE Lucie") }
        }
    }

    @Test("the Region may not open a person's page: the database refuses")
    func regionIsRefusedThePage() throws {
        let db = try Self.prepared()
        defer { db.drop() }

        do {
            _ = try db.as(.region) { try ReadPersonFile(db.session).run(person: "REY Arnaud") }
            Issue.record("the Region read a person's page")
        } catch {
            #expect(isPermissionDenied(error), "\(error)")
        }
    }
}
