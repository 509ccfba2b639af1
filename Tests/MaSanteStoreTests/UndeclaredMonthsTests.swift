import Foundation
import MaSante
import MaSanteStore
import PQ
import TestSupport
import Testing

/// Which finished months a centre owes a declaration for (`report_undeclared_months`): from the
/// month it opened (even on the 18th) to the month before it closed, never a month not yet over.
@Suite struct UndeclaredMonthsTests {
    /// Millas opened on 18 July 2026, Quillan on 1 September 2026, Lussan open from 1 June to
    /// 31 July 2026 (closed from 1 August).
    func undeclared(asOf: String, declared: [(String, String)]) throws -> [ProvisionalMonth] {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let conn = try database.connect()
        defer { conn.close() }
        try Migrator(connection: conn).migrate()
        try conn.runScript(
            """
            INSERT INTO centres (name, commune, insee_code, departement, status, opened_on, closed_on) VALUES
                ('Millas', 'Millas', '66108', '66', 'ouvert', '2026-07-18', NULL),
                ('Quillan', 'Quillan', '11304', '11', 'ouvert', '2026-09-01', NULL),
                ('Lussan', 'Lussan', '30152', '30', 'ferme', '2026-06-01', '2026-08-01');
            """)
        for (centre, month) in declared {
            try conn.execute(
                """
                INSERT INTO monthly_activity (centre_id, month, scheduled_consultations, unscheduled_consultations,
                                              home_visits, ehpad_visits, new_referring_patients)
                SELECT id, (\(month) || '-01')::date, 1, 1, 1, 1, 1 FROM centres WHERE name = \(centre)
                """)
        }
        let pairs = try conn.query(
            "SELECT month, centre FROM report_undeclared_months(\(try CalendarDate.parse(asOf)))"
        ).map {
            try $0.decode((String, String).self)
        }
        return ProvisionalMonth.grouping(pairs)
    }

    @Test func aFinishedMonthAnOpenCentreHasNotDeclaredIsProvisionalWithThatCentre() throws {
        let months = try undeclared(
            asOf: "2026-10-31",
            declared: [
                ("Millas", "2026-07"), ("Millas", "2026-08"), ("Millas", "2026-09"), ("Millas", "2026-10"),
                ("Quillan", "2026-09"), ("Lussan", "2026-06"), ("Lussan", "2026-07"),
            ])
        #expect(months == [ProvisionalMonth(month: "2026-10", missingCentres: ["Quillan"])])
    }

    @Test func theOpeningMonthCountsFromItsFirstOpenDayAndTheCurrentMonthNotBeforeItEnds() throws {
        let months = try undeclared(
            asOf: "2026-09-29", declared: [("Millas", "2026-08"), ("Lussan", "2026-06"), ("Lussan", "2026-07")])
        #expect(months == [ProvisionalMonth(month: "2026-07", missingCentres: ["Millas"])], "September is not over")
    }

    @Test func aClosedCentreOwesOnlyTheMonthsItWasOpenAndSeveralCentresAreListedByName() throws {
        let months = try undeclared(asOf: "2026-09-30", declared: [])
        #expect(months.map(\.month) == ["2026-06", "2026-07", "2026-08", "2026-09"])
        #expect(months[1] == ProvisionalMonth(month: "2026-07", missingCentres: ["Lussan", "Millas"]))
        #expect(
            months[2] == ProvisionalMonth(month: "2026-08", missingCentres: ["Millas"]), "Lussan closed from 1 August")
        #expect(months[3] == ProvisionalMonth(month: "2026-09", missingCentres: ["Millas", "Quillan"]))
    }

    @Test func theLastDayOfAMonthFinishesIt() throws {
        let declared = [
            ("Millas", "2026-07"), ("Millas", "2026-08"), ("Millas", "2026-09"), ("Millas", "2026-10"),
            ("Quillan", "2026-09"), ("Quillan", "2026-10"), ("Lussan", "2026-06"), ("Lussan", "2026-07"),
        ]
        #expect(try undeclared(asOf: "2026-11-29", declared: declared).isEmpty)
        #expect(try undeclared(asOf: "2026-11-30", declared: declared).map(\.month) == ["2026-11"])
    }
}
