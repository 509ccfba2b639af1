import MaSanteStore
import PQ
import TestSupport
import Testing

@Suite struct MigratorTests {
    let first = Migration(name: "0001_a", sql: "CREATE TABLE a (id int PRIMARY KEY);")
    let second = Migration(name: "0002_b", sql: "CREATE TABLE b (id int REFERENCES a); INSERT INTO a VALUES (1);")

    @Test func embeddedMigrationsApplyToAnEmptyDatabaseAndRecordTheirChecksums() throws {
        try withFreshDatabase { database in
            let conn = try database.connect()
            let applied = try Migrator(connection: conn).migrate()
            #expect(applied == Migration.embedded.map(\.name))
            #expect(!applied.isEmpty)
            let checksums = try conn.query("SELECT checksum FROM schema_migrations").map {
                try $0.decode(String.self, column: 0)
            }
            #expect(checksums.count == applied.count)
            #expect(checksums.allSatisfy { $0.count == 64 })
            #expect(try Migrator(connection: conn).migrate().isEmpty)
            #expect(try Migrator(connection: conn).status().pending.isEmpty)
        }
    }

    @Test func migrationsApplyInOrderAndOnlyOnce() throws {
        try withFreshDatabase { database in
            let conn = try database.connect()
            #expect(try Migrator(connection: conn, migrations: [first]).migrate() == ["0001_a"])
            #expect(try Migrator(connection: conn, migrations: [first, second]).migrate() == ["0002_b"])
            #expect(try conn.query("SELECT count(*) FROM a").single(Int.self) == 1)
        }
    }

    @Test func anEditedAppliedMigrationIsRefusedAndNothingIsApplied() throws {
        try withFreshDatabase { database in
            let conn = try database.connect()
            try Migrator(connection: conn, migrations: [first]).migrate()
            let edited = Migration(name: "0001_a", sql: "CREATE TABLE a (id bigint PRIMARY KEY);")
            #expect {
                try Migrator(connection: conn, migrations: [edited, second]).migrate()
            } throws: { error in
                guard case MigrationError.modified(let files) = error else { return false }
                return files.map(\.name) == ["0001_a"] && "\(error)".contains("modifiée")
            }
            #expect(try conn.query("SELECT to_regclass('b') IS NULL").single(Bool.self))
            let status = try Migrator(connection: conn, migrations: [edited, second]).status()
            #expect(status.modified.map(\.name) == ["0001_a"])
            #expect(status.pending.map(\.name) == ["0002_b"])
        }
    }

    @Test func aFailingMigrationLeavesNoTraceAndIsNotRecorded() throws {
        try withFreshDatabase { database in
            let conn = try database.connect()
            let broken = Migration(name: "0002_broken", sql: "CREATE TABLE c (id int); INSERT INTO missing VALUES (1);")
            #expect(throws: PQError.self) {
                try Migrator(connection: conn, migrations: [first, broken]).migrate()
            }
            #expect(try conn.query("SELECT to_regclass('a') IS NOT NULL").single(Bool.self))
            #expect(try conn.query("SELECT to_regclass('c') IS NULL").single(Bool.self))
            let recorded = try conn.query("SELECT name FROM schema_migrations").map {
                try $0.decode(String.self, column: 0)
            }
            #expect(recorded == ["0001_a"])
        }
    }

    @Test func migrationsUnknownToThisBinaryAreReported() throws {
        try withFreshDatabase { database in
            let conn = try database.connect()
            try Migrator(connection: conn, migrations: [first, second]).migrate()
            let status = try Migrator(connection: conn, migrations: [first]).status()
            #expect(status.unknown == ["0002_b"])
        }
    }

    @Test func twoMigratorsAtOnceApplyEachMigrationOnce() async throws {
        let database = try TemporaryDatabase()
        defer { try? database.drop() }
        let migrations = [first, second]
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<2 {
                group.addTask { try Migrator(connection: try database.connect(), migrations: migrations).migrate() }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.flatMap { $0 }.sorted() == ["0001_a", "0002_b"])
        #expect(try database.connect().query("SELECT count(*) FROM a").single(Int.self) == 1)
    }
}
