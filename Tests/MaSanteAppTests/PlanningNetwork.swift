import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport

/// A migrated temporary database holding ``PlanningFixture``'s network (Millas and Thuir), opened
/// as the front ends open it, with what the planning use cases' tests say again and again.
struct PlanningNetwork {
    /// Week 49 of 2027: Monday 6 to Sunday 12 December.
    static let week = try! ISOWeek.parse("2027-W49")

    let session: Session
    let millas: CentreReference

    /// Runs `body` on a fresh network, dropped afterwards.
    static func with(_ body: (PlanningNetwork) throws -> Void) throws {
        let database = try TemporaryDatabase(prefix: "masante_app_planning")
        defer { try? database.drop() }
        let session = Session(connection: try database.connect())
        defer { session.close() }
        try Migrator(session).migrate()
        try session.connection.runScript(PlanningFixture.sql)
        try body(PlanningNetwork(session: session, millas: try PlanningQueries(session).centre(named: "millas")))
    }

    /// A line of planning in Millas: `day` is `2027-12-0N`.
    func record(
        _ person: String, _ day: String, _ from: String, _ to: String,
        _ activity: Activity = .consultation
    ) throws -> PlanningRecord {
        PlanningRecord(
            centre: millas.name, person: person, day: try CalendarDate.parse(day), start: try TimeOfDay.parse(from),
            end: try TimeOfDay.parse(to), activity: activity)
    }

    /// Adds shifts to Millas' week, one by one.
    func add(_ records: PlanningRecord...) throws {
        for record in records { _ = try AddShift(session).run(record) }
    }

    /// Millas' week as shown to the manager.
    func week() throws -> WeekView { try ShowWeek(session).run(centre: millas, week: Self.week) }

    /// Millas' shifts of the week, person by person.
    func shifts() throws -> [Shift] { try week().rows.flatMap(\.shifts) }

    /// Switches off Millas' coverage rules, so that a week of a few shifts can be published.
    func publishable() throws {
        _ = try ChangeRules(session).run(
            .init(switchedOff: [.doctorAndSecretaryPresent, .unscheduledCareEachOpenDay]),
            centre: millas)
    }

    /// REY and DELPECH on Monday morning, published.
    func publishedMonday() throws {
        try publishable()
        try add(
            try record("REY Arnaud", "2027-12-06", "08:30", "12:30"),
            try record("DELPECH Clara", "2027-12-06", "08:30", "12:30", .secretariat))
        _ = try PublishWeek(session).run(centre: millas, week: Self.week)
    }

    /// Every planning table: equal before and after means nothing was written.
    func state() throws -> String { try PlanningFixture.state(session.connection) }

    /// A CSV file's reader.
    static func csv(_ lines: String...) throws -> CSVReader {
        try CSVReader(data: Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
