import Foundation
import MaSante
import MaSanteStore
import PQ
import TestSupport
import Testing

/// A small network whose report figures are computed by hand in the tests below.
///
/// Centres: A (31, opened 2023-01-15), B (09, opened 2024-03-01), C (46, not open),
/// D (66, opened 2022-07-01, closed 2023-12-31).
/// People: GP1 at A from 2023-02-01 (35 h), GP2 at A from 2023-06-01 (17,5 h), a midwife at B
/// from 2024-03-01, a nurse at B from 2025-11-15, a secretary at A from 2023-01-15 (does not
/// count), GP3 at D from 2022-07-01 who left on 2023-12-31.
private func loadSmallNetwork(_ conn: Connection) throws {
    try Migrator(connection: conn).migrate()
    func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }
    func centre(
        _ name: String, _ insee: String, _ dep: String, _ status: CentreStatus, _ opened: String?
    ) throws -> CentreRecord {
        CentreRecord(
            name: name, commune: name, insee: try INSEECode.parse(insee), departement: Departement(dep)!,
            status: status, openedOn: opened.map(day), partner: nil, hours: OpeningHours())
    }
    try CentreImporter(connection: conn).run(records: [
        (2, try centre("A", "31555", "31", .ouvert, "2023-01-15")),
        (3, try centre("B", "09225", "09", .ouvert, "2024-03-01")),
        (4, try centre("C", "46042", "46", .conventionSignee, nil)),
        (5, try centre("D", "66136", "66", .ferme, "2022-07-01")),
    ])
    try CentreQueries(connection: conn).setClosingDate(day("2023-12-31"), centre: "D")
    var serial = 0
    func person(
        _ name: String, _ profession: Profession, _ centre: String, _ start: String, hours: Double = 35
    ) throws -> PersonRecord {
        serial += 1
        let base = String(format: "1888%06d", serial)
        let rpps = profession.hasRPPS ? try RPPS.parse(base + String(RPPS.checkDigit(for: base))) : nil
        return PersonRecord(
            lastName: name, firstName: "Test", profession: profession, specialty: nil, rpps: rpps, centre: centre,
            contract: try Contract(type: .cdi, start: day(start), end: nil, weeklyHours: hours))
    }
    try PeopleImporter(connection: conn).run(records: [
        (2, try person("GP1", .medecinGeneraliste, "A", "2023-02-01")),
        (3, try person("GP2", .medecinGeneraliste, "A", "2023-06-01", hours: 17.5)),
        (4, try person("SF", .sageFemme, "B", "2024-03-01")),
        (5, try person("IDE", .infirmier, "B", "2025-11-15")),
        (6, try person("SEC", .secretaireMedical, "A", "2023-01-15")),
        (7, try person("GP3", .medecinGeneraliste, "D", "2022-07-01")),
    ])
    let queries = PeopleQueries(connection: conn)
    try queries.recordDeparture(of: try queries.find("GP3 Test"), on: day("2023-12-31"), note: nil)
    try conn.execute(
        """
        INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations, home_visits, ehpad_visits, new_referring_patients)
        SELECT c.id, v.month::date, v.s, v.u, v.h, v.e, v.p FROM centres c JOIN (VALUES
            ('A', '2023-01-01', 100, 20, 5, 3, 10), ('A', '2023-02-01', 200, 40, 10, 6, 20),
            ('B', '2024-03-01', 50, 10, 0, 2, 5), ('A', '2025-10-01', 300, 60, 10, 10, 15)) AS v(name, month, s, u, h, e, p)
        ON v.name = c.name
        """)
}

@Suite struct ProgressQueriesTests {
    func report(asOf text: String) throws -> ProgressReport {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let conn = try database.connect()
        try loadSmallNetwork(conn)
        return try ProgressQueries(connection: conn).report(asOf: try CalendarDate.parse(text))
    }

    @Test func theReportCountsHiresPostsCentresAndActivityAsOfADate() throws {
        let r = try report(asOf: "2025-10-31")
        #expect(r.goal == 200)
        #expect(r.deadline.description == "2028-03-31")
        #expect(r.hired == 4, "GP1, GP2, the midwife and GP3 who left; not the nurse hired later nor the secretary")
        #expect(
            r.hiredByProfession == [
                "medecin_generaliste": 3, "sage_femme": 1, "infirmier": 0, "medecin_specialiste": 0,
            ])
        #expect(r.hiredOutsideGoal == ["secretaire_medical": 1])
        #expect(r.inPost == 3)
        #expect(r.fte == 2.5, "GP2 is half time; GP3 has left")
        #expect(r.hiredByDepartement == ["31": 2, "09": 1, "66": 1])
        #expect(r.centresOpen == 2, "D closed on 2023-12-31, C never opened")
        #expect(r.openingsByYear == ["2022": 1, "2023": 1, "2024": 1])
        #expect(r.activity.scheduledConsultations == 650)
        #expect(r.activity.unscheduledConsultations == 130)
        #expect(r.activity.consultations == 780)
        #expect(r.activity.homeVisits == 25)
        #expect(r.activity.ehpadVisits == 21)
        #expect(r.activity.newReferringPatients == 50)
        #expect(r.byMonth.first?.month == "2022-07")
        #expect(r.byMonth.last?.month == "2025-10")
        #expect(r.byMonth.last?.cumulative == 4)
        #expect(r.byMonth.map(\.hired).reduce(0, +) == 4)
        #expect(r.projection.monthlyPace == 0)
        #expect(r.projection.goalDate == nil)
        let byCentre = Dictionary(uniqueKeysWithValues: r.byCentre.map { ($0.name, $0) })
        #expect(byCentre["A"]?.hired == 2)
        // Two people in post: fewer than the minimum cell, so their staff and FTE are withheld.
        #expect(byCentre["A"]?.isWithheld == true)
        #expect(byCentre["A"]?.fte == nil)
        #expect(byCentre["D"]?.inPost == 0)
        #expect(byCentre["C"] == nil)
    }

    @Test func aCentreWithThreePeopleInPostShowsItsStaffAndFTEWhichTwoWouldWithhold() throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let conn = try database.connect()
        try loadSmallNetwork(conn)
        let base = "1888000099"
        let record = PersonRecord(
            lastName: "GP4", firstName: "Test", profession: .medecinGeneraliste, specialty: nil,
            rpps: try RPPS.parse(base + String(RPPS.checkDigit(for: base))), centre: "A",
            contract: try Contract(type: .cdi, start: try CalendarDate.parse("2024-01-01"), end: nil, weeklyHours: 28))
        try PeopleImporter(connection: conn).run(records: [(2, record)])
        let r = try ProgressQueries(connection: conn).report(asOf: try CalendarDate.parse("2025-10-31"))
        let a = try #require(r.byCentre.first { $0.name == "A" })
        #expect(a.inPost == 3)
        #expect(a.fte == 2.3, "GP1 full time, GP2 half time, GP4 at 28 h")
        #expect(CentreFigures.minimumCell == 3)
        #expect(try conn.query("SELECT report_minimum_cell()").single(Int.self) == CentreFigures.minimumCell)
        let b = try #require(r.byCentre.first { $0.name == "B" })
        #expect(b.isWithheld, "the midwife alone in post at B")
    }

    @Test func aReportInThePastLeavesOutEverythingThatCameLater() throws {
        let r = try report(asOf: "2023-06-30")
        #expect(r.hired == 3)
        #expect(r.inPost == 3, "GP3 only left on 2023-12-31")
        #expect(r.fte == 2.5)
        #expect(r.centresOpen == 2, "D and A")
        #expect(r.openingsByYear == ["2022": 1, "2023": 1])
        #expect(r.activity.consultations == 360, "January and February 2023 only")
        #expect(r.activity.newReferringPatients == 30)
        #expect(r.byMonth.last?.month == "2023-06")
        #expect(r.projection.monthlyPace == 3.0 / 12, "GP3 (2022-07-01), GP1 and GP2 in the 12 months before")
    }

    @Test func monthsAnOpenCentreHasNotDeclaredAreProvisionalWithTheirCentres() throws {
        let r = try report(asOf: "2023-06-30")
        #expect(
            r.provisionalActivity.map(\.month) == [
                "2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12",
                "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06",
            ])
        #expect(r.provisionalActivity.first?.missingCentres == ["D"], "D never declared; A opened in 2023")
        #expect(r.provisionalActivity[6].missingCentres == ["D"], "A declared January 2023")
        #expect(r.provisionalActivity.last?.missingCentres == ["A", "D"])
        let later = try report(asOf: "2024-03-31")
        #expect(
            !later.provisionalActivity.contains { $0.month == "2024-01" && $0.missingCentres.contains("D") },
            "D closed on 2023-12-31")
        #expect(
            later.provisionalActivity.first { $0.month == "2024-03" }?.missingCentres == ["A"], "B declared March 2024")
    }

    @Test func aMonthNotYetOverIsNotCounted() throws {
        let r = try report(asOf: "2025-10-15")
        #expect(r.activity.consultations == 420, "October 2025 is not complete on the 15th")
    }

    @Test func theProjectionUsesTheLastTwelveMonths() throws {
        let r = try report(asOf: "2026-06-30")
        #expect(r.hired == 5)
        #expect(r.projection.monthlyPace == 1.0 / 12)
        let expected = Projection.compute(
            hired: 5, hiredInLast12Months: 1, goal: 200,
            asOf: try CalendarDate.parse("2026-06-30"), deadline: try CalendarDate.parse("2028-03-31"))
        #expect(r.projection == expected)
    }
}
