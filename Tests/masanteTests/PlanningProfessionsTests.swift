import Foundation
import Testing

/// A proposal fills every profession's contract hours with that profession's work (issue 20
/// item 4): on the demo, Millas's midwife is no longer left idle while doctors crowd one slot.
@Suite struct PlanningProfessionsTests {
    @Test func nobodyWithContractHoursIsLeftIdleInAProposalForMillas() async throws {
        try await withRegistry { registry in
            try registry.succeed(["demo"])
            // A time limit far above the iteration budget's need: the budget ends the search, so a
            // loaded machine gets the same proposal as an idle one.
            try registry.succeed([
                "planning", "proposer", "--centre", "millas", "--semaine", "2027-W06", "--secondes", "120",
            ])
            let week = try registry.succeed([
                "planning", "semaine", "--centre", "millas", "--semaine", "2027-W06", "--format", "json",
            ])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(week.stdout.utf8)) as? [String: Any])
            let people = try #require(json["personnes"] as? [[String: Any]])
            #expect(people.contains { $0["profession"] as? String == "sage_femme" })
            for person in people {
                let contract = person["heures_contrat"] as? Double ?? 0
                let worked = person["heures_travaillees"] as? Double ?? 0
                #expect(
                    worked >= 0.8 * contract,
                    "\(person["nom"] ?? "?") : \(worked) h planifiées pour \(contract) h de contrat")
            }
        }
    }
}
