import Foundation
import Testing

/// One line of a `personnel` file, fields quoted where the CSV format needs it.
func staffLine(
    nom: String = "NOUVEAU", prenom: String = "Jean", profession: String = "infirmier", specialite: String = "",
    rpps number: String = rpps(1), centre: String = "Centre de santé de Millas", debut: String = "2024-01-01",
    heures: String = "35", contrat: String = "CDI", fin: String = ""
) -> String {
    [nom, prenom, profession, specialite, number, centre, debut, heures, contrat, fin].map { field in
        field.contains(where: { ";\"\n".contains($0) })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ";")
}

/// A `personnel` file with one bad line, and what the refusal must say.
struct BadStaffLine: Sendable {
    var name: String
    var line: String
    var fragments: [String]

    static let all: [BadStaffLine] = [
        BadStaffLine(
            name: "un RPPS au chiffre de contrôle faux",
            line: staffLine(rpps: "10000000018"),
            fragments: ["ligne 2, colonne rpps : RPPS invalide « 10000000018 » : chiffre de contrôle incorrect"]),
        BadStaffLine(
            name: "un centre inconnu",
            line: staffLine(centre: "Centre de santé de Nulle-Part"),
            fragments: [
                "ligne 2, colonne centre : centre inconnu « Centre de santé de Nulle-Part » (centres connus : "
                    + Examples.centreNames.joined(separator: ", ") + ")"
            ]),
        BadStaffLine(
            name: "une profession inconnue",
            line: staffLine(profession: "Dentiste"),
            fragments: [
                "ligne 2, colonne profession : profession inconnue « Dentiste » : valeurs possibles "
                    + "medecin_generaliste, medecin_specialiste, infirmier, sage_femme, secretaire_medical"
            ]),
        BadStaffLine(
            name: "0 heure par semaine",
            line: staffLine(heures: "0"),
            fragments: ["ligne 2, colonne heures_hebdo : heures hebdomadaires invalides (0) : entre 0 (exclu) et 35"]),
        BadStaffLine(
            name: "des heures négatives",
            line: staffLine(heures: "-7,5"),
            fragments: ["ligne 2, colonne heures_hebdo : heures hebdomadaires invalides (-7,5)"]),
        BadStaffLine(
            name: "40 heures par semaine",
            line: staffLine(heures: "40"),
            fragments: ["ligne 2, colonne heures_hebdo : heures hebdomadaires invalides (40) : entre 0 (exclu) et 35"]),
        BadStaffLine(
            name: "une fin de contrat avant l'embauche",
            line: staffLine(debut: "01/01/2024", contrat: "CDD", fin: "31/12/2023"),
            fragments: ["ligne 2, colonne date_fin : la date de fin (31/12/2023) précède la date de début (01/01/2024)"]
        ),
        BadStaffLine(
            name: "le RPPS d'une autre personne déjà enregistrée",
            line: staffLine(nom: "AUTRE", prenom: "Personne", rpps: "10000000017"),
            fragments: ["ligne 2, colonne rpps : RPPS 10000000017 déjà attribué à MARTIN Élodie"]),
        BadStaffLine(
            name: "du SQL comme nom de centre",
            line: staffLine(centre: sqlLookingText),
            fragments: [
                "ligne 2, colonne centre : centre inconnu « \(sqlLookingText) » (centres connus : Centre de santé de Cugnaux"
            ]),
    ]
}

@Suite struct RegistryImportTests {
    // MARK: Bad files: exit 65, a French message, nothing written

    /// One database for all the cases: each is refused, so none changes what the next one sees.
    @Test func everyKindOfBadStaffLineIsRefusedWithItsLineAndColumnAndNothingIsWritten() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            for (index, bad) in BadStaffLine.all.enumerated() {
                let result = try registry.run([
                    "personnel", "importer", try files.write(lines: [staffHeader, bad.line], name: "cas\(index).csv"),
                ])

                try expectRefused(
                    result, mentioning: bad.fragments + ["Rien n'a été enregistré."], unchanged: registry,
                    since: before,
                    context: bad.name)
            }
        }
    }

    @Test func anRPPSTwiceInTheFileIsRefusedNamingBothLines() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let file = try files.write(lines: [
                staffHeader,
                staffLine(nom: "PREMIER", rpps: rpps(7)),
                staffLine(nom: "AUTRE", rpps: rpps(8)),
                staffLine(nom: "SECOND", rpps: rpps(7)),
            ])
            let result = try registry.run(["personnel", "importer", file])

            try expectRefused(
                result,
                mentioning: [
                    "ligne 4, colonne rpps : RPPS \(rpps(7)) en double dans le fichier (déjà ligne 2)",
                    "Import refusé : 1 erreur(s). Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
        }
    }

    @Test func aFileWithoutTheRPPSColumnIsRefusedNamingIt() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let file = try files.write(lines: [
                "nom;prenom;profession;specialite;centre;date_embauche",
                "NOUVEAU;Jean;infirmier;;Centre de santé de Millas;2024-01-01",
            ])
            let result = try registry.run(["personnel", "importer", file])

            try expectRefused(
                result, mentioning: ["ligne 1 : colonne manquante : rpps", "Rien n'a été enregistré."],
                unchanged: registry, since: before)
        }
    }

    @Test func anEmptyFileIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let result = try registry.run(["personnel", "importer", try files.write(Data(), name: "vide.csv")])

            try expectRefused(
                result, mentioning: ["vide.csv : fichier vide", "Rien n'a été enregistré."], unchanged: registry,
                since: before)
        }
    }

    @Test func aFileWithOnlyItsHeaderIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let result = try registry.run([
                "personnel", "importer", try files.write(Data((staffHeader + "\r\n\r\n;;;\r\n").utf8)),
            ])

            try expectRefused(
                result,
                mentioning: ["ligne 2 : le fichier ne contient aucune ligne de données", "Rien n'a été enregistré."],
                unchanged: registry, since: before)
        }
    }

    @Test func aBinaryFileIsRefusedAsNotCSV() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            var generator = SystemRandomNumberGenerator()
            png += (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let result = try registry.run(["personnel", "importer", try files.write(Data(png), name: "photo.csv")])

            try expectRefused(
                result,
                mentioning: [
                    "photo.csv : ce fichier n'est pas un fichier texte CSV (contenu binaire)",
                    "Rien n'a été enregistré.",
                ],
                unchanged: registry, since: before)
        }
    }

    @Test func aFiftyMegabyteFileIsRefusedBySizeQuicklyAndNothingIsWritten() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let url = files.folder.appendingPathComponent("enorme.csv")
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data((staffHeader + "\n").utf8)))
            let handle = try FileHandle(forWritingTo: url)
            let line = staffLine() + "\n"
            let chunk = Data(String(repeating: line, count: 1_000_000 / line.utf8.count + 1).utf8)
            try handle.seekToEnd()
            var written = 0
            while written < 50_000_000 {
                try handle.write(contentsOf: chunk)
                written += chunk.count
            }
            try handle.close()

            let clock = ContinuousClock()
            var result: CLIResult?
            let elapsed = try clock.measure { result = try registry.run(["personnel", "importer", url.path]) }

            try expectRefused(
                try #require(result),
                mentioning: [
                    "enorme.csv : fichier trop volumineux (50 Mo) : la limite est de 25 Mo",
                    "Rien n'a été enregistré.",
                ],
                unchanged: registry, since: before)
            #expect(elapsed < .seconds(3), "refusing by size should not read the file: \(elapsed)")
        }
    }

    @Test func sqlLookingNamesAreStoredVerbatimAndListedBackExactly() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }

            let firstName = "Robert\"); DROP TABLE contracts;--"
            let file = try files.write(lines: [
                staffHeader, staffLine(nom: sqlLookingText, prenom: firstName, rpps: rpps(3)),
            ])
            let result = try registry.succeed(["personnel", "importer", file])

            #expect(result.stdout.contains("1 ligne(s) : 1 créée(s)"))
            let row = try #require(try registry.staff().first { $0["rpps"] as? String == rpps(3) })
            #expect(row["nom"] as? String == sqlLookingText)
            #expect(row["prenom"] as? String == firstName)
            let snapshot = try registry.snapshot()
            #expect(snapshot.hasEveryRegistryTable)
            #expect(try registry.staff().count == 7)
        }
    }

    @Test func sqlLookingTextInEveryOtherColumnIsReportedColumnByColumnAndNoTableIsTouched() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let sql = sqlLookingText
            let file = try files.write(lines: [
                staffHeader,
                staffLine(
                    nom: sql, prenom: sql, profession: sql, specialite: sql, rpps: sql, centre: sql, debut: sql,
                    heures: sql, contrat: sql, fin: sql),
            ])
            let result = try registry.run(["personnel", "importer", file])

            try expectRefused(
                result,
                mentioning: [
                    "ligne 2, colonne profession : profession inconnue « \(sql) »",
                    "ligne 2, colonne rpps : RPPS invalide « \(sql) »",
                    "ligne 2, colonne date_embauche : date invalide « \(sql) »",
                    "ligne 2, colonne heures_hebdo : nombre invalide « \(sql) »",
                    "ligne 2, colonne type_contrat : type de contrat invalide « \(sql) »",
                    "ligne 2, colonne date_fin : date invalide « \(sql) »",
                    "Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
        }
    }

    @Test func everyBadLineIsReportedWithItsOwnLineNumberNotOnlyTheFirst() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let file = try files.write(lines: [
                staffHeader, // line 1
                staffLine(nom: "BON", rpps: rpps(11)), // line 2
                staffLine(nom: "CLE", rpps: "10000000018"), // line 3: check digit
                "", // line 4: empty, skipped
                staffLine(nom: "AILLEURS", rpps: rpps(12), centre: "Centre de Mars"), // line 5: unknown centre
                staffLine(nom: "AUSSI", prenom: "Bon", rpps: rpps(13)), // line 6
                staffLine(nom: "TROP", rpps: rpps(14), heures: "40"), // line 7: hours
            ])
            let result = try registry.run(["personnel", "importer", file])

            try expectRefused(
                result,
                mentioning: [
                    "ligne 3, colonne rpps : RPPS invalide « 10000000018 »",
                    "ligne 5, colonne centre : centre inconnu « Centre de Mars »",
                    "ligne 7, colonne heures_hebdo : heures hebdomadaires invalides (40)",
                    "Import refusé : 3 erreur(s). Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
            let reported = result.stderr.split(separator: "\n").filter { $0.hasPrefix("ligne ") }
            #expect(reported.count == 3, "\(reported)")
            #expect(reported.map { $0.prefix(7) } == ["ligne 3", "ligne 5", "ligne 7"])
        }
    }

    // MARK: Happy paths

    @Test func theExampleFilesImportAndImportingThemAgainChangesNothingAtAll() async throws {
        try await withRegistry { registry in
            let centres = try registry.succeed(["centres", "importer", Examples.centres.path])
            #expect(
                centres.stdout.contains(
                    "Import des centres terminé — 4 ligne(s) : 4 créée(s), 0 mise(s) à jour, 0 inchangée(s)."))
            let staff = try registry.succeed(["personnel", "importer", Examples.personnel.path])
            #expect(
                staff.stdout.contains(
                    "Import des personnels terminé — 6 ligne(s) : 6 créée(s), 0 mise(s) à jour, 0 inchangée(s)."))
            #expect(try registry.succeed(["personnel", "liste", "--format", "csv"]).stdout == Examples.staffCSV)
            let before = try registry.snapshot()

            let centresAgain = try registry.succeed(["centres", "importer", Examples.centres.path])
            #expect(centresAgain.stdout.contains("4 ligne(s) : 0 créée(s), 0 mise(s) à jour, 4 inchangée(s)."))
            let staffAgain = try registry.succeed(["personnel", "importer", Examples.personnel.path])
            #expect(staffAgain.stdout.contains("6 ligne(s) : 0 créée(s), 0 mise(s) à jour, 6 inchangée(s)."))

            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
        }
    }

    @Test func theStaffListingInCSVImportsBackWithEveryLineUnchanged() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            // A name the CSV output must quote: separator, quotes, apostrophe.
            try registry.succeed([
                "personnel", "ajouter", "--nom", "D'ARC; \"la Pucelle\"", "--prenom", "Jeanne", "--profession",
                "infirmière",
                "--rpps", rpps(21), "--centre", "Centre de santé de Millas", "--date-embauche", "2024-05-06",
                "--heures-hebdo", "17,5",
            ])
            let before = try registry.snapshot()

            let listing = try registry.succeed(["personnel", "liste", "--format", "csv"]).stdout
            #expect(listing.contains("\"D'ARC; \"\"la Pucelle\"\"\";Jeanne;infirmier"))
            let result = try registry.succeed([
                "personnel", "importer", try files.write(Data(listing.utf8), name: "liste.csv"),
            ])

            #expect(result.stdout.contains("7 ligne(s) : 0 créée(s), 0 mise(s) à jour, 7 inchangée(s)."))
            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
        }
    }

    @Test func theCentreListingInCSVImportsBackWithEveryLineUnchanged() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let listing = try registry.succeed(["centres", "liste", "--format", "csv"]).stdout
            #expect(
                listing.contains(
                    "Centre de santé de Millas;Millas;66108;66;ouvert;2022-09-05;Commune de Millas;08:30-12:30 13:30-19:00;"
                ))
            let result = try registry.succeed([
                "centres", "importer", try files.write(Data(listing.utf8), name: "centres.csv"),
            ])

            #expect(result.stdout.contains("4 ligne(s) : 0 créée(s), 0 mise(s) à jour, 4 inchangée(s)."))
            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
        }
    }

    @Test func aChangeOfWeeklyHoursInTheFileIsAnAmendmentFromTodayThatLeavesThePastAlone() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }

            let original = latin1(try Data(contentsOf: Examples.personnel))
            let changed = original.replacingOccurrences(of: "02/01/2024;28;CDI", with: "02/01/2024;31,5;CDI")
            #expect(changed != original)
            let result = try registry.succeed(["personnel", "importer", try files.write(windows1252(changed))])

            #expect(result.stdout.contains("6 ligne(s) : 0 créée(s), 1 mise(s) à jour, 5 inchangée(s)."))
            let rousseau = try #require(try registry.staff().first { $0["nom"] as? String == "ROUSSEAU" })
            #expect(rousseau["heures_hebdo"] as? Double == 31.5)
            #expect(rousseau["etp"] as? Double == 0.9)
            let before = try #require(
                try registry.staff(["--au", "2025-01-01"]).first { $0["nom"] as? String == "ROUSSEAU" })
            #expect(before["heures_hebdo"] as? Double == 28)
            #expect(before["etp"] as? Double == 0.8)
        }
    }

    /// The example file saved in the other shapes spreadsheets and editors produce.
    enum FileShape: String, CaseIterable, Sendable {
        case utf8WithBOM = "UTF-8 avec BOM, CRLF"
        case commaSeparated = "UTF-8, séparateur virgule, LF"
        case unixLineEnds = "Windows-1252, LF et lignes vides à la fin"
        case excelTitles = "Windows-1252, titres à la Excel (Date d’embauche, Type de contrat…)"
        case classicMacLineEnds = "UTF-8, fins de ligne CR"

        func bytes(from example: String) -> Data {
            let lf = example.replacingOccurrences(of: "\r\n", with: "\n")
            switch self {
            case .utf8WithBOM:
                return Data([0xEF, 0xBB, 0xBF] + Array(example.utf8))
            case .commaSeparated:
                let lines = lf.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.split(separator: ";", omittingEmptySubsequences: false).map { field in
                        field.contains(",") ? "\"\(field)\"" : String(field)
                    }.joined(separator: ",")
                }
                return Data(lines.joined(separator: "\n").utf8)
            case .unixLineEnds:
                return windows1252(lf + "\n\n   \n")
            case .excelTitles:
                let header =
                    "Nom;Prénom;Profession;Spécialité;RPPS;Centre;Date d’embauche;Heures hebdo;Type de contrat;Date de fin"
                let body = example.split(separator: "\r\n", maxSplits: 1).last.map(String.init) ?? ""
                return windows1252(header + "\r\n" + body)
            case .classicMacLineEnds:
                return Data(lf.replacingOccurrences(of: "\n", with: "\r").utf8)
            }
        }
    }

    @Test(arguments: FileShape.allCases)
    func theExampleStaffFileImportsInEveryShapeSpreadsheetsSave(_ shape: FileShape) async throws {
        try await withRegistry { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            try registry.succeed(["centres", "importer", Examples.centres.path])
            let exampleBytes = try Data(contentsOf: Examples.personnel)
            try #require(
                !exampleBytes.contains { (0x80...0x9F).contains($0) }, "the example holds only Latin-1 letters")

            let file = try files.write(shape.bytes(from: latin1(exampleBytes)))
            let result = try registry.succeed(["personnel", "importer", file])

            #expect(
                result.stdout.contains("6 ligne(s) : 6 créée(s), 0 mise(s) à jour, 0 inchangée(s)."), "\(result.stdout)"
            )
            #expect(try registry.succeed(["personnel", "liste", "--format", "csv"]).stdout == Examples.staffCSV)
        }
    }

    @Test func theStaffListingFiltersByCentreProfessionAndStageAndTotalsTheFTE() async throws {
        try await withRegistry(examples: true) { registry in
            try registry.succeed([
                "personnel", "ajouter", "--nom", "FUTUR", "--prenom", "Paul", "--profession", "infirmier", "--rpps",
                rpps(31),
                "--centre", "Centre de santé de Millas", "--date-embauche", "2099-09-01",
            ])
            let day = ["--au", "2025-01-01"]

            // 0,5 + 1 + 1 + 1 (the CDD ends in September 2025) + 1 + 0,8; the 2099 hire is not there yet.
            #expect(try registry.staffTotal(day) == "Total au 01/01/2025 : 6 personne(s), 5,3 ETP")
            #expect(try registry.staff().count == 7)

            let sainteCroix = ["--centre", "centre de santé de sainte-croix-volvestre"]
            #expect(try registry.staff(sainteCroix + day).compactMap { $0["nom"] as? String } == ["BERNARD", "FAURE"])
            #expect(try registry.staffTotal(sainteCroix + day) == "Total au 01/01/2025 : 2 personne(s), 1,5 ETP")

            // 17,5 hours a week is half a full-time post.
            let bernard = sainteCroix + ["--profession", "Médecin généraliste"] + day
            #expect(try registry.staffTotal(bernard) == "Total au 01/01/2025 : 1 personne(s), 0,5 ETP")

            #expect(
                try registry.staff(["--profession", "Sage-Femme"] + day).compactMap { $0["nom"] as? String } == [
                    "GARCIA"
                ])
            #expect(
                try registry.staffTotal(["--profession", "Sage-Femme"] + day)
                    == "Total au 01/01/2025 : 1 personne(s), 1 ETP")
            #expect(
                try registry.staffTotal(["--profession", "sage_femme", "--au", "2025-09-05"])
                    == "Total au 05/09/2025 : 1 personne(s), 0 ETP")

            #expect(try registry.staff(["--etape", "embauche"]).compactMap { $0["nom"] as? String } == ["FUTUR"])
            #expect(try registry.staff(["--etape", "En poste"]).count == 6)
            #expect(try registry.staff(["--etape", "parti"]).isEmpty)
            // As it stood: in 2023 ROUSSEAU (hired 2024) was not there yet.
            #expect(
                try registry.staffTotal(["--etape", "en_poste", "--au", "2023-06-01"])
                    == "Total au 01/06/2023 : 5 personne(s), 4,5 ETP")

            let unknown = try registry.run(["personnel", "liste", "--profession", "Dentiste"])
            #expect(unknown.status == 65)
            #expect(
                unknown.stderr.contains(
                    "option --profession : profession inconnue « Dentiste » : valeurs possibles medecin_generaliste"))
        }
    }
}

extension RegistryImportTests {
    // MARK: The registry stays consistent when the HR file changes

    @Test func aPersonMovedToAnotherCentreInTheFileCountsOnce() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }

            // MARTIN Élodie moves from Salviac to Millas; same contract (same hire date).
            let original = latin1(try Data(contentsOf: Examples.personnel))
            let moved = original.replacingOccurrences(
                of: "10000000017;Centre de santé de Salviac", with: "10000000017;Centre de santé de Millas")
            #expect(moved != original)
            let result = try registry.run(["personnel", "importer", try files.write(windows1252(moved))])

            #expect(result.status == 0, "\(result.stderr)")
            #expect(try registry.staffTotal(["--au", "2025-01-01"]) == "Total au 01/01/2025 : 6 personne(s), 5,3 ETP")
            let working = try registry.staff(["--au", "2025-01-01"]).filter {
                $0["nom"] as? String == "MARTIN" && ($0["etp"] as? Double ?? 0) > 0
            }
            #expect(working.compactMap { $0["centre"] as? String } == ["Centre de santé de Millas"])
        }
    }

    @Test func importingTheStaffFileAgainAfterADepartureKeepsTheDepartureAndARehireStartsAfterIt() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            try registry.succeed(["personnel", "depart", "--personne", "10000000017", "--date", "2026-06-30"])
            let before = try registry.snapshot()

            // The older file still shows MARTIN Élodie's contract without an end.
            let result = try registry.succeed(["personnel", "importer", Examples.personnel.path])

            #expect(result.stdout.contains("6 ligne(s) : 0 créée(s), 0 mise(s) à jour, 6 inchangée(s)."))
            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
            let martin = try #require(
                try registry.staff(["--au", "2026-07-15"]).first { $0["nom"] as? String == "MARTIN" })
            #expect(martin["fin"] as? String == "2026-06-30")
            #expect(martin["etape"] as? String == "parti")
            #expect(martin["etp"] as? Double == 0)

            // A new contract for someone who left is a re-hire, after the departure only.
            let early = try files.write(lines: [
                staffHeader,
                staffLine(
                    nom: "MARTIN", prenom: "Élodie", profession: "medecin_generaliste", rpps: "10000000017",
                    centre: "Centre de santé de Salviac", debut: "2026-06-01"),
            ])
            try expectRefused(
                try registry.run(["personnel", "importer", early]),
                mentioning: [
                    "ligne 2, colonne date_embauche : la nouvelle embauche du 01/06/2026 de MARTIN Élodie précède l'étape « parti·e » du 30/06/2026",
                    "Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
            let rehire = try files.write(lines: [
                staffHeader,
                staffLine(
                    nom: "MARTIN", prenom: "Élodie", profession: "medecin_generaliste", rpps: "10000000017",
                    centre: "Centre de santé de Salviac", debut: "2027-01-04"),
            ])
            try registry.succeed(["personnel", "importer", rehire])
            let back = try #require(try registry.staff().first { $0["nom"] as? String == "MARTIN" })
            #expect(back["debut"] as? String == "2027-01-04")
            #expect(back["etape"] as? String == "embauche")
        }
    }

    @Test func aLineRefusedByADatabaseRuleIsNamedAndConsumesNoIdentifier() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            // A candidate since March 2026, listed in the staff file as hired in 2024.
            try registry.succeed([
                "recrutement", "candidat", "--nom", "TARDIF", "--prenom", "Zoé", "--profession", "infirmier",
                "--rpps", rpps(71), "--date", "2026-03-01",
            ])
            let before = try registry.snapshot()

            let file = try files.write(lines: [
                staffHeader,
                staffLine(nom: "NOUVEAU", rpps: rpps(72)),
                staffLine(nom: "TARDIF", prenom: "Zoé", rpps: rpps(71), debut: "2024-01-01"),
            ])
            let result = try registry.run(["personnel", "importer", file])

            try expectRefused(
                result, mentioning: ["ligne 3, colonne date_embauche"], unchanged: registry, since: before)
        }
    }

    @Test func anRPPSOfAnotherPersonIsTheOnlyProblemReportedForItsLine() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let before = try registry.snapshot()

            let file = try files.write(lines: [
                staffHeader, staffLine(nom: "AUTRE", prenom: "Personne", rpps: "10000000017"),
            ])
            let result = try registry.run(["personnel", "importer", file])

            try expectRefused(result, mentioning: ["Import refusé : 1 erreur(s)."], unchanged: registry, since: before)
            #expect(!result.stderr.contains("chevauche"), "\(result.stderr)")
        }
    }
}

/// Departures recorded after an import survive re-importing the same file.
@Suite struct RegistryImportDepartureTests {

    @Test
    func importingAnOlderFileAfterTheDepartureOfSomeoneOnAFixedTermContractKeepsTheDeparture() async throws {
        try await withRegistry(examples: true) { registry in
            let files = try ScratchFiles()
            defer { files.remove() }
            let file = try files.write(lines: [
                staffHeader,
                staffLine(
                    nom: "TEMPORAIRE", prenom: "Ana", rpps: rpps(81), debut: "2024-01-01", contrat: "CDD",
                    fin: "2027-12-31"),
            ])
            try registry.succeed(["personnel", "importer", file])
            try registry.succeed(["personnel", "depart", "--personne", rpps(81), "--date", "2026-06-30"])
            let before = try registry.snapshot()

            let result = try registry.run(["personnel", "importer", file])

            // Either the line is refused (naming it) or the departure is kept; never a departed person back at work.
            if result.status == 65 {
                #expect(result.stderr.contains("ligne 2"))
            } else {
                #expect(result.stdout.contains("1 inchangée(s)"))
            }
            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
            let row = try #require(
                try registry.staff(["--au", "2026-08-01"]).first { $0["rpps"] as? String == rpps(81) })
            #expect(row["fin"] as? String == "2026-06-30")
            #expect(row["etp"] as? Double == 0)
        }
    }

}
