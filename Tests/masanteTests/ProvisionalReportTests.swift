import Foundation
import PQ
import TestSupport
import Testing

/// `masante rapport progression` on the demo network: its published figures, FTE with one decimal,
/// and a month a centre has not declared flagged « provisoire » in every format.
@Suite struct ProvisionalReportTests {
    static let report = ["rapport", "progression", "--au", "2026-10-31"]

    @Test func theDemoKeepsItsFiguresAndAnUndeclaredMonthIsProvisionalInEveryFormat() async throws {
        try await withRegistry { registry in
            try registry.succeed(["demo"])
            let json = try registry.succeed(Self.report + ["--format", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(object["recrutes"] as? Int == 133 && object["centres_ouverts"] as? Int == 26)
            #expect((object["par_profession"] as? [String: Int])?["medecin_generaliste"] == 119)
            #expect((object["activite_provisoire"] as? [Any])?.isEmpty == true, "the demo declares every month")
            let text = try registry.succeed(Self.report).stdout
            #expect(text.contains("119,4 ETP") && !text.contains("provisoire"), "\(text)")
            let lodeve = try #require(text.split(separator: "\n").first { $0.hasPrefix("Centre de santé de Lodève") })
            #expect(lodeve.hasSuffix("  5,0"), "one decimal for FTE: \(lodeve)")

            let conn = try registry.database.connect()
            defer { conn.close() }
            try conn.execute(
                """
                DELETE FROM monthly_activity a USING centres c
                WHERE c.id = a.centre_id AND c.name = 'Centre de santé de Quillan' AND a.month = '2026-10-01'
                """)
            let flagged = try registry.succeed(Self.report).stdout
            #expect(flagged.contains("Activité (mois complets, dont 1 mois provisoire)"), "\(flagged)")
            #expect(
                flagged.contains("  octobre 2026 — provisoire, 1 centre sans déclaration : Centre de santé de Quillan"),
                "\(flagged)")
            let csv = try registry.succeed(Self.report + ["--format", "csv"]).stdout
            #expect(csv.contains("\nactivite_provisoire.2026-10;Centre de santé de Quillan\n"), "\(csv)")
            let again = try registry.succeed(Self.report + ["--format", "json"])
            let months = try #require(
                (try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])?[
                    "activite_provisoire"] as? [[String: Any]])
            #expect(months.count == 1 && months[0]["mois"] as? String == "2026-10")
            #expect(months[0]["centres_manquants"] as? [String] == ["Centre de santé de Quillan"])
            let html = try registry.succeed(Self.report + ["--format", "html"]).stdout
            #expect(
                html.contains(
                    "<strong>octobre 2026</strong> — provisoire, 1\u{00A0}centre sans déclaration\u{00A0}: Centre de santé de Quillan"
                ))
        }
    }
}
