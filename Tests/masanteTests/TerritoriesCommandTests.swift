import Foundation
import Testing

/// `masante territoires` and `masante postes` end to end on a registry of their own: the
/// example files of docs/exemples, the zoning on each side of 1 April 2022, bad files refused
/// whole, the posts of a day with shares across centres.
@Suite struct TerritoriesCommandTests {
    static let communes = Examples.root.appendingPathComponent("docs/exemples/communes.csv")
    static let zoning = Examples.root.appendingPathComponent("docs/exemples/zonage.csv")
    static let zoningErrors = Examples.root.appendingPathComponent("docs/exemples/zonage-erreurs.csv")

    /// The CSV rows of a listing, split into cells, the header dropped.
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map {
            $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// The row of `territoires liste --au day --format csv` for a commune.
    static func zoningRow(_ registry: Registry, _ code: String, on day: String) throws -> [String] {
        let csv = try registry.succeed(["territoires", "liste", "--au", day, "--format", "csv"]).stdout
        return try #require(rows(csv).first { $0.first?.hasSuffix(code) == true })
    }

    @Test func theZoningInForceChangesOnTheFirstOfApril2022() async throws {
        try await withRegistry { registry in
            let loaded = try registry.succeed(["territoires", "importer", Self.communes.path])
            #expect(loaded.stdout.contains("39 ligne(s) : 39 créée(s)"), "\(loaded.stdout)")
            let zoned = try registry.succeed(["territoires", "importer", Self.zoning.path])
            #expect(zoned.stdout.contains("43 ligne(s) : 43 créée(s), 0 mise(s) à jour, 0 inchangée(s)"))

            let before = try Self.zoningRow(registry, "09268", on: "2022-03-31")
            let after = try Self.zoningRow(registry, "09268", on: "2022-04-01")
            #expect(before == ["09268", "Sainte-Croix-Volvestre", "09", "non", "ZAC", "2018-07-01", "2022-03-31"])
            #expect(after == ["09268", "Sainte-Croix-Volvestre", "09", "non", "ZIP", "2022-04-01", ""])
            #expect(try Self.zoningRow(registry, "66108", on: "31/03/2022")[4] == "hors zonage")
            #expect(try Self.zoningRow(registry, "66108", on: "01/04/2022")[4] == "ZAC")
            #expect(try Self.zoningRow(registry, "48080", on: "2022-03-31")[3...4] == ["oui", ""])

            let again = try registry.succeed(["territoires", "importer", Self.zoning.path])
            #expect(again.stdout.contains("0 créée(s), 0 mise(s) à jour, 43 inchangée(s)"))
        }
    }

    @Test func aListingOfTheTerritoriesImportsBackUnchanged() async throws {
        try await withRegistry { registry in
            try registry.succeed(["territoires", "importer", Self.communes.path])
            try registry.succeed(["territoires", "importer", Self.zoning.path])
            let csv = try registry.succeed(["territoires", "liste", "--au", "2026-10-31", "--format", "csv"]).stdout
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("territoires-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: file) }
            try csv.write(to: file, atomically: true, encoding: .utf8)
            let before = try registry.snapshot()
            let again = try registry.succeed(["territoires", "importer", file.path])
            #expect(again.stdout.contains("39 ligne(s) : 0 créée(s), 0 mise(s) à jour, 39 inchangée(s)"))
            #expect(try registry.snapshot() == before)
        }
    }

    @Test func aBadZoningFileIsRefusedWholeWithEachLineAndColumn() async throws {
        try await withRegistry { registry in
            try registry.succeed(["territoires", "importer", Self.communes.path])
            try registry.succeed(["territoires", "importer", Self.zoning.path])
            let before = try registry.snapshot()
            let result = try registry.run(["territoires", "importer", Self.zoningErrors.path])
            try expectRefused(
                result,
                mentioning: [
                    "ligne 2, colonne debut : la période du 01/01/2022 au … de la commune 09268 chevauche la période du 01/07/2018 au 31/03/2022 (ZAC)",
                    "ligne 3, colonne code_insee : commune inconnue « 09999 »",
                    "ligne 4, colonne zonage : zonage inconnu « ZRR » : valeurs possibles ZIP, ZAC, hors zonage",
                    "ligne 5, colonne fin : la fin (31/12/2023) précède le début (01/04/2024)",
                    "Import refusé : 4 erreur(s). Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
        }
    }

    @Test func twoPeriodsOfOneCommuneInTheSameFileMustNotOverlap() async throws {
        try await withRegistry { registry in
            try registry.succeed(["territoires", "importer", Self.communes.path])
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("zonage-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: file) }
            try """
            code_insee;zonage;debut;fin
            46297;ZAC;01/07/2018;30/04/2022
            46297;ZIP;01/04/2022;

            """.write(to: file, atomically: true, encoding: .utf8)
            let before = try registry.snapshot()
            try expectRefused(
                try registry.run(["territoires", "importer", file.path]),
                mentioning: ["ligne 2, colonne debut", "ligne 3, colonne debut", "(ZIP), ligne 3", "(ZAC), ligne 2"],
                unchanged: registry, since: before)
        }
    }

    @Test func onceCommunesAreLoadedACentreInAnUnknownCommuneIsRefused() async throws {
        try await withRegistry { registry in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("centres-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: file) }
            try """
            nom;commune;code_insee;departement;statut
            Centre de santé de Nulle-Part;Nulle-Part;09999;09;candidature

            """.write(to: file, atomically: true, encoding: .utf8)
            try registry.succeed(["territoires", "importer", Self.communes.path])
            let before = try registry.snapshot()
            try expectRefused(
                try registry.run(["centres", "importer", file.path]),
                mentioning: ["ligne 2, colonne code_insee : commune inconnue : aucune commune n'a le code INSEE 09999"],
                unchanged: registry, since: before)
            try registry.succeed(["centres", "importer", Examples.centres.path])
        }
    }

    @Test func centresRecordedBeforeTheCommunesAreNamedWhenTheirCommuneIsMissing() async throws {
        try await withRegistry(examples: true) { registry in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("communes-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: file) }
            try "code_insee;commune;montagne\n66108;Millas;non\n".write(to: file, atomically: true, encoding: .utf8)
            let result = try registry.succeed(["territoires", "importer", file.path])
            #expect(
                result.stderr.contains(
                    "le centre « Centre de santé de Salviac » est dans la commune 46297, absente de la liste des communes"
                ))
        }
    }

    // MARK: Posts

    /// The posts of a centre on a day: profession → (target, staffed, vacant), from the CSV listing.
    static func posts(_ registry: Registry, _ centre: String, on day: String) throws -> [String: [String]] {
        let csv = try registry.succeed(["postes", "liste", "--au", day, "--centre", centre, "--format", "csv"]).stdout
        return Dictionary(uniqueKeysWithValues: rows(csv).map { ($0[4], Array($0[6...8])) })
    }

    @Test func aCentreOpensWithTwoPostsAndGrowsToThreeIn2025() async throws {
        try await withRegistry(examples: true) { registry in
            let centre = "Sainte-Croix"
            let first = try registry.succeed([
                "postes", "definir", "--centre", centre, "--profession", "medecin_generaliste", "--etp", "2", "--du",
                "01/07/2022",
            ])
            #expect(
                first.stdout
                    == "Objectif de postes enregistré — Centre de santé de Sainte-Croix-Volvestre, Médecin généraliste : 2 ETP à partir du 01/07/2022.\n"
            )
            let grown = try registry.succeed([
                "postes", "definir", "--centre", centre, "--profession", "Médecin généraliste", "--etp", "3", "--du",
                "2025-01-01",
            ])
            #expect(grown.stdout.contains("3 ETP à partir du 01/01/2025 (au lieu de 2 ETP)."))
            // BERNARD Loïc works 17,5 h (0,5 FTE) there since 1 July 2022.
            #expect(try Self.posts(registry, centre, on: "2024-12-31")["medecin_generaliste"] == ["2", "0,5", "1,5"])
            #expect(try Self.posts(registry, centre, on: "2025-01-01")["medecin_generaliste"] == ["3", "0,5", "2,5"])
            #expect(try Self.posts(registry, centre, on: "2022-06-30").isEmpty)

            let same = try registry.succeed([
                "postes", "definir", "--centre", centre, "--profession", "medecin_generaliste", "--etp", "3", "--du",
                "2025-01-01",
            ])
            #expect(same.stdout.hasPrefix("Objectif de postes inchangé"))
        }
    }

    @Test func staffedPostsCountEachCentresShareOfAContract() async throws {
        try await withRegistry(examples: true) { registry in
            for (centre, fte, from) in [("Salviac", "1", "02/01/2024"), ("Millas", "0,5", "01/01/2027")] {
                try registry.succeed([
                    "postes", "definir", "--centre", centre, "--profession", "medecin_specialiste", "--etp", fte,
                    "--du", from,
                ])
            }
            // ROUSSEAU Gaëlle, 28 h (0,8 FTE), at Salviac; shared 60/40 with Millas from 2027.
            #expect(
                try Self.posts(registry, "Salviac", on: "2026-12-31")["medecin_specialiste"] == ["1", "0,8", "0,2"])
            for (centre, share) in [("Salviac", "60"), ("Millas", "40")] {
                try registry.succeed([
                    "personnel", "affecter", "--personne", "ROUSSEAU Gaëlle", "--centre", centre, "--quotite", share,
                    "--du", "01/01/2027",
                ])
            }
            #expect(
                try Self.posts(registry, "Salviac", on: "2027-01-15")["medecin_specialiste"] == ["1", "0,48", "0,52"])
            #expect(
                try Self.posts(registry, "Millas", on: "2027-01-15")["medecin_specialiste"] == ["0,5", "0,32", "0,18"])
            let vacant = try registry.succeed(["postes", "liste", "--au", "2027-01-15", "--vacants", "--format", "csv"])
            #expect(Self.rows(vacant.stdout).count == 2)
        }
    }

    @Test func aPostsFileIsRefusedWholeWithEachLineAndColumnOrLoadedWhole() async throws {
        try await withRegistry(examples: true) { registry in
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("postes-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: file) }
            try """
            centre;profession;etp;debut
            Centre de santé de Millas;medecin_generaliste;-0,5;01/01/2026
            Centre de santé de Millas;podologue;1;
            Centre de santé de Lourdes;infirmier;1;01/01/2026
            Centre de santé de Salviac;medecin_generaliste;2;2022-07-18

            """.write(to: file, atomically: true, encoding: .utf8)
            let before = try registry.snapshot()
            try expectRefused(
                try registry.run(["postes", "importer", file.path]),
                mentioning: [
                    "ligne 2, colonne etp : objectif de postes négatif « -0,5 »",
                    "ligne 3, colonne profession : profession inconnue « podologue »",
                    "ligne 4, colonne centre : centre inconnu « Centre de santé de Lourdes »",
                    "Import refusé : 3 erreur(s). Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
            try """
            centre;profession;etp;debut
            centre de santé de millas;Médecin généraliste;2,5;01/01/2026
            Centre de santé de Salviac;medecin_generaliste;2;2022-07-18

            """.write(to: file, atomically: true, encoding: .utf8)
            let loaded = try registry.succeed(["postes", "importer", file.path])
            #expect(loaded.stdout.contains("2 ligne(s) : 2 créée(s), 0 mise(s) à jour, 0 inchangée(s)"))
            #expect(try Self.posts(registry, "Millas", on: "2026-01-01")["medecin_generaliste"] == ["2,5", "0", "2,5"])
        }
    }

    @Test func aNegativeTargetOrAnUnknownProfessionIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()
            try expectRefused(
                try registry.run([
                    "postes", "definir", "--centre", "Millas", "--profession", "medecin_generaliste", "--etp", "-1",
                ]),
                mentioning: ["option --etp : objectif de postes négatif « -1 »"], unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "postes", "definir", "--centre", "Millas", "--profession", "kinésithérapeute", "--etp", "1",
                ]),
                mentioning: ["profession inconnue « kinésithérapeute » : valeurs possibles medecin_generaliste"],
                unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "postes", "definir", "--centre", "Lourdes", "--profession", "infirmier", "--etp", "1",
                ]),
                mentioning: ["centre inconnu « Lourdes »"], unchanged: registry, since: before)
        }
    }
}
