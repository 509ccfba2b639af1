import Foundation
import MaSanteStore
import PQ
import Testing

/// `masante rapport observatoire` on the demo network, as the Region: its sums agree with the
/// progress report; bad options are refused.
@Suite struct ObservatoryCommandTests {
    /// The CSV rows, split into cells, the header dropped.
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map {
            $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func itsSumsAgreeWithTheProgressReport() async throws {
        try await DemoRoles.with(role: .region) { fixture, login in
            let span = ["--du", "2022-07-01", "--au", "2026-10-31"]
            let csv = try fixture.run(
                ["rapport", "observatoire"] + span + ["--par", "montagne", "--pas", "annee", "--format", "csv"],
                as: login)
            #expect(csv.status == 0, "\(csv.stderr)")
            let rows = Self.rows(csv.stdout)
            #expect(rows.count == 5 * 2)
            #expect(rows.reduce(0) { $0 + (Int($1[2]) ?? -1000) } == 133)
            let last = rows.filter { $0[0] == "2026-01-01" }
            #expect(last.reduce(0) { $0 + (Int($1[7]) ?? -1000) } == 26)
            let report = try fixture.run(
                ["rapport", "progression", "--au", "2026-10-31", "--format", "json"], as: login)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
            #expect(last.reduce(0) { $0 + (Int($1[4]) ?? -1000) } == object["en_poste"] as? Int)

            let byCentre = try fixture.run(
                ["rapport", "observatoire"] + span + ["--par", "centre", "--pas", "trimestre", "--format", "csv"],
                as: login)
            #expect(byCentre.status == 0)
            #expect(Set(Self.rows(byCentre.stdout).map { $0[1] }).count == 26)

            let html = try fixture.run(
                ["rapport", "observatoire"] + span + ["--par", "zonage", "--format", "html"], as: login)
            #expect(html.status == 0 && html.stdout.contains("<svg "))
        }
    }

    @Test func anUnknownGroupingOrABackwardSpanIsRefused() async throws {
        try await withRegistry { registry in
            let grouping = try registry.run(["rapport", "observatoire", "--par", "commune"])
            #expect(grouping.status == 65)
            #expect(
                grouping.stderr.contains(
                    "regroupement inconnu « commune » : valeurs possibles departement, zonage, montagne, centre"))
            let backward = try registry.run(["rapport", "observatoire", "--du", "2025-01-01", "--au", "2024-01-01"])
            #expect(backward.status == 65 && backward.stderr.contains("le début (01/01/2025) suit la fin (01/01/2024)"))
        }
    }
}
