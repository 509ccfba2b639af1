import Foundation
import MaSante
import MaSanteStore
import PQ
import TestSupport
import Testing

/// The staff importer against a real server, below the CLI: what it reports and what it counts.
@Suite struct PeopleImporterTests {
    static let header = "nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin"
    static let centres = """
        nom;commune;code_insee;departement;statut;date_ouverture;lundi
        Centre de santé de Millas;Millas;66108;66;ouvert;05/09/2022;08:30-12:30
        Centre de santé de Salviac;Salviac;46297;46;ouvert;18/07/2022;08:00-12:00
        """

    /// A migrated database holding the two centres above, dropped afterwards. The drop (which
    /// waits for a checkpoint) runs off the test's thread so other tests go on meanwhile.
    func withRegistry(_ body: (Connection) throws -> Void) async throws {
        let database = try TemporaryDatabase()
        do {
            let conn = try database.connect()
            try Migrator(connection: conn).migrate()
            try CentreImporter(connection: conn).run(try CSVReader(data: Data(Self.centres.utf8)))
            try body(conn)
        } catch {
            await Self.drop(database)
            throw error
        }
        await Self.drop(database)
    }

    static func drop(_ database: TemporaryDatabase) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                try? database.drop()
                done.resume()
            }
        }
    }

    func reader(_ lines: [String]) throws -> CSVReader {
        try CSVReader(data: Data(([Self.header] + lines).joined(separator: "\n").utf8))
    }

    /// The rejection `body` throws.
    func rejection(_ body: () throws -> Void) throws -> ImportRejected {
        do {
            try body()
        } catch let rejected as ImportRejected {
            return rejected
        }
        Issue.record("the import was not refused")
        return ImportRejected(issues: [], total: 0)
    }

    @Test func aRefusedImportGivesEachProblemItsLineAndColumnSortedByLine() async throws {
        try await withRegistry { conn in
            let rejected = try rejection {
                _ = try PeopleImporter(connection: conn).run(
                    try reader([
                        "BON;Jean;infirmier;;10000000066;Centre de santé de Millas;2024-01-01;35;CDI;",
                        "MAUVAIS;Jean;infirmier;;10000000067;Centre de santé de Millas;2024-01-01;35;CDI;",
                        "AILLEURS;Jean;infirmier;;10000000074;Centre de Mars;2024-01-01;35;CDI;",
                        "LONG;Jean;dentiste;;10000000082;Centre de santé de Millas;2024-01-01;40;CDI;",
                    ]))
            }
            #expect(rejected.total == 4)
            #expect(rejected.issues.map(\.line) == [3, 4, 5, 5])
            #expect(rejected.issues.map(\.column) == ["rpps", "centre", "heures_hebdo", "profession"])
            #expect(try conn.query("SELECT count(*) FROM people").single(Int.self) == 0)
            #expect(
                try conn.query("SELECT to_regclass('import_people') IS NULL").single(Bool.self),
                "the staging table is gone")
        }
    }

    @Test func aVeryBadFileKeepsAThousandProblemsAndCountsTheRest() async throws {
        try await withRegistry { conn in
            let lines = (0..<1_500).map { "NOM\($0);Jean;infirmier;;123;Centre de santé de Millas;2024-01-01;35;CDI;" }
            let rejected = try rejection { _ = try PeopleImporter(connection: conn).run(try reader(lines)) }
            #expect(rejected.total == 1_500)
            #expect(rejected.issues.count == IssueCollector.limit)
            #expect(rejected.issues.first?.line == 2)
            #expect(rejected.description.contains("… et 500 autre(s) erreur(s)"))
            #expect(rejected.description.hasSuffix("Import refusé : 1500 erreur(s). Rien n'a été enregistré."))
        }
    }

    @Test func theSummaryCountsCreatedUpdatedAndUnchangedLines() async throws {
        try await withRegistry { conn in
            let first = try PeopleImporter(connection: conn).run(
                try reader([
                    "MARTIN;Élodie;medecin_generaliste;;10000000017;Centre de santé de Salviac;18/07/2022;35;CDI;",
                    "DUPONT;Hélène;secretaire_medical;;;Centre de santé de Millas;05/09/2022;35;CDI;",
                ]))
            #expect((first.lines, first.created, first.updated, first.unchanged) == (2, 2, 0, 0))

            let second = try PeopleImporter(connection: conn).run(
                try reader([
                    "MARTIN;Élodie;medecin_generaliste;;10000000017;Centre de santé de Salviac;18/07/2022;35;CDI;",
                    "Dupont;Hélène;secretaire_medical;;;centre de santé de millas;05/09/2022;17,5;CDI;",
                    "FAURE;Noël;Infirmier;;10000000058;Centre de santé de Millas;15/03/2023;35;CDI;",
                ]))
            #expect((second.lines, second.created, second.updated, second.unchanged) == (3, 1, 1, 1))
            #expect(second.french == "3 ligne(s) : 1 créée(s), 1 mise(s) à jour, 1 inchangée(s)")

            // A secretary has no RPPS: found again by name and profession, whatever the case.
            #expect(try conn.query("SELECT count(*) FROM people WHERE rpps IS NULL").single(Int.self) == 1)
            #expect(try conn.query("SELECT last_name FROM people WHERE rpps IS NULL").single(String.self) == "Dupont")
            #expect(
                try conn.query(
                    "SELECT weekly_hours::float8 FROM contracts c JOIN people p ON p.id = c.person_id WHERE p.rpps IS NULL"
                )
                .single(Double.self) == 17.5)
        }
    }

    @Test func staffAlreadyInPostAreHiredAndInPostFromTheirStartDate() async throws {
        try await withRegistry { conn in
            _ = try PeopleImporter(connection: conn).run(
                try reader([
                    "MARTIN;Élodie;medecin_generaliste;;10000000017;Centre de santé de Salviac;18/07/2022;35;CDI;",
                    "FUTUR;Paul;infirmier;;10000000058;Centre de santé de Millas;01/09/2099;35;CDI;",
                ]))
            let stages = try conn.query(
                """
                SELECT p.last_name || ' ' || e.stage || ' ' || e.occurred_on FROM recruitment_events e JOIN people p ON p.id = e.person_id
                ORDER BY 1
                """
            ).map { try $0.decode(String.self, column: 0) }
            #expect(
                stages == ["FUTUR embauche 2099-09-01", "MARTIN embauche 2022-07-18", "MARTIN en_poste 2022-07-18"])
        }
    }
}
