import Foundation
import PQ
import TestSupport
import Testing

/// `masante planning proposer --centres …|--reseau` end to end, under each role: a manager names
/// only the centres they run (another one is « inconnu »), the whole network is for the
/// administrator and HR, bad input writes nothing.
@Suite struct PlanningNetworkProposeTests {
    static let week = ["--semaine", "2027-W03"]

    @Test func aManagerProposesTheirCentresAndAnotherCentreIsUnknownWithNothingWritten() async throws {
        try await SecurityFixture.with { fixture in
            let shifts = try fixture.count("SELECT count(*) FROM shifts")
            let other = try fixture.run(
                ["planning", "proposer", "--centres", "millas,thuir"] + Self.week, as: fixture.manager)
            #expect(other.status == 65, "\(other.stderr)")
            #expect(other.stderr.contains("option --centres : centre inconnu « thuir »"), "\(other.stderr)")
            #expect(other.stderr.contains("forme attendue : --centres NOM,NOM"), "\(other.stderr)")
            #expect(!other.stderr.contains(SecurityFixture.thuir), "another manager's centre stays unseen")
            #expect(other.stdout.isEmpty)
            let empty = try fixture.run(
                ["planning", "proposer", "--centres", "millas,,"] + Self.week, as: fixture.manager)
            #expect(empty.status == 65 && empty.stderr.contains("nom de centre vide"), "\(empty.stderr)")
            let network = try fixture.run(["planning", "proposer", "--reseau"] + Self.week, as: fixture.manager)
            #expect(network.status == 77, "\(network.stderr)")
            #expect(network.stderr.contains("administrateur ou RH"), "\(network.stderr)")
            #expect(try fixture.count("SELECT count(*) FROM shifts") == shifts)

            let own = try fixture.run(["planning", "proposer", "--centres", "millas"] + Self.week, as: fixture.manager)
            #expect(own.status == 0, "\(own.stderr)")
            #expect(own.stdout.contains("Proposition pour 1 centre(s), semaine 2027-W03"), "\(own.stdout)")
            #expect(own.stdout.contains("Enregistré dans les semaines en brouillon de 1 centre(s)"), "\(own.stdout)")
            #expect(try fixture.count("SELECT count(*) FROM shifts") > shifts)
        }
    }

    @Test func theAdministratorProposesTheWholeNetworkAndEachCentreIsExplainedAfterwards() async throws {
        try await SecurityFixture.with { fixture in
            let result = try fixture.run(["planning", "proposer", "--reseau"] + Self.week, as: fixture.admin)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Proposition pour 2 centre(s), semaine 2027-W03"), "\(result.stdout)")
            #expect(result.stdout.contains("aucun constat bloquant"), "\(result.stdout)")
            #expect(
                result.stdout.contains("Enregistré dans les semaines en brouillon de 2 centre(s)"), "\(result.stdout)")
            let rey = try fixture.count(
                """
                SELECT count(DISTINCT s.centre_id) FROM shifts s JOIN people p ON p.id = s.person_id
                WHERE p.last_name = 'REY' AND s.week = '2027-W03'
                """)
            #expect(rey == 2, "REY works in both centres that week")
            for centre in ["millas", "thuir"] {
                let explained = try fixture.run(
                    ["planning", "expliquer", "--centre", centre] + Self.week, as: fixture.admin)
                #expect(explained.status == 0, "\(explained.stderr)")
            }
            let suggested = try fixture.run(
                [
                    "planning", "suggerer", "--centre", "millas", "--jour", "2027-01-20", "--debut", "08:30",
                    "--fin", "12:30", "--activite", "consultation",
                ], as: fixture.admin)
            // 1 when nobody is free then: either way, the slot's candidates are listed, each with their reason.
            #expect([0, 1].contains(suggested.status) && suggested.stderr.isEmpty, "\(suggested.stderr)")
            #expect(suggested.stdout.contains("REY"), "\(suggested.stdout)")
        }
    }
}
