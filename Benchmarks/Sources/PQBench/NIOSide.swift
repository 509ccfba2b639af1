// The optional third column, nio=: the same cases through vapor/postgres-nio, a pure-Swift
// client on SwiftNIO, connected over the same unix socket.
//
// Everything here runs off the main actor (nonisolated async methods of a Sendable class),
// timed with ContinuousClock around the same span as the other sides. postgres-nio's COPY
// only takes the text format and it has no pipeline API, so copy_in and insert_pipeline
// print nio=- rather than measure a different workload.

import Foundation
import Logging
import PostgresNIO

/// Prepared INSERT of one shift, for insert_prepared.
struct InsertShift: PostgresPreparedStatement {
    static let name = "nio_insert_shift"
    static let sql = insertSQL
    typealias Row = ()

    var shift: Shift

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 6)
        bindings.append(shift.person)
        bindings.append(shift.centre)
        bindings.append(shift.start)
        bindings.append(shift.end)
        bindings.append(shift.role)
        bindings.append(shift.note)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {}
}

final class NIOSide: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Connects with the PG* variables scripts/db exports, over the unix socket.
    nonisolated static func connect() async throws -> NIOSide {
        let environment = ProcessInfo.processInfo.environment
        let directory = environment["PGHOST"] ?? "/var/run/postgresql"
        let port = environment["PGPORT"] ?? "5432"
        var configuration = PostgresConnection.Configuration(
            unixSocketPath: "\(directory)/.s.PGSQL.\(port)",
            username: environment["PGUSER"] ?? "postgres", password: nil,
            database: environment["PGDATABASE"] ?? "postgres")
        configuration.options.additionalStartupParameters = [("application_name", "pq-bench-nio")]
        var logger = Logger(label: "pq-bench-nio")
        logger.logLevel = .error
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        return NIOSide(connection: connection, logger: logger)
    }

    nonisolated func close() async {
        try? await connection.close()
    }

    /// The server process serving this connection.
    nonisolated func backendPID() async throws -> Int32 {
        let rows = try await connection.query("SELECT pg_backend_pid()", logger: logger)
        for try await pid in rows.decode(Int32.self) { return pid }
        throw NIOBenchError("no backend pid")
    }

    nonisolated func insertEach(_ shifts: [Shift]) async throws -> Duration {
        try await Self.timed {
            try await connection.query("BEGIN", logger: logger)
            for s in shifts {
                try await connection.query(
                    "INSERT INTO bench_shifts (person_id, centre_id, starts_at, ends_at, role, note) VALUES (\(s.person), \(s.centre), \(s.start), \(s.end), \(s.role), \(s.note))",
                    logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        }
    }

    nonisolated func insertPrepared(_ shifts: [Shift]) async throws -> Duration {
        try await Self.timed {
            // postgres-nio prepares the statement on its first use on the connection.
            try await connection.query("BEGIN", logger: logger)
            for s in shifts {
                _ = try await connection.execute(InsertShift(shift: s), logger: logger)
            }
            try await connection.query("COMMIT", logger: logger)
        }
    }

    /// Streaming, like the other sides' select_decode: rows are decoded as they arrive.
    nonisolated func selectDecode(expected: Int) async throws -> (Duration, [Shift]) {
        var decoded: [Shift] = []
        let elapsed = try await Self.timed {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: selectSQL), logger: logger)
            for try await (person, centre, start, end, role, note) in rows.decode((Int, Int, Date, Date, String, String).self) {
                decoded.append(Shift(person: person, centre: centre, start: start, end: end, role: role, note: note))
            }
        }
        return (elapsed, decoded)
    }

    nonisolated func roundtrip(count: Int) async throws -> (Duration, Int) {
        var sum = 0
        let elapsed = try await Self.timed {
            for _ in 0..<count {
                let rows = try await connection.query("SELECT 1", logger: logger)
                for try await value in rows.decode(Int32.self) { sum += Int(value) }
            }
        }
        return (elapsed, sum)
    }

    private nonisolated static func timed(_ body: () async throws -> Void) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        return start.duration(to: clock.now)
    }
}

struct NIOBenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
