import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Changing a centre's rules")
struct ChangeRulesTests {
    @Test("all the changes are saved together and the looser limits are named")
    func savesEveryChangeAndNamesLooserLimits() throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let session = Session(connection: try database.connect())
        try Migrator(session).migrate()
        try session.connection.runScript(PlanningFixture.sql)
        let centre = try PlanningQueries(session).centre(named: "millas")

        let outcome = try ChangeRules(session).run(
            .init(switchedOff: [.doctorAndSecretaryPresent], limits: [(.dureeQuotidienneMax, 12)]), centre: centre)

        #expect(outcome.settings[.doctorAndSecretaryPresent].isEnabled == false)
        #expect(outcome.looserThanDefault == [.dureeQuotidienneMax])
        #expect(try CentreSettingsStore(session).settings(centreID: centre.id) == outcome.settings)
    }

    @Test("a refused limit leaves every other change of the request unsaved")
    func refusedChangeSavesNothing() throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let session = Session(connection: try database.connect())
        try Migrator(session).migrate()
        try session.connection.runScript(PlanningFixture.sql)
        let centre = try PlanningQueries(session).centre(named: "millas")
        let before = try CentreSettingsStore(session).settings(centreID: centre.id)

        #expect(throws: (any Error).self) {
            try ChangeRules(session).run(
                .init(switchedOff: [.doctorAndSecretaryPresent], limits: [(.dureeQuotidienneMax, -4)]),
                centre: centre)
        }
        #expect(try CentreSettingsStore(session).settings(centreID: centre.id) == before)
    }
}
