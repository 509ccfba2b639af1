import Foundation
import Testing

/// Issue 17, items 1, 2 and 4 from the command line: shares across centres, moves, amendments
/// and re-hire, each refused cleanly when wrong.
@Suite struct SharesAmendmentsCommandTests {
    static let salviac = "Centre de santé de Salviac"
    static let millas = "Centre de santé de Millas"
    static let martin = "10000000017"

    @Test func aPersonSplitBetweenTwoCentresIsListedOncePerCentreAndTheListingReimportsUnchanged() async throws {
        try await withRegistry(examples: true) { registry in
            try registry.succeed([
                "personnel", "affecter", "--personne", Self.martin, "--centre", Self.salviac, "--quotite", "60",
                "--du", "01/09/2026",
            ])
            let added = try registry.succeed([
                "personnel", "affecter", "--personne", Self.martin, "--centre", "Millas", "--quotite", "40 %",
                "--du", "01/09/2026",
            ])
            #expect(
                added.stdout.contains(
                    "à partir du 01/09/2026 : Centre de santé de Millas 40\u{00A0}%, Centre de santé de Salviac 60\u{00A0}%."
                ))

            let rows = try registry.staff(["--au", "2026-09-15"]).filter { $0["rpps"] as? String == Self.martin }
            #expect(rows.map { $0["centre"] as? String } == [Self.millas, Self.salviac])
            #expect(rows.map { $0["quotite"] as? Int } == [40, 60])
            #expect(rows.map { $0["etp"] as? Double } == [0.4, 0.6])
            let before = try registry.staff(["--au", "2026-08-31"]).filter { $0["rpps"] as? String == Self.martin }
            #expect(before.map { $0["quotite"] as? Int } == [100])

            let files = try ScratchFiles()
            defer { files.remove() }
            let csv = try registry.succeed(["personnel", "liste", "--format", "csv"]).stdout
            let file = try files.write(lines: csv.split(separator: "\n").map(String.init))
            let snapshot = try registry.snapshot()
            let again = try registry.succeed(["personnel", "importer", file])
            #expect(again.stdout.contains("0 créé"), "\(again.stdout)")
            let after = try registry.snapshot()
            #expect(after == snapshot, "\(after.changes(since: snapshot))")
        }
    }

    @Test func sharesAboveAWholeContractAreRefusedWithTheOtherCentresNamed() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()
            try expectRefused(
                try registry.run([
                    "personnel", "affecter", "--personne", Self.martin, "--centre", "Millas", "--quotite", "40",
                    "--du", "01/09/2026",
                ]),
                mentioning: ["Centre de santé de Salviac 100\u{00A0}%", "ferait 140 % du contrat le 01/09/2026"],
                unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "personnel", "affecter", "--personne", Self.martin, "--centre", "Millas", "--quotite", "120",
                    "--du", "01/09/2026",
                ]),
                mentioning: ["quotité invalide « 120 » : un pourcentage entier du contrat, de 1 à 100"],
                unchanged: registry, since: before)
        }
    }

    @Test func aMoveEndsTheOldAssignmentTheDayBeforeAndKeepsTheShare() async throws {
        try await withRegistry(examples: true) { registry in
            let moved = try registry.succeed([
                "personnel", "mutation", "--personne", Self.martin, "--vers", "Millas", "--le", "01/10/2026",
            ])
            #expect(
                moved.stdout.contains(
                    "travaille à Centre de santé de Millas à partir du 01/10/2026 (100\u{00A0}% du contrat), et plus à Centre de santé de Salviac."
                ))
            let then = try registry.staff(["--au", "2026-09-30"]).filter { $0["rpps"] as? String == Self.martin }
            let now = try registry.staff(["--au", "2026-10-01"]).filter { $0["rpps"] as? String == Self.martin }
            #expect(then.map { $0["centre"] as? String } == [Self.salviac])
            #expect(now.map { $0["centre"] as? String } == [Self.millas])

            let before = try registry.snapshot()
            try expectRefused(
                try registry.run([
                    "personnel", "mutation", "--personne", Self.martin, "--vers", "Millas", "--le", "01/11/2026",
                ]),
                mentioning: ["est déjà affecté·e à Centre de santé de Millas le 01/11/2026"],
                unchanged: registry, since: before)
        }
    }

    @Test func anAmendmentLeavesAReportOfAnEarlierDateAsItWas() async throws {
        try await withRegistry(examples: true) { registry in
            let report = ["rapport", "progression", "--au", "2026-10-31"]
            let printed = try registry.succeed(report).stdout
            let amended = try registry.succeed([
                "personnel", "avenant", "--personne", Self.martin, "--le", "01/11/2026", "--heures-hebdo", "17,5",
                "--motif", "temps partiel",
            ])
            #expect(amended.stdout.contains("à partir du 01/11/2026 : 35 h → 17,5 h."))
            #expect(try registry.succeed(report).stdout == printed)
            let rows = { (day: String) in
                try registry.staff(["--au", day]).filter { $0["rpps"] as? String == Self.martin }
            }
            #expect(try rows("2026-10-31").map { $0["etp"] as? Double } == [1])
            #expect(try rows("2026-11-01").map { $0["etp"] as? Double } == [0.5])

            let versions = try registry.succeed(["personnel", "contrats", "--personne", Self.martin]).stdout
            #expect(versions.contains("18/07/2022  31/10/2026  CDI"))
            #expect(versions.contains("temps partiel"))

            let before = try registry.snapshot()
            try expectRefused(
                try registry.run([
                    "personnel", "avenant", "--personne", Self.martin, "--le", "01/10/2026", "--heures-hebdo", "28",
                ]),
                mentioning: ["un avenant prend déjà effet le 01/11/2026"], unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "personnel", "avenant", "--personne", Self.martin, "--le", "01/12/2026", "--heures-hebdo", "40",
                ]),
                mentioning: ["option --heures-hebdo : heures hebdomadaires invalides (40)"], unchanged: registry,
                since: before)
            try expectRefused(
                try registry.run(["personnel", "avenant", "--personne", Self.martin, "--le", "01/12/2026"]),
                mentioning: ["un avenant change au moins les heures"], unchanged: registry, since: before)
        }
    }

    @Test func someoneWhoLeftIsHiredAgainWithTheirHistoryAndCountsOnceTowardTheGoal() async throws {
        try await withRegistry(examples: true) { registry in
            try registry.succeed(["personnel", "depart", "--personne", Self.martin, "--date", "30/06/2025"])
            let goal = { try registry.succeed(["rapport", "progression", "--format", "json"]).stdout }
            let hiredBefore =
                try #require(
                    try JSONSerialization.jsonObject(with: Data(goal().utf8)) as? [String: Any])["recrutes"] as? Int
            try registry.succeed([
                "personnel", "ajouter", "--nom", "MARTIN", "--prenom", "Élodie", "--profession", "Médecin généraliste",
                "--rpps", Self.martin, "--centre", Self.millas, "--date-embauche", "01/03/2026",
            ])
            let hiredAfter =
                try #require(
                    try JSONSerialization.jsonObject(with: Data(goal().utf8)) as? [String: Any])["recrutes"] as? Int
            #expect(hiredAfter == hiredBefore)
            let row = try #require(try registry.staff().first { $0["rpps"] as? String == Self.martin })
            #expect(row["centre"] as? String == Self.millas)
            #expect(row["etape"] as? String == "en_poste")
            let history = try registry.succeed(["recrutement", "historique", "--personne", Self.martin]).stdout
            #expect(history.contains("30/06/2025  parti·e"))
            #expect(history.contains("01/03/2026  embauché·e"))
        }
    }
}
