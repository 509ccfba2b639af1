import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Administering logins and reading the audit trail")
struct AdminActionsTests {
    @Test("a manager's login is created with a generated password, listed with their centre, then removed")
    func addsListsAndRemovesALogin() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let login = "test_app_\(db.database.name.suffix(10))"

        let outcome = try AddUser(db.session).run(
            .init(login: login, role: .responsable, centres: ["Centre de santé de Millas"]))
        let listed = try ListUsers(db.session).run().first { $0.login == login }
        try RemoveUser(db.session).run(login: login)

        #expect(outcome.generatedPassword?.count == 20)
        #expect(listed?.centres == ["Centre de santé de Millas"])
        #expect(try ListUsers(db.session).run().contains { $0.login == login } == false)
    }

    @Test("a manager without a centre is refused and no login is created")
    func managerWithoutCentreWritesNothing() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let login = "test_app_\(db.database.name.suffix(10))"

        #expect(throws: StoreError.self) { try AddUser(db.session).run(.init(login: login, role: .responsable)) }
        #expect(try db.count("SELECT count(*) FROM pg_roles WHERE rolname = \(login)") == 0)
        #expect(try ListUsers(db.session).run().isEmpty)
    }

    @Test("the audit trail is filtered by table, and a limit that is not positive is refused")
    func readsTheTrailByTable() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let today = CalendarDate.today()
        _ = try MoveRecruitmentStage(db.session).run(
            .init(person: "FABRE Lucie", stage: .enPoste, date: today, note: nil))

        let entries = try ReadAuditTrail(db.session).run(.init(since: today, table: "recruitment_events"))

        #expect(entries.map(\.operation) == ["INSERT"])
        #expect(throws: RegistryError.fieldRefused(field: "limite", message: "un nombre positif est attendu (0)")) {
            try ReadAuditTrail.Request(since: today, limit: 0)
        }
        #expect(throws: RegistryError.self) { try ReadAuditTrail.Request(since: today, table: "audit_log") }
    }
}

@Suite("The Region's report and goal")
struct RegionActionsTests {
    @Test("the report as of a past day is rendered in the format asked")
    func rendersTheReportAsOfADay() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let day = CalendarDate(year: 2026, month: 10, day: 31)!

        let outcome = try db.as(.region) {
            try ProgressReportDocument(db.session).run(.init(asOf: day, format: .json, today: day))
        }

        #expect(outcome.report.asOf == day)
        #expect(outcome.document.hasPrefix("{"))
    }

    @Test("a report dated in the future is refused, naming the field")
    func futureDayIsRefused() {
        let today = CalendarDate(year: 2026, month: 10, day: 31)!
        #expect(throws: RegistryError.self) {
            try ProgressReportDocument.Request(asOf: today.adding(days: 1), format: .texte, today: today)
        }
    }

    @Test("the goal changes only where asked; a target that is not positive is refused and the goal kept")
    func changesTheGoal() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let before = try SetRecruitmentGoal(db.session).run(.init())

        let after = try db.as(.region) { try SetRecruitmentGoal(db.session).run(.init(target: 250)) }

        #expect(after.target == 250 && after.deadline == before.deadline)
        #expect(throws: RegistryError.self) { try SetRecruitmentGoal.Request(target: 0) }
    }
}
