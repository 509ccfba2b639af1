// scripts/bench's program: the same PostgreSQL workload through raw C libpq (CBaseline),
// through the PQ wrapper and through postgres-nio, in one process, each on its own
// connection opened beforehand.
//
// stdout gets one line per case, exactly:
//     case=NAME c=ROWS_PER_S swift=ROWS_PER_S ratio=SWIFT_OVER_C nio=ROWS_PER_S
// (nio=- where postgres-nio cannot run the same workload; no nio= at all with --sides c,swift).
// Everything else (settings, each run's time, the extra select mode, errors) goes to stderr.
//
// Each case runs C, Swift, nio, C, Swift, nio, C, Swift, nio and keeps each side's best run;
// the table is truncated before every insert or COPY run, so every run does identical work.
// The clock runs from the first statement sent to the last result read, on every side (C:
// CLOCK_MONOTONIC inside CBaseline; Swift and nio: ContinuousClock around the calls).
//
// Options, for profiling small runs:
//   --scale F          multiply every row count by F (default 1)
//   --runs N           runs per side (default 3)
//   --cases a,b        only these cases (select_decode_streaming is a case of its own)
//   --sides c,swift,nio  only these sides (a ratio is printed only when c and swift ran)
//   --pin same|split|none
//                      CPU placement of this process and of the connections' server
//                      backends: all on one CPU (default), this process on one CPU and the
//                      backends on another, or left to the scheduler (see below)
//
// Why pin: on a small virtual machine, a round trip costs about 40 µs when the client and
// its backend share a CPU and about 150 µs when waking the other one up, and the scheduler
// picks one or the other from run to run, so unpinned timings of the round-trip cases vary
// fourfold. Pinned, each run does the same work under the same placement. With the default
// (same CPU), each side's time is its client work plus the server's work plus the switches
// between them, so the wrapper's overhead shows in full instead of hiding behind the
// server's; postgres-nio, whose event-loop thread shares that CPU too, pays an extra thread
// hop per query. Other work on the machine still adds noise: the load average is noted.
//
// Profiling one side alone: run with --sides swift --runs 1 --scale 0.1 --pin none under
// valgrind --tool=callgrind --toggle-collect='*5timed*' (or 'cb_run_*' with --sides c),
// on a copy of the binary stripped of debug info (valgrind 3.19 cannot read it).
// `scripts/bench --instructions` does exactly that for every case and prints instructions
// per row (each case notes its row count on stderr: `# case NAME rows N`).

import CBaseline
import Foundation
import PQ

@main
enum PQBench {
    static func main() async {
        let settings = Settings(arguments: Array(CommandLine.arguments.dropFirst()))
        let bench = await Bench.make(settings: settings)
        await bench.runAll()
        await bench.close()
    }
}

// MARK: - Settings and output

struct Settings {
    var scale = 1.0
    var runs = 3
    var cases: Set<String>?
    var sides: Set<String> = ["c", "swift", "nio"]
    var pin = "same"

    init(arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            func value() -> String {
                guard let value = iterator.next() else { fatal("\(argument) needs a value") }
                return value
            }
            switch argument {
            case "--scale":
                guard let number = Double(value()), number > 0 else { fatal("bad --scale") }
                scale = number
            case "--runs":
                guard let number = Int(value()), number > 0 else { fatal("bad --runs") }
                runs = number
            case "--cases": cases = Set(value().split(separator: ",").map(String.init))
            case "--sides": sides = Set(value().split(separator: ",").map(String.init))
            case "--pin":
                pin = value()
                guard ["same", "split", "none"].contains(pin) else { fatal("bad --pin (same, split or none)") }
            default: fatal("unknown argument \(argument)")
            }
        }
    }

    func count(_ base: Int) -> Int { max(1, Int((Double(base) * scale).rounded())) }
    func wants(_ name: String) -> Bool { cases?.contains(name) ?? true }
}

func fatal(_ message: String) -> Never {
    FileHandle.standardError.write(Data("pq-bench: \(message)\n".utf8))
    exit(1)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data("# \(message)\n".utf8))
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// Runs `body` and returns how long it took (the Swift side's clock). Never inlined, so that
/// a profiler can count the Swift side's work alone (valgrind --toggle-collect='*5timed*').
@inline(never)
func timed(_ body: () throws -> Void) -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    do { try body() } catch { fatal("Swift: \(error)") }
    return start.duration(to: clock.now)
}

// MARK: - Data

/// One row of bench_shifts, as a Swift program holds it.
struct Shift {
    var person: Int
    var centre: Int
    var start: Date
    var end: Date
    var role: String
    var note: String
}

/// Seconds between PostgreSQL's epoch (2000-01-01) and Foundation's (2001-01-01).
let postgresEpochOffset: TimeInterval = 366 * 86_400

/// The Swift copy of a C dataset: the very same values, so both sides send the same bytes.
func makeShifts(_ data: UnsafeMutablePointer<cb_dataset>) -> [Shift] {
    let d = data.pointee
    return (0..<Int(d.count)).map { i in
        Shift(person: Int(d.person[i]), centre: Int(d.centre[i]),
              start: Date(timeIntervalSinceReferenceDate: Double(d.starts[i]) / 1_000_000 - postgresEpochOffset),
              end: Date(timeIntervalSinceReferenceDate: Double(d.ends[i]) / 1_000_000 - postgresEpochOffset),
              role: String(cString: d.role[i]!), note: String(cString: d.note[i]!))
    }
}

/// The sum both sides compute over decoded rows, to check they read everything right.
func checksum(_ data: UnsafeMutablePointer<cb_dataset>) -> Int64 {
    let d = data.pointee
    var sum: Int64 = 0
    for i in 0..<Int(d.count) {
        sum += d.person[i] + d.centre[i] + Int64(d.role_len[i]) + Int64(d.note_len[i])
        sum += (d.ends[i] - d.starts[i]) / 1_000_000
    }
    return sum
}

func checksum(_ rows: [Shift]) -> Int64 {
    var sum: Int64 = 0
    for s in rows {
        sum += Int64(s.person + s.centre + s.role.utf8.count + s.note.utf8.count)
        sum += Int64(s.end.timeIntervalSince(s.start))
    }
    return sum
}

let createTableSQL = """
    DROP TABLE IF EXISTS bench_shifts;
    CREATE TABLE bench_shifts (
        person_id bigint NOT NULL,
        centre_id bigint NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        role text NOT NULL,
        note text NOT NULL
    );
    """
let insertSQL = "INSERT INTO bench_shifts (person_id, centre_id, starts_at, ends_at, role, note) VALUES ($1, $2, $3, $4, $5, $6)"
let selectSQL = "SELECT person_id, centre_id, starts_at, ends_at, role, note FROM bench_shifts"
let copyColumns = ["person_id", "centre_id", "starts_at", "ends_at", "role", "note"]

// MARK: - The benchmark

/// One side of a case: prepares the table (untimed), runs (timed), checks the outcome (untimed).
/// The C and PQ sides run synchronously on the main actor; the nio side awaits NIOSide's
/// nonisolated methods, which run off it.
struct Side {
    var name: String
    var prepare: @MainActor () -> Void = {}
    var run: @MainActor () async -> Duration
    var check: @MainActor () -> Void = {}
}

@MainActor
final class Bench {
    let settings: Settings
    let insertCount: Int
    let copyCount: Int
    let roundtripCount: Int
    let cConn: OpaquePointer
    let conn: Connection
    let insertData: UnsafeMutablePointer<cb_dataset>
    let copyData: UnsafeMutablePointer<cb_dataset>
    let insertShifts: [Shift]
    let copyShifts: [Shift]
    /// postgres-nio's connection, unless --sides leaves nio out.
    let nio: NIOSide?

    static func make(settings: Settings) async -> Bench {
        var nio: NIOSide?
        if settings.sides.contains("nio") {
            do { nio = try await NIOSide.connect() } catch { fatal("postgres-nio connection: \(error)") }
        }
        let bench = Bench(settings: settings, nio: nio)
        await bench.pinProcesses()
        return bench
    }

    private init(settings: Settings, nio: NIOSide?) {
        self.nio = nio
        self.settings = settings
        insertCount = settings.count(20_000)
        copyCount = settings.count(200_000)
        roundtripCount = settings.count(20_000)
        guard let cConn = cb_connect() else { fatal("out of memory") }
        guard cb_error(cConn).pointee == 0 else { fatal("C connection: \(String(cString: cb_error(cConn)))") }
        self.cConn = cConn
        do { conn = try Connection() } catch { fatal("PQ connection: \(error)") }
        guard let insertData = cb_dataset_make(Int32(insertCount)), let copyData = cb_dataset_make(Int32(copyCount)) else {
            fatal("out of memory")
        }
        self.insertData = insertData
        self.copyData = copyData
        insertShifts = makeShifts(insertData)
        copyShifts = makeShifts(copyData)
    }

    /// Binds every thread of this process (NIO's event loop and the concurrency pool
    /// included) and the server backends to CPUs (see --pin), so that where the scheduler
    /// happens to wake each process up does not change the results from run to run.
    private func pinProcesses() async {
        guard settings.pin != "none" else { return }
        let backendIndex: Int32 = settings.pin == "same" ? 0 : 1
        var placements: [(String, Int32)] = [
            ("the C connection's backend", cb_backend_pid(cConn)),
            ("the PQ connection's backend", Int32(conn.backendPID)),
        ]
        if let nio {
            do { placements.append(("the nio connection's backend", try await nio.backendPID())) } catch {
                fatal("postgres-nio: \(error)")
            }
        }
        for (what, pid) in placements {
            let error = cb_pin(pid, backendIndex)
            if error != 0 { note("could not pin \(what) (pid \(pid)) to a CPU: \(String(cString: strerror(error)))") }
        }
        let error = cb_pin_all_threads(0)
        if error != 0 { note("could not pin this process to a CPU: \(String(cString: strerror(error)))") }
    }

    func close() async {
        setup("DROP TABLE IF EXISTS bench_shifts")
        await nio?.close()
        conn.close()
        cb_disconnect(cConn)
        cb_dataset_free(insertData)
        cb_dataset_free(copyData)
    }

    // MARK: Helpers

    func cTime(_ nanoseconds: Int64, _ what: String) -> Duration {
        guard nanoseconds >= 0 else { fatal("C \(what): \(String(cString: cb_error(cConn)))") }
        return .nanoseconds(nanoseconds)
    }

    /// Untimed setup SQL, sent on the C connection.
    func setup(_ sql: String) {
        guard cb_exec(cConn, sql) == 0 else { fatal("setup: \(String(cString: cb_error(cConn)))") }
    }

    func truncate() { setup("TRUNCATE bench_shifts") }

    func expectRows(_ expected: Int, _ what: String) {
        let found: Int
        do { found = try conn.query("SELECT count(*) FROM bench_shifts").single(Int.self) } catch { fatal("count: \(error)") }
        guard found == expected else { fatal("\(what): \(found) rows in bench_shifts, expected \(expected)") }
    }

    /// Runs the sides interleaved, `settings.runs` times each, and prints the case's line
    /// (on stdout when `primary`, else as a note on stderr). A case without a nio side
    /// prints nio=- when nio was asked for.
    func runCase(_ name: String, rows: Int, sides: [Side], primary: Bool = true) async {
        guard settings.wants(name) else { return }
        let sides = sides.filter { settings.sides.contains($0.name) }
        note("case \(name) rows \(rows)")  // read by `scripts/bench --instructions`
        var best = [String: Duration]()
        for run in 1...settings.runs {
            for side in sides {
                side.prepare()
                let elapsed = await side.run()
                side.check()
                best[side.name] = min(best[side.name] ?? elapsed, elapsed)
                note("\(name) run \(run) \(side.name): \(String(format: "%.3f", elapsed.seconds)) s")
            }
        }
        func rate(_ side: String) -> Double? { best[side].map { Double(rows) / $0.seconds } }
        func format(_ rate: Double?) -> String { rate.map { String(Int($0.rounded())) } ?? "-" }
        let c = rate("c"), swift = rate("swift")
        let ratio = c.flatMap { c in swift.map { String(format: "%.2f", $0 / c) } } ?? "-"
        var line = "case=\(name) c=\(format(c)) swift=\(format(swift)) ratio=\(ratio)"
        if primary, settings.sides.contains("nio") { line += " nio=\(format(rate("nio")))" }
        if primary {
            print(line)
            fflush(nil)  // stdout: one line per case as soon as it is known
        } else {
            note(line)
        }
    }

    /// A nio side's run: the time NIOSide measured, or a fatal error.
    func nioTime(_ what: String, _ body: (NIOSide) async throws -> Duration) async -> Duration {
        guard let nio else { fatal("nio side without a connection") }
        do { return try await body(nio) } catch { fatal("postgres-nio \(what): \(String(reflecting: error))") }
    }

    // MARK: Cases

    func runAll() async {
        setup(createTableSQL)
        if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            let oneMinute = load.split(separator: " ").first.map(String.init) ?? "?"
            note("load average (1 min) before the runs: \(oneMinute)"
                 + ((Double(oneMinute) ?? 0) > 0.5 ? " — other work is running: expect noisy results" : ""))
        }
        note("PostgreSQL \(conn.serverVersion), libpq \(cb_libpq_version()), \(insertCount) inserts, "
             + "\(copyCount) rows copied/selected, \(roundtripCount) round trips, best of \(settings.runs), "
             + "pin \(settings.pin) (\(cb_cpu_count()) CPUs)")
        await insertCases()
        await copyCase()
        await selectCases()
        await roundtripCase()
    }

    func insertCases() async {
        let insertsDone: @MainActor () -> Void = { self.expectRows(self.insertCount, "insert") }
        let parameterTypes: [any PostgresEncodable.Type] = [Int.self, Int.self, Date.self, Date.self, String.self, String.self]

        await runCase("insert_each", rows: insertCount, sides: [
            Side(name: "c", prepare: { self.truncate() }, run: { self.cTime(cb_run_insert_each(self.cConn, self.insertData), "insert_each") },
                 check: insertsDone),
            Side(name: "swift", prepare: { self.truncate() }, run: {
                let conn = self.conn
                let shifts = self.insertShifts
                return timed {
                    try conn.transaction {
                        for s in shifts {
                            try conn.execute("INSERT INTO bench_shifts (person_id, centre_id, starts_at, ends_at, role, note) VALUES (\(s.person), \(s.centre), \(s.start), \(s.end), \(s.role), \(s.note))")
                        }
                    }
                }
            }, check: insertsDone),
            Side(name: "nio", prepare: { self.truncate() }, run: {
                let shifts = self.insertShifts
                return await self.nioTime("insert_each") { try await $0.insertEach(shifts) }
            }, check: insertsDone),
        ])

        await runCase("insert_prepared", rows: insertCount, sides: [
            Side(name: "c", prepare: { self.truncate() }, run: { self.cTime(cb_run_insert_prepared(self.cConn, self.insertData), "insert_prepared") },
                 check: insertsDone),
            Side(name: "swift", prepare: { self.truncate() }, run: {
                let conn = self.conn
                let shifts = self.insertShifts
                return timed {
                    let statement = try conn.prepare(insertSQL, parameterTypes: parameterTypes)
                    try conn.transaction {
                        for s in shifts {
                            try conn.execute(statement, s.person, s.centre, s.start, s.end, s.role, s.note)
                        }
                    }
                }
            }, check: insertsDone),
            Side(name: "nio", prepare: { self.truncate() }, run: {
                let shifts = self.insertShifts
                return await self.nioTime("insert_prepared") { try await $0.insertPrepared(shifts) }
            }, check: insertsDone),
        ])

        await runCase("insert_pipeline", rows: insertCount, sides: [
            Side(name: "c", prepare: { self.truncate() }, run: { self.cTime(cb_run_insert_pipeline(self.cConn, self.insertData), "insert_pipeline") },
                 check: insertsDone),
            Side(name: "swift", prepare: { self.truncate() }, run: {
                let conn = self.conn
                let shifts = self.insertShifts
                return timed {
                    let statement = try conn.prepare(insertSQL, parameterTypes: parameterTypes)
                    try conn.pipeline { batch in
                        for s in shifts {
                            try batch.execute(statement, s.person, s.centre, s.start, s.end, s.role, s.note)
                        }
                    }
                }
            }, check: insertsDone),
        ])
    }

    func copyCase() async {
        let copiesDone: @MainActor () -> Void = { self.expectRows(self.copyCount, "copy_in") }
        await runCase("copy_in", rows: copyCount, sides: [
            Side(name: "c", prepare: { self.truncate() }, run: { self.cTime(cb_run_copy_in(self.cConn, self.copyData), "copy_in") },
                 check: copiesDone),
            Side(name: "swift", prepare: { self.truncate() }, run: {
                let conn = self.conn
                let shifts = self.copyShifts
                return timed {
                    try conn.copyIn(table: "bench_shifts", columns: copyColumns) { writer in
                        for s in shifts {
                            try writer.writeRow(s.person, s.centre, s.start, s.end, s.role, s.note)
                        }
                    }
                }
            }, check: copiesDone),
        ])
    }

    /// select_decode reads copy_in's 200,000 rows. The table is filled once, vacuumed (hint
    /// bits, visibility map) and read once untimed, so that every run finds it in one state.
    ///
    /// The printed select_decode line is BUFFERED mode on both sides (one PGresult: PQ's
    /// conn.query, PQexecParams in C), the faster of PQ's two modes: it costs PQ about a third
    /// fewer instructions per row than conn.forEachRow, which allocates a PGresult and a
    /// QueryResult per row (callgrind, 20,000 rows: 90 M against 134 M). Single-row mode
    /// (streaming: conn.forEachRow; PQsendQueryParams + PQsetSingleRowMode in C) is measured
    /// too, as select_decode_streaming, and reported on stderr only. postgres-nio has only
    /// one mode, streaming (rows decoded as they arrive); its figure is printed on the
    /// select_decode line.
    func selectCases() async {
        guard settings.wants("select_decode") || settings.wants("select_decode_streaming") else { return }
        truncate()
        _ = cTime(cb_run_copy_in(cConn, copyData), "filling the table for select_decode")
        setup("VACUUM ANALYZE bench_shifts")
        setup("SELECT count(*), sum(length(note)) FROM bench_shifts")
        let expected = checksum(copyData)

        func verify(_ rows: Int, _ sum: Int64, _ side: String) {
            guard rows == copyCount, sum == expected else {
                fatal("select_decode \(side): \(rows) rows, checksum \(sum); expected \(copyCount), \(expected)")
            }
        }

        /// Both sides decode every row into their own values (C: a struct per row with
        /// malloc'ed copies of the strings; Swift: [Shift]); the decoded rows are freed after
        /// the clock stops, the PGresults before.
        func sides(singleRow: Bool) -> [Side] {
            [
                Side(name: "c", run: {
                    var rows: Int64 = 0, sum: Int64 = 0
                    let elapsed = self.cTime(cb_run_select_decode(self.cConn, singleRow ? 1 : 0, &rows, &sum), "select_decode")
                    verify(Int(rows), sum, "C")
                    return elapsed
                }),
                Side(name: "swift", run: {
                    let conn = self.conn
                    var decoded: [Shift] = []
                    let elapsed = timed {
                        if singleRow {
                            try conn.forEachRow(Query(unsafeSQL: selectSQL)) { row in
                                let (person, centre, start, end, role, note) = try row.decode((Int, Int, Date, Date, String, String).self)
                                decoded.append(Shift(person: person, centre: centre, start: start, end: end, role: role, note: note))
                            }
                        } else {
                            let result = try conn.query(Query(unsafeSQL: selectSQL))
                            for row in result {
                                let (person, centre, start, end, role, note) = try row.decode((Int, Int, Date, Date, String, String).self)
                                decoded.append(Shift(person: person, centre: centre, start: start, end: end, role: role, note: note))
                            }
                        }
                    }
                    verify(decoded.count, checksum(decoded), "Swift")
                    return elapsed
                }),
            ] + (!singleRow ? [
                // postgres-nio always streams: its row sequence is read as the rows arrive.
                Side(name: "nio", run: {
                    let expected = self.copyCount
                    var decoded: [Shift] = []
                    let elapsed = await self.nioTime("select_decode") { nio in
                        let (elapsed, rows) = try await nio.selectDecode(expected: expected)
                        decoded = rows
                        return elapsed
                    }
                    verify(decoded.count, checksum(decoded), "nio")
                    return elapsed
                }),
            ] : [])
        }

        await runCase("select_decode", rows: copyCount, sides: sides(singleRow: false))
        await runCase("select_decode_streaming", rows: copyCount, sides: sides(singleRow: true), primary: false)
    }

    func roundtripCase() async {
        await runCase("roundtrip", rows: roundtripCount, sides: [
            Side(name: "c", run: {
                var sum: Int64 = 0
                let elapsed = self.cTime(cb_run_roundtrip(self.cConn, Int32(self.roundtripCount), &sum), "roundtrip")
                guard sum == self.roundtripCount else { fatal("roundtrip C: checksum \(sum)") }
                return elapsed
            }),
            Side(name: "swift", run: {
                let conn = self.conn
                let count = self.roundtripCount
                var sum = 0
                let elapsed = timed {
                    for _ in 0..<count {
                        sum += Int(try conn.query("SELECT 1").single(Int32.self))
                    }
                }
                guard sum == count else { fatal("roundtrip Swift: checksum \(sum)") }
                return elapsed
            }),
            Side(name: "nio", run: {
                let count = self.roundtripCount
                var sum = 0
                let elapsed = await self.nioTime("roundtrip") { nio in
                    let (elapsed, total) = try await nio.roundtrip(count: count)
                    sum = total
                    return elapsed
                }
                guard sum == count else { fatal("roundtrip nio: checksum \(sum)") }
                return elapsed
            }),
        ])
    }
}
