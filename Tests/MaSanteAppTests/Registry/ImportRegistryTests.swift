import Foundation
import MaSante
import MaSanteApp
import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite("Importing the registry from a CSV file")
struct ImportRegistryTests {
    static let header = "nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin"

    static func input(_ lines: String...) throws -> CSVInput {
        try CSVInput.data(Data(([header] + lines).joined(separator: "\n").utf8), name: "personnel.csv")
    }

    @Test("an uploaded file of people is saved and the summary counts what was created")
    func savesPeopleAndCountsThem() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }

        let summary = try ImportRegistry(db.session).run(
            .people,
            from: Self.input(
                "NOUVEAU;Jean;secretaire_medical;;;Centre de santé de Millas;2026-01-05;35;CDI;",
                "AUTRE;Anne;secretaire_medical;;;Centre de santé de Thuir;2026-02-02;17,5;CDI;"))

        #expect(summary.lines == 2 && summary.created == 2)
        #expect(try db.count("SELECT count(*) FROM people WHERE last_name IN ('NOUVEAU', 'AUTRE')") == 2)
    }

    @Test("a bad line refuses the whole file with its line and column, and nothing is written")
    func badLineRefusesEverything() throws {
        let db = try RegistryDatabase()
        defer { db.drop() }
        let before = try db.count("SELECT count(*) FROM people")

        do {
            _ = try ImportRegistry(db.session).run(
                .people,
                from: Self.input(
                    "NOUVEAU;Jean;secretaire_medical;;;Centre de santé de Millas;2026-01-05;35;CDI;",
                    "AUTRE;Anne;plombier;;;Centre de santé de Thuir;2026-02-02;35;CDI;"))
            Issue.record("the import should have been refused")
        } catch let rejected as ImportRejected {
            #expect(rejected.issues.map(\.line) == [3])
            #expect(rejected.issues.map(\.column) == ["profession"])
        }
        #expect(try db.count("SELECT count(*) FROM people") == before)
    }

    @Test("a missing file is refused before any connection, in French")
    func missingFileIsRefused() {
        #expect(throws: RegistryError.fileNotFound("/nulle/part.csv")) { try CSVInput.file("/nulle/part.csv") }
        #expect(RegistryError.fileNotFound("/nulle/part.csv").description == "Fichier introuvable : /nulle/part.csv")
    }
}
