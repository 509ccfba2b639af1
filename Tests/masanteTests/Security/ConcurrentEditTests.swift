import Foundation
import PQ
import TestSupport
import Testing

/// Three `masante` processes at once on the same week, 50 times: two add overlapping shifts for
/// the same person while the third publishes the week. The database must never hold two
/// overlapping shifts, every change a process reported done must be there, and every refusal
/// must be said in French.
@Suite struct ConcurrentEditTests {
    static let millas = SecurityFixture.millas
    static let rounds = 50

    /// Runs the commands as simultaneous processes and returns their results in order.
    static func together(_ commands: [[String]], base: String) throws -> [CLIResult] {
        let processes = commands.map { arguments -> (Process, Pipe, Pipe) in
            let process = Process(), out = Pipe(), err = Pipe()
            process.executableURL = masanteBinary
            process.arguments = arguments + ["--base", base]
            process.standardOutput = out
            process.standardError = err
            return (process, out, err)
        }
        for (process, _, _) in processes { try process.run() }
        return processes.map { process, out, err in
            let stdout = out.fileHandleForReading.readDataToEndOfFile(),
                stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return CLIResult(
                status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    @Test func concurrentEditsAndPublicationsNeverOverlapNorLoseAChange() async throws {
        try await withRegistry { registry in
            let conn = try registry.database.connect()
            defer { conn.close() }
            try conn.runScript(PlanningFixture.sql)
            try registry.succeed([
                "planning", "regles", "--centre", Self.millas, "--desactiver", "doctorAndSecretaryPresent",
                "--desactiver", "unscheduledCareEachOpenDay", "--desactiver", "homeVisitsEachWeek",
            ])
            var reportedAdds = 0, publications = 0, refusals = 0
            for round in 0..<Self.rounds {
                let week = String(format: "2027-W%02d", round + 1)
                let monday = try conn.query("SELECT to_date(\(week), 'IYYY-\"W\"IW')::text").single(String.self)
                let add = { (from: String, to: String) in
                    [
                        "planning", "ajouter", "--centre", Self.millas, "--personne", "REY Arnaud", "--jour", monday,
                        "--debut", from, "--fin", to, "--activite", "consultation",
                    ]
                }
                let results = try Self.together(
                    [
                        add("09:00", "09:20"), add("09:10", "09:30"),
                        ["planning", "publier", "--centre", Self.millas, "--semaine", week],
                    ], base: registry.database.conninfo)
                let added = results[0..<2].filter { $0.status == 0 }.count
                reportedAdds += added
                publications += results[2].status == 0 ? 1 : 0
                for result in results where result.status != 0 {
                    refusals += 1
                    #expect([1, 65].contains(result.status), "round \(round): \(result.status) \(result.stderr)")
                    #expect(
                        result.stderr.contains("Rien n'a été enregistré") || result.stderr.contains("bloquant"),
                        "round \(round): \(result.stderr)")
                    #expect(
                        !result.stderr.contains("ERROR") && !result.stderr.contains("deadlock"),
                        "round \(round): \(result.stderr)")
                }
                #expect(added <= 1, "round \(round): both overlapping shifts were accepted")
                let stored = try conn.query("SELECT count(*) FROM shifts WHERE week = \(week)").single(Int.self)
                #expect(stored == added, "round \(round): \(added) reported, \(stored) stored")
            }
            let overlapping = try conn.query(
                """
                SELECT count(*) FROM shifts a JOIN shifts b ON a.person_id = b.person_id AND a.id < b.id
                 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                """
            ).single(Int.self)
            #expect(overlapping == 0)
            #expect(try conn.query("SELECT count(*) FROM shifts").single(Int.self) == reportedAdds)
            #expect(
                try conn.query("SELECT count(*) FROM planning_weeks WHERE status = 'publiee'").single(Int.self)
                    == publications)
            #expect(
                reportedAdds > 0 && publications > 0 && refusals >= Self.rounds,
                "adds \(reportedAdds), publications \(publications)")
        }
    }
}
