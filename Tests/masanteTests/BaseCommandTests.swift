import Foundation
import PQ
import TestSupport
import Testing

@Suite struct BaseCommandTests {
    @Test func aCopiedBinaryMigratesAFreshDatabaseFromAnyFolder() throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("masante-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("masante")
        try FileManager.default.copyItem(at: masanteBinary, to: copy)

        let before = try runMasante(["base", "etat", "--base", database.conninfo], binary: copy, directory: folder)
        #expect(before.status == 0)
        #expect(before.stdout.contains("Schéma : vide"))
        #expect(before.stdout.contains("0001_extensions"))

        let migrate = try runMasante(["base", "migrer", "--base", database.conninfo], binary: copy, directory: folder)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("migration(s) appliquée(s)"))

        let after = try runMasante(
            ["base", "etat"], binary: copy, directory: folder, environment: ["MASANTE_BASE": database.conninfo])
        #expect(after.status == 0)
        #expect(after.stdout.contains("En attente : aucune"))
        #expect(after.stdout.contains("base « \(database.name) »"))

        let again = try runMasante(["base", "migrer", "--base", database.conninfo], binary: copy, directory: folder)
        #expect(again.stdout.contains("Base à jour"))
    }

    @Test func anUnreachableServerExitsWith69AndSaysWhatWasTried() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "no-server-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try runMasante(["base", "etat", "--base", "host=\(empty.path) dbname=masante user=rh"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("impossible de joindre la base de données"))
        #expect(result.stderr.contains("\(empty.path)/.s.PGSQL"))
        #expect(result.stderr.contains("utilisateur « rh »"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingDatabaseExitsWith69() throws {
        let result = try runMasante(["base", "etat", "--base", "dbname=masante_nexiste_pas"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("masante_nexiste_pas"))
    }

    @Test func anAppliedMigrationEditedLaterIsRefusedInFrench() throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        #expect(try runMasante(["base", "migrer", "--base", database.conninfo]).status == 0)
        // Simulate an edited file: the recorded checksum no longer matches the embedded text.
        try database.connect().execute(
            "UPDATE schema_migrations SET checksum = repeat('0', 64) WHERE name = '0001_extensions'")
        let migrate = try runMasante(["base", "migrer", "--base", database.conninfo])
        #expect(migrate.status == 70)
        #expect(migrate.stderr.contains("Migration déjà appliquée puis modifiée"))
        #expect(migrate.stderr.contains("0001_extensions"))
        let status = try runMasante(["base", "etat", "--base", database.conninfo])
        #expect(status.status == 70)
    }

    @Test func helpIsInFrenchAndUsageErrorsExitWith64() throws {
        let help = try runMasante(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Ma santé, Ma Région"))
        let base = try runMasante(["base", "--help"])
        #expect(base.stdout.contains("Applique les migrations en attente"))
        let wrong = try runMasante(["base", "inconnue"])
        #expect(wrong.status == 64)
    }
}
