import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Loading the demonstration network")
struct LoadDemoTests {
    @Test("the demo loads with its planned weeks, and loading it again writes nothing")
    func demoLoadsOnce() throws {
        let database = try TemporaryDatabase(prefix: "masante_app_demo")
        defer { try? database.drop() }
        let session = Session(connection: try database.connect())
        defer { session.close() }
        let today = try CalendarDate.parse("2026-11-04")

        let first = try LoadDemo(session).run(today: today)
        #expect(first.migrationsApplied > 0)
        #expect(first.network.openCentres == 26)
        #expect(first.weeks.map(\.description) == ["2026-W44", "2026-W45", "2026-W46"])
        #expect(first.planning.weeks > 0 && first.planning.published > 0)

        let second = try LoadDemo(session).run(today: today)
        #expect(second.migrationsApplied == 0)
        #expect(!second.network.changedAnything)
        #expect(second.planning.weeks == 0)
    }

    @Test("a database holding other data is refused and nothing is written")
    func realDatabaseIsRefused() throws {
        try PlanningNetwork.with { network in
            try network.session.connection.runScript(
                """
                INSERT INTO centres (name, commune, insee_code, departement, status, opened_on)
                VALUES ('Centre de santé réel', 'Perpignan', '66136', '66', 'ouvert', '2023-01-01');
                """)
            let count = { try network.session.connection.query("SELECT count(*)::int FROM centres").single(Int.self) }
            let before = (try network.state(), try count())

            #expect(throws: StoreError.self) {
                try LoadDemo(network.session).run(today: try CalendarDate.parse("2026-11-04"))
            }
            #expect((try network.state(), try count()) == before)
        }
    }
}
