import Foundation
import PQ
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Faults injected into a running import: the server killed outright (`pg_ctl stop -m
/// immediate`, like a power cut) on a throw-away cluster of its own, and the import's
/// connection cut by the server. Nothing of the import may survive, and the CLI must say what
/// happened.
@Suite(.serialized) struct CrashRecoveryTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A second cluster, in a folder of its own, started and stopped with scripts/db.
    struct ThrowAwayCluster {
        let directory = "/tmp/masante-crash-\(UUID().uuidString.prefix(8).lowercased())"

        /// Runs `scripts/db command` for this cluster. Spawned and reaped by hand: the server it
        /// starts outlives it, and Foundation's `Process` was seen never to notice such a child's exit.
        func db(_ command: String) throws {
            let script = CrashRecoveryTests.root.appendingPathComponent("scripts/db").path
            let environment = ProcessInfo.processInfo.environment.merging(["MASANTE_PGDATA": directory]) { $1 }
            let arguments: [UnsafeMutablePointer<CChar>?] =
                [script, command].map { (text: String) in strdup(text) } + [nil]
            let variables: [UnsafeMutablePointer<CChar>?] =
                environment.map { (key: String, value: String) in strdup("\(key)=\(value)") } + [nil]
            defer { (arguments + variables).forEach { free($0) } }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            var pid: pid_t = 0
            try #require(
                posix_spawn(&pid, script, &actions, nil, arguments, variables) == 0, "scripts/db \(command) not started"
            )
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            try #require(status == 0, "scripts/db \(command) failed (\(status))")
        }

        var conninfo: String { "host=\(directory) port=5432 dbname=masante user=postgres" }

        func remove() {
            try? db("stop")
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    /// `count` people in the `personnel` CSV format, all new, all at Millas.
    static func staffFile(count: Int) throws -> URL {
        var text = staffHeader + "\n"
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for index in 0..<count {
            var suffix = "", n = index
            for _ in 0..<4 { suffix.append(letters[n % 26]); n /= 26 }
            text += "CRASH\(suffix);Anne;secretaire_medical;;;Centre de santé de Millas;2026-01-05;35;CDI;\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Starts `masante arguments…` without waiting for it.
    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = masanteBinary
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    /// Waits until a masante session is inside a transaction on the server, for at most 60 s.
    static func waitForImportTransaction(_ conn: Connection) throws {
        for _ in 0..<600 {
            let busy = try conn.query(
                """
                SELECT count(*) FROM pg_stat_activity
                WHERE application_name = 'masante' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()
                """
            ).single(Int.self)
            if busy > 0 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the import never opened a transaction")
    }

    /// Waits until the CLI's import is inside its transaction, waiting on a lock.
    static func waitForImportWaitingOnALock(_ conn: Connection) throws {
        for _ in 0..<600 {
            let waiting = try conn.query(
                """
                SELECT count(*) FROM pg_stat_activity
                WHERE application_name = 'masante' AND wait_event_type = 'Lock' AND xact_start IS NOT NULL
                """
            ).single(Int.self)
            if waiting > 0 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the import never waited on the audit trail's lock")
    }

    @Test func theServerKilledDuringA20000RowImportLeavesNoneOfItAndTheCLISaysSo() throws {
        let cluster = ThrowAwayCluster()
        defer { cluster.remove() }
        try cluster.db("start")
        try #require(try runMasante(["base", "migrer", "--base", cluster.conninfo]).status == 0)
        try #require(
            try runMasante(["centres", "importer", Examples.centres.path, "--base", cluster.conninfo]).status == 0)
        let file = try Self.staffFile(count: 20_000)
        defer { try? FileManager.default.removeItem(at: file) }

        let watcher = try Connection(conninfo: cluster.conninfo)
        let (process, errors) = try Self.start(["personnel", "importer", file.path, "--base", cluster.conninfo])
        try Self.waitForImportTransaction(watcher)
        watcher.close()
        try cluster.db("crash")
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 69, "\(message)")
        #expect(message.contains("la connexion à la base a été perdue"), "\(message)")
        #expect(message.contains("Rien n'a été enregistré"), "\(message)")
        try cluster.db("start")
        let conn = try Connection(conninfo: cluster.conninfo)
        defer { conn.close() }
        #expect(try conn.query("SELECT count(*) FROM people").single(Int.self) == 0)
        #expect(try conn.query("SELECT count(*) FROM contracts").single(Int.self) == 0)
        #expect(try conn.query("SELECT count(*) FROM audit_log WHERE table_name = 'people'").single(Int.self) == 0)
        #expect(try conn.query("SELECT count(*) FROM centres").single(Int.self) == 4)
    }

    @Test func aConnectionCutDuringAnImportLeavesNothingAndTheCLISaysSo() async throws {
        try await withRegistry(examples: true) { registry in
            let file = try Self.staffFile(count: 20_000)
            defer { try? FileManager.default.removeItem(at: file) }
            let watcher = try registry.database.connect()
            defer { watcher.close() }
            let before = try registry.snapshot()
            // The audit trail locked against writers: the import's first audited row waits inside
            // its transaction, so the cut always lands mid-import (20,000 rows can otherwise
            // commit between two looks at pg_stat_activity).
            let locker = try registry.database.connect()
            defer { locker.close() }
            try locker.execute("BEGIN")
            try locker.execute("LOCK TABLE public.audit_log IN EXCLUSIVE MODE")
            let (process, errors) = try Self.start([
                "personnel", "importer", file.path, "--base", registry.database.conninfo,
            ])
            try Self.waitForImportWaitingOnALock(watcher)
            try watcher.execute(
                """
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE application_name = 'masante' AND datname = current_database() AND pid <> pg_backend_pid()
                """)
            try locker.execute("ROLLBACK")
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 69, "\(message)")
            #expect(message.contains("la connexion à la base a été perdue"), "\(message)")
            let after = try registry.snapshot()
            #expect(after.tables == before.tables, "\(after.changes(since: before))")
        }
    }
}
